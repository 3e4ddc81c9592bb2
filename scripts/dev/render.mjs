#!/usr/bin/env node
// Renders a JSON document to server-side HTML (`npm run render -- in.json out.html`):
//   node scripts/dev/render.mjs in.json out.html [--tag news-article|news-photo|news-related]
//                           [--attr name[=value]]...   e.g. --attr jsonld --attr heading-level=1
// Writes the element's HTML (declarative shadow root + inline JSON) for a page that
// loads `news-elements/hydrate.js` or cdn/news-elements-hydrate.js. Needs `npm run build`.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderToString } from 'news-elements/ssr';

const USAGE = 'usage: render.mjs in.json out.html [--tag news-article] [--attr name[=value]]...';
let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      tag: { type: 'string', default: 'news-article' },
      attr: { type: 'string', multiple: true, default: [] },
    },
  });
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const [input, output] = args.positionals;
if (!input || !output) {
  console.error(USAGE);
  process.exit(2);
}
const attributes = Object.fromEntries(
  args.values.attr.map((a) =>
    a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, true],
  ),
);
try {
  const document = JSON.parse(await readFile(input, 'utf8'));
  const html = await renderToString(args.values.tag, document, { attributes });
  await writeFile(output, `${html}\n`);
  console.log(`${output}: <${args.values.tag}> (${(html.length / 1024).toFixed(1)} KB)`);
} catch (error) {
  console.error(`render.mjs: ${error.message}`);
  process.exit(1);
}
