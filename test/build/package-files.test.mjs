// What `npm pack` ships must hold together: every file a source map names is in the
// package (or its text is inside the map), and every `exports` target exists.
// Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: ROOT, encoding: 'utf8' }),
);
const files = new Set(pack.files.map((file) => file.path));

test('every source a shipped map points to (.d.ts.map, .js.map) is shipped too, or embedded in the map', () => {
  const missing = [];
  for (const file of files) {
    if (!file.endsWith('.map')) continue;
    const map = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    map.sources.forEach((source, index) => {
      const path = normalize(join(dirname(file), map.sourceRoot ?? '', source));
      if (!files.has(path) && map.sourcesContent?.[index] == null) missing.push(`${file} → ${source}`);
    });
  }
  assert.deepEqual(missing, []);
});

test('every file package.json exports is shipped', () => {
  const { exports } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const targets = Object.values(exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  const absent = targets.filter((target) => !target.includes('*') && !files.has(normalize(target)));
  assert.deepEqual(absent, []);
});
