// news-elements/ssr in Node (against dist/): what renderToString returns, and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { renderToString, NewsRenderError } from 'news-elements/ssr';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as litHtml } from 'lit';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = async (path) => JSON.parse(await readFile(join(ROOT, path), 'utf8'));
const seed = await read('demo/articles/seed.json');
const photo = await read('demo/photos/lead.json');
const related = await read('demo/related/seed-related.json');

/** The opening tag of the element, and what its declarative shadow root holds. */
function parts(html, tag) {
  const open = html.slice(0, html.indexOf('>') + 1);
  const shadow = html.slice(html.indexOf('<template '), html.indexOf('</template>'));
  assert.ok(html.startsWith(`<${tag}`) && html.endsWith(`</${tag}>`), 'one element, nothing around it');
  return { open, shadow };
}
const inlineJson = (html) => {
  const open = '<script type="application/json">';
  const start = html.indexOf(open) + open.length;
  return JSON.parse(html.slice(start, html.indexOf('</script>', start)));
};

test('<news-photo>: a declarative shadow root with the figure, and the document as inline JSON', async () => {
  const html = await renderToString('news-photo', photo);
  const { open, shadow } = parts(html, 'news-photo');
  assert.equal(open, '<news-photo state="ready">');
  assert.match(html, /^<news-photo state="ready"><template shadowroot="open" shadowrootmode="open">/);
  assert.match(shadow, /<style>[^<]*:host/, 'the styles travel with the shadow root');
  assert.match(shadow, /<img[^>]*src="\.\.\/images\/lead-1600\.jpg"/);
  assert.match(shadow, /width="1600"\s+height="1067"/);
  assert.match(shadow, /<span part="credit-label">(<!--[^>]*-->)*Photo:/);
  assert.ok(shadow.includes(photo.credit) && shadow.includes(photo.caption));
  assert.deepEqual(inlineJson(html), photo, 'the client reads the same document, without fetching');
});

test('<news-article>: the whole story is in the server output', async () => {
  const html = await renderToString('news-article', seed, { attributes: { 'heading-level': 1 } });
  const { open, shadow } = parts(html, 'news-article');
  assert.equal(open, '<news-article heading-level="1" state="ready">');
  assert.match(shadow, new RegExp(`<h1[^>]*part="headline"[^>]*>(<!--[^>]*-->)*${seed.headline}`));
  const text = shadow
    .replace(/<[^>]*>/g, '')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  for (const block of seed.body.filter((b) => b.type === 'paragraph' && typeof b.text === 'string')) {
    assert.ok(text.includes(block.text), block.text.slice(0, 40));
  }
  for (const link of related.links) assert.ok(shadow.includes(`href="${link.url}"`), link.url);
  assert.ok(!shadow.includes('<slot'), 'no fallback slot: the document is ready');
});

test('<news-related>: attributes reach the element before it renders', async () => {
  const html = await renderToString('news-related', related, {
    attributes: { layout: 'cards', limit: 1, id: 'more', hidden: false, title: 'a "quoted" <b>' },
  });
  const { open, shadow } = parts(html, 'news-related');
  assert.equal(
    open,
    '<news-related layout="cards" limit="1" id="more" title="a &quot;quoted&quot; &lt;b&gt;" state="ready">',
  );
  assert.equal(shadow.match(/part="related-link"/g).length, 1, 'limit applied on the server');
  assert.match(shadow, /<img/, 'cards have thumbnails');
});

test('hostile strings stay text: no markup from the document reaches the output', async () => {
  const evil = '<img src=x onerror=alert(1)></news-photo><script>alert(2)</script>';
  const html = await renderToString('news-photo', { ...photo, caption: evil, credit: evil, alt: `"${evil}` });
  assert.ok(!html.includes('<img src=x'));
  assert.equal(html.match(/<script/g).length, 1);
  assert.equal(html.match(/<\/news-photo>/g).length, 1);
  assert.deepEqual(inlineJson(html).caption, evil);
});

test('a document that cannot be rendered rejects with its issues; a bad part is left out with a warning', async () => {
  await assert.rejects(renderToString('news-article', await read('demo/articles/broken.json')), (error) => {
    assert.ok(error instanceof NewsRenderError);
    assert.deepEqual(error.issues, [{ path: 'headline', message: 'is required' }]);
    assert.match(error.message, /headline: is required/);
    return true;
  });
  await assert.rejects(renderToString('news-photo', 'not an object'), NewsRenderError);

  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    const html = await renderToString('news-photo', { ...photo, creditUrl: 'javascript:alert(1)' });
    assert.match(html, /state="ready"/);
    assert.ok(!parts(html, 'news-photo').shadow.includes('javascript:'), 'the refused link is plain text');
  } finally {
    console.warn = warn;
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /creditUrl: refused URL/);
});

