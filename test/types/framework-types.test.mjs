// Type tests over the PACKED package, as an app sees it: `npm pack`, the tarball unpacked
// into one small app per framework with only that framework's types beside it (linked from
// this repository's node_modules: no network), then tsc, vue-tsc or svelte-check with
// `skipLibCheck: false`. The apps are the code blocks of docs/frameworks.md (they must
// compile) plus test/types/<app>/ (wrong uses that must fail). Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snippets } from '../frameworks/snippets.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MODULES = join(ROOT, 'node_modules');
const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-dom-shim'];
const DOC = snippets();

let tmp;
let tarball;

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'news-elements-types-'));
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' });
  tarball = join(tmp, name.trim().split('\n').pop());
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * An app in `tmp/<name>`: the unpacked package, Lit, the given packages (`links`: name →
 * folder in node_modules; `copies` are copied so that their own imports resolve in the app),
 * the doc's blocks for `<name>/`, the shared tsconfig (plus `tsconfig`), and test/types/<name>/ in src/.
 */
function app(name, { links = {}, copies = {}, tsconfig = {} } = {}) {
  const dir = join(tmp, name);
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, 'news-elements'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'news-elements'), '--strip-components=1']);
  for (const [as, from] of [...LIT.map((p) => [p, p]), ...Object.entries(links)]) {
    mkdirSync(dirname(join(modules, as)), { recursive: true });
    symlinkSync(join(MODULES, from), join(modules, as), 'dir');
  }
  for (const [as, from] of Object.entries(copies)) cpSync(join(MODULES, from), join(modules, as), { recursive: true });
  const config = JSON.parse(DOC.get('tsconfig.json'));
  write(join(dir, 'tsconfig.json'), JSON.stringify({ ...config, ...tsconfig }, null, 2));
  for (const [path, code] of DOC) if (path.startsWith(`${name}/`)) write(join(tmp, path), code);
  const wrong = join(ROOT, 'test/types', name);
  for (const file of readdirSync(wrong)) cpSync(join(wrong, file), join(dir, 'src', file));
  return dir;
}

/** Runs a checker; its output is the failure message. */
function check(command, args) {
  const run = spawnSync(process.execPath, [join(MODULES, command), ...args], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const tsc = (dir) => check('typescript/bin/tsc', ['-p', dir]);

test('React 19: the doc compiles with typed data, props and events; wrong uses fail (no Vue or Svelte types installed)', () => {
  const dir = app('react19', { links: { '@types/react': '@types/react', csstype: 'csstype' } });
  const { ok, output } = tsc(dir);
  assert.ok(ok, output);
});

test('React 18: the wrappers compile against React 18 types; wrong uses fail', () => {
  const dir = app('react18', {
    links: { '@types/react': 'react-18-types', csstype: 'csstype' },
    // Copied: its `import 'react'` must find this app's React 18 types.
    copies: { '@lit/react': '@lit/react' },
  });
  const { ok, output } = tsc(dir);
  assert.ok(ok, output);
});

test('plain TypeScript: typed elements, listeners, satisfies and parseArticle for a JSON import; wrong uses fail (no framework installed)', () => {
  const dir = app('plain');
  cpSync(join(ROOT, 'demo/articles/seed.json'), join(dir, 'src/story.json'));
  const { ok, output } = tsc(dir);
  assert.ok(ok, output);
});

test('Vue 3: vue-tsc with strictTemplates checks props and events; wrong uses fail (no React or Svelte types)', () => {
  const dir = app('vue', {
    links: { vue: 'vue', '@vue': '@vue', csstype: 'csstype' },
    tsconfig: { vueCompilerOptions: { strictTemplates: true } },
  });
  const { ok, output } = check('vue-tsc/bin/vue-tsc.js', ['-p', join(dir, 'tsconfig.json')]);
  assert.ok(ok, output);
});

test('Svelte 5: svelte-check passes the doc and reports each wrong use (no React or Vue types)', () => {
  const dir = app('svelte', { links: { svelte: 'svelte' } });
  const { output } = check('svelte-check/bin/svelte-check', [
    '--workspace',
    dir,
    '--output',
    'machine',
    '--tsconfig',
    join(dir, 'tsconfig.json'),
  ]);
  // Machine output: `<time> ERROR "src/Wrong.svelte" <line>:<column> "<message>"`.
  const errors = [...output.matchAll(/ERROR "([^"]+)" (\d+):\d+ "(.*)"/g)].map(([, file, line, message]) => ({
    file,
    line: Number(line),
    message,
  }));
  const wrongLines = readFileSync(join(ROOT, 'test/types/svelte/Wrong.svelte'), 'utf8')
    .split('\n')
    .flatMap((text, index) => (text.includes('expect-error') && index > 0 ? [index + 2] : []));
  assert.deepEqual(
    errors.filter((e) => !e.file.endsWith('Wrong.svelte')),
    [],
    output,
  );
  assert.deepEqual(
    [...new Set(errors.map((e) => e.line))].sort((a, b) => a - b),
    wrongLines,
    output,
  );
});

test('moduleResolution: bundler, node16 and nodenext resolve every subpath; the old node fails on subpaths, as docs/frameworks.md says', () => {
  const code = [
    "import type { ArticleDocument } from 'news-elements';",
    "import type { renderToString } from 'news-elements/ssr';",
    "import type { parseArticle } from 'news-elements/parse.js';",
    'export type Checked = [ArticleDocument, typeof renderToString, typeof parseArticle];',
    '',
  ].join('\n');
  const results = {};
  for (const resolution of ['bundler', 'node16', 'nodenext', 'node']) {
    const dir = join(tmp, `resolution-${resolution}`);
    mkdirSync(join(dir, 'node_modules/news-elements'), { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', join(dir, 'node_modules/news-elements'), '--strip-components=1']);
    for (const name of [...LIT, '@lit-labs/ssr']) {
      mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
      symlinkSync(join(MODULES, name), join(dir, 'node_modules', name), 'dir');
    }
    const module = resolution === 'bundler' ? 'esnext' : resolution === 'node' ? 'commonjs' : resolution;
    write(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    write(join(dir, 'src/check.ts'), code);
    write(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module,
          moduleResolution: resolution,
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          types: [],
        },
        include: ['src'],
      }),
    );
    const { ok, output } = tsc(dir);
    results[resolution] = ok ? 'ok' : [...new Set(output.match(/TS\d+/g))].join(' ');
    if (resolution !== 'node') assert.ok(ok, `${resolution}: ${output}`);
  }
  assert.deepEqual(results, { bundler: 'ok', node16: 'ok', nodenext: 'ok', node: 'TS2307' });
});
