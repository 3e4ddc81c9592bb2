// The code blocks of docs/frameworks.md marked `<!-- test: path -->`, by path: the type
// tests compile them and the runtime test runs them, so the page shows only code that works.
import { readFileSync } from 'node:fs';

const DOC = new URL('../../docs/frameworks.md', import.meta.url);
const BLOCK = /<!-- test: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g;

/** `Map` from each marked block's path (`react19/src/Story.tsx`) to its code. */
export function snippets() {
  const found = new Map();
  for (const [, path, code] of readFileSync(DOC, 'utf8').matchAll(BLOCK)) found.set(path, `${code}\n`);
  return found;
}