test('wrong calls are TypeErrors', async () => {
  await assert.rejects(renderToString('news-widget', seed), {
    name: 'TypeError',
    message: /unknown element <news-widget>/,
  });
  await assert.rejects(renderToString('news-article', seed, { attributes: { 'on click': 'x' } }), TypeError);
  await assert.rejects(renderToString('news-article', seed, { attributes: { '"><script>': '' } }), TypeError);
});

test('renders are independent: attributes and documents do not leak from one call to the next', async () => {
  const [a, b] = await Promise.all([
    renderToString('news-article', seed, { attributes: { 'heading-level': 1, lang: 'ar' } }),
    renderToString('news-article', { headline: 'Second' }),
  ]);
  assert.match(a, /^<news-article heading-level="1" lang="ar"/);
  assert.match(b, /^<news-article state="ready">/);
  assert.ok(b.includes('Second') && !b.includes(seed.headline));
});

test('in a Lit server template, an element with src is left loading for the browser: nothing fetched, no error', async () => {
  let requests = 0;
  const feed = createServer((req, res) => (requests++, res.end(JSON.stringify(photo))));
  await new Promise((done) => feed.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${feed.address().port}/photo.json`;
  const warned = [];
  const { warn } = console;
  console.warn = (...args) => warned.push(args.join(' '));
  try {
    for (const src of [url, '/demo/photos/lead.json']) {
      const html = await collectResult(render(litHtml`<news-photo src=${src}></news-photo>`));
      assert.match(html, /<news-photo\s+src="[^"]+" state="loading">/, src);
    }
    await new Promise((done) => setTimeout(done, 100));
  } finally {
    console.warn = warn;
    feed.close();
  }
  assert.equal(requests, 0, 'the server did not fetch the feed');
  assert.deepEqual(warned, []);
});

test('scripts/dev/render.mjs renders a JSON file to an HTML file', async () => {
  const run = promisify(execFile);
  const dir = await mkdtemp(join(tmpdir(), 'news-render-'));
  const out = join(dir, 'story.html');
  const { stdout } = await run(
    'node',
    ['scripts/dev/render.mjs', 'demo/articles/seed.json', out, '--attr', 'jsonld', '--attr', 'heading-level=1'],
    { cwd: ROOT },
  );
  assert.match(stdout, /<news-article>/);
  const html = await readFile(out, 'utf8');
  assert.match(html, /^<news-article jsonld heading-level="1" state="ready"><template [^>]*shadowrootmode="open"/);
  assert.ok(html.includes('application/ld+json'));

  await writeFile(join(dir, 'bad.json'), '{"headline": ');
  await assert.rejects(run('node', ['scripts/dev/render.mjs', join(dir, 'bad.json'), out], { cwd: ROOT }), (error) => {
    assert.equal(error.code, 1);
    assert.match(error.stderr, /render\.mjs: .*JSON/);
    return true;
  });
  await assert.rejects(
    run('node', ['scripts/dev/render.mjs', 'demo/photos/lead.json', out, '--tag', 'news-photo', '--nope'], {
      cwd: ROOT,
    }),
    {
      code: 2,
    },
  );
});

test('base: relative URLs resolve against the feed, and the element carries the base for the browser', async () => {
  const doc = {
    headline: 'Syndicated',
    url: 'story.html',
    publisher: { name: 'Feed', logo: '/account/delete?id=1', url: '/' },
    body: [{ type: 'paragraph', text: { html: '<a href="../about">about</a>' } }],
  };
  const base = 'https://feed.example/news/today/';
  const html = await renderToString('news-article', doc, { base, attributes: { jsonld: true } });
  const { open, shadow } = parts(html, 'news-article');
  assert.match(open, / base="https:\/\/feed\.example\/news\/today\/"/);
  assert.match(shadow, /<img part="publisher-logo" src="https:\/\/feed\.example\/account\/delete\?id=1"/);
  assert.match(shadow, /href="https:\/\/feed\.example\/news\/about"/);
  assert.doesNotMatch(shadow, /(src|href)="\//, 'no URL left relative to the page');
  const jsonLd = JSON.parse(
    html.slice(html.indexOf('<script type="application/ld+json">') + 35, html.lastIndexOf('</script>')),
  );
  assert.equal(jsonLd.url, 'https://feed.example/news/today/story.html');
  // The document travels as it came: the browser resolves it against the same base.
  assert.deepEqual(inlineJson(html), doc);

  // One base, given either way; it must be absolute.
  assert.equal(
    await renderToString('news-article', doc, { attributes: { base } }),
    await renderToString('news-article', doc, { base }),
  );
  await assert.rejects(renderToString('news-article', doc, { base: '/feeds/' }), TypeError);
  await assert.rejects(renderToString('news-article', doc, { base: 'http://[' }), TypeError);
});
