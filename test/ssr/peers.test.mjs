// Server rendering and hydration need Lit's SSR packages, optional peer dependencies.
// Without them, importing news-elements/ssr or news-elements/hydrate.js must fail with
// an error that names the package to install, not a bare ERR_MODULE_NOT_FOUND.
// The package (package.json and dist/) is copied into an app that has Lit but no @lit-labs/ssr*.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let app;

before(() => {
  app = mkdtempSync(join(tmpdir(), 'news-elements-peers-'));
  const pkg = join(app, 'node_modules/news-elements');
  mkdirSync(pkg, { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true });
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-dom-shim']) {
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  }
});
after(() => rmSync(app, { recursive: true, force: true }));

/** Imports `specifier` in a Node process inside the app; its stderr. */
function load(specifier) {
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)});`],
    { cwd: app, encoding: 'utf8' },
  );
  return { status: run.status, stderr: run.stderr };
}

for (const [entry, peer] of [
  ['news-elements/ssr', '@lit-labs/ssr'],
  ['news-elements/hydrate.js', '@lit-labs/ssr-client'],
]) {
  test(`${entry} without ${peer} fails with an error that says to install it`, () => {
    const { status, stderr } = load(entry);
    assert.notEqual(status, 0);
    assert.ok(
      stderr.includes(`${entry} needs ${peer}, an optional peer dependency of news-elements: npm install ${peer}`),
      stderr,
    );
  });
}

for (const entry of ['news-elements', 'news-elements/parse.js']) {
  test(`${entry} needs neither`, () => {
    const { status, stderr } = load(entry);
    assert.equal(status, 0, stderr);
  });
}
