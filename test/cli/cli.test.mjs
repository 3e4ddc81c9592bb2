// The news-elements command (dist/cli/index.js, package.json's bin), run as a user runs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const BIN = join(ROOT, pkg.bin['news-elements']);
const dir = await mkdtemp(join(tmpdir(), 'news-cli-'));

/** Runs the command; resolves to its exit code and output, whatever the code. */
function run(args, { input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

// Fixtures served on 127.0.0.1 (port 0): a URL that works, one that fails.
let server;
let origin;
before(async () => {
  server = createServer(async (req, res) => {
    if (req.url === '/seed.json') {
      res.setHeader('content-type', 'application/json');
      res.end(await readFile(join(ROOT, 'demo/articles/seed.json')));
    } else if (req.url === '/bbc.html') {
      res.setHeader('content-type', 'text/html');
      res.end(
        `<title>Obama admits US gun laws are his 'biggest frustration'</title>${await readFile(join(ROOT, 'test/adapters/fixtures/html/bbc-1.html'))}`,
      );
    } else {
      res.statusCode = 404;
      res.end('not here');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

const THREE_PROBLEMS = `{
  "headline": 42,
  "image": { "src": "javascript:alert(1)", "alt": "A photo" },
  "body": [
    { "type": "paragraph", "text": "Fine." },
    { "type": "poll", "question": "?" }
  ]
}
`;

test('package.json names the bin, and it starts with a shebang', async () => {
  assert.equal(pkg.bin['news-elements'], './dist/cli/index.js');
  assert.match(await readFile(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test('validate: a document with three problems prints all three with line:column and exits 1', async () => {
  const file = join(dir, 'three.json');
  await writeFile(file, THREE_PROBLEMS);
  const { code, stdout } = await run(['validate', file]);
  assert.equal(code, 1);
  assert.deepEqual(stdout.trim().split('\n'), [
    `${file}:2:15: error: headline: must be a string, not the number 42`,
    `${file}:3:21: warning: image.src: refused URL "javascript:alert(1)": only http:, https: and relative URLs are allowed`,
    `${file}:6:15: warning: body[1].type: unknown type "poll", skipped (known: paragraph, heading, photo, quote, list, embed, link, related, divider, code, table, gallery, video, audio, social, note, aside)`,
    `${file}: cannot be shown (1 error, 2 warnings)`,
  ]);
});

test('validate: a clean document prints nothing alarming and exits 0', async () => {
  const { code, stdout, stderr } = await run(['validate', 'demo/articles/seed.json']);
  assert.equal(code, 0);
  assert.equal(stdout, 'demo/articles/seed.json: ok\n');
  assert.equal(stderr, '');
});

test('validate: several files, stdin, --strict and --json', async () => {
  const withWarning = JSON.stringify({ headline: 'H', body: [{ type: 'poll' }] });
  const several = await run(['validate', 'demo/articles/seed.json', '-', 'demo/photos/lead.json'], {
    input: withWarning,
  });
  assert.equal(several.code, 0, 'a warning alone does not fail');
  assert.deepEqual(
    several.stdout
      .trim()
      .split('\n')
      .filter((l) => !l.includes(': warning: ')),
    ['demo/articles/seed.json: ok', '<stdin>: ok (0 errors, 1 warning)', 'demo/photos/lead.json: ok'],
  );
  assert.equal((await run(['validate', '--strict', '-'], { input: withWarning })).code, 1);
  const { code, stdout } = await run(['validate', '--json', '-'], { input: THREE_PROBLEMS });
  assert.equal(code, 1);
  const [result] = JSON.parse(stdout);
  assert.equal(result.ok, false);
  assert.deepEqual(result.errors, [
    { path: 'headline', message: 'must be a string, not the number 42', line: 2, column: 15 },
  ]);
  assert.deepEqual(
    result.warnings.map((w) => `${w.line}:${w.column} ${w.path}`),
    ['3:21 image.src', '6:15 body[1].type'],
  );
});

test('validate: a missing file, a failing URL and text that is not JSON are clear errors', async () => {
  const bad = join(dir, 'bad.json');
  await writeFile(bad, '{\n  "headline": "x",,\n}');
  const { code, stdout } = await run(['validate', join(dir, 'nope.json'), `${origin}/missing.json`, bad]);
  assert.equal(code, 1);
  const lines = stdout.trim().split('\n');
  assert.ok(lines.includes(`${join(dir, 'nope.json')}:1:1: error: (document): no such file`), stdout);
  assert.ok(
    lines.includes(`${origin}/missing.json:1:1: error: (document): could not fetch: HTTP 404 Not Found`),
    stdout,
  );
  assert.ok(
    lines.some((l) => l.startsWith(`${bad}:2:19: error: (document): not JSON: `)),
    stdout,
  );
});

test('validate: a URL on 127.0.0.1', async () => {
  const { code, stdout } = await run(['validate', `${origin}/seed.json`]);
  assert.equal(code, 0);
  assert.equal(stdout, `${origin}/seed.json: ok\n`);
});

test('convert: an ANS story to our document, the warnings on stderr with their place in the source', async () => {
  const out = join(dir, 'story.json');
  const { code, stdout, stderr } = await run([
    'convert',
    '--from',
    'ans',
    'test/adapters/fixtures/ans/story-fixture-good.json',
    '-o',
    out,
  ]);
  assert.equal(code, 0);
  assert.equal(stdout, '');
  const document = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(document.headline, 'The default headline for this story');
  assert.ok(
    stderr.includes(
      'test/adapters/fixtures/ans/story-fixture-good.json:445:15: warning: content_elements[12].type: "numeric_rating" has no block in our document: left out',
    ),
    stderr,
  );
});

test('convert: a WordPress post to standard output; an HTML page from a URL', async () => {
  const wp = await run(['convert', '--from', 'wordpress', 'test/adapters/fixtures/wordpress/frontity-post-23.json']);
  assert.equal(wp.code, 0);
  assert.equal(JSON.parse(wp.stdout).headline, 'Switzerland’s Mountains');
  const page = await run(['convert', '--from', 'html', `${origin}/bbc.html`]);
  assert.equal(page.code, 0, page.stderr);
  const document = JSON.parse(page.stdout);
  assert.equal(document.headline, "Obama admits US gun laws are his 'biggest frustration'");
  assert.equal(document.url, `${origin}/bbc.html`);
  const usage = await run(['convert', 'x.json']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /--from is required: one of wordpress, ans, schema\.org, html/);
});

test('render: the server-rendered element; a document that cannot be shown says where', async () => {
  const photo = await run(['render', '--tag', 'news-photo', 'demo/photos/lead.json']);
  assert.equal(photo.code, 0, photo.stderr);
  assert.match(photo.stdout, /^<news-photo state="ready"><template shadowroot="open" shadowrootmode="open">/);
  const file = join(dir, 'three-render.json');
  await writeFile(file, THREE_PROBLEMS);
  const broken = await run(['render', file]);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, new RegExp(`${file}:2:15: error: headline: must be a string`));
  assert.equal(broken.stdout, '');
});

test('--help for the command and each subcommand; an unknown command is a usage error', async () => {
  const main = await run(['--help']);
  assert.equal(main.code, 0);
  assert.match(main.stdout, /^Usage: news-elements <command>/);
  for (const command of ['validate', 'convert', 'render']) {
    const { code, stdout } = await run([command, '--help']);
    assert.equal(code, 0);
    assert.match(stdout, new RegExp(`^Usage: news-elements ${command} `));
  }
  const unknown = await run(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
});
