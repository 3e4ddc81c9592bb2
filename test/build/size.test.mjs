// `npm run size` is a check: it passes on this build and fails (exit 1, naming
// what is over) as soon as a budget is exceeded, shown here by lowering every
// budget a little (--scale), which is what growing the files would do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const size = (...args) => promisify(execFile)('node', ['scripts/dev/size.mjs', ...args], { cwd: ROOT });

test('the built files are within their budgets', async () => {
  const { stdout } = await size();
  assert.match(stdout, /Every file and page within its budget/);
});

test('a file 3% over its budget fails the check, naming it', async () => {
  await assert.rejects(size('--scale', '0.97'), (error) => {
    assert.equal(error.code, 1);
    assert.match(error.stdout, /Over budget \(budgets × 0\.97\)/);
    assert.match(error.stdout, /cdn\/chunks\/lit\.js: \d+ bytes brotli, budget \d+/);
    assert.match(error.stdout, /photo only \(cdn\/news-photo\.js\): \d+ bytes brotli/);
    return true;
  });
});
