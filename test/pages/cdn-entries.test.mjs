// The per-element CDN entries (cdn/news-photo.js, news-related.js, news-article.js):
// each registers its own element only, they share one Lit (cdn/chunks/lit.js), and
// they work under the strict policy. Rare code (the HTML reader, the video facade,
// JSON-LD, other languages' words) loads when a document needs it, and before the
// element shows that document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ROOT, reply, startSuite, stopSuite, until } from '../support/server.mjs';

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html news-elements";
const TAGS = ['news-photo', 'news-related', 'news-article'];

/** A page loading `entries` (file names in cdn/) with `body`, under the strict policy. */
const page = (entries, body) =>
  reply(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>entries</title>${entries
      .map((entry) => `<script type="module" src="/cdn/${entry}"></script>`)
      .join('')}</head><body>${body}</body></html>`,
    { headers: { 'content-security-policy': POLICY } },
  );

let server;
let browser;
/** Requests for the video chunk wait for this to resolve (a test holds it back). */
let videoGate = Promise.resolve();
const routes = {
  '/cdn/chunks/article/video.js': async (req, res) => {
    await videoGate;
    reply(await readFile(`${ROOT}/cdn/chunks/article/video.js`), { type: 'text/javascript' })(req, res);
  },
  '/photo.html': page(
    ['news-photo.js'],
    '<news-photo src="/demo/photos/lead.json"></news-photo><news-article src="/demo/articles/seed.json"></news-article>',
  ),
  '/related.html': page(
    ['news-related.js'],
    '<news-related src="/demo/related/seed-related.json" layout="cards"></news-related>',
  ),
  '/article.html': page(['news-article.js'], '<news-article jsonld src="/demo/articles/seed.json"></news-article>'),
  '/french.html': page(['news-photo.js'], '<news-photo lang="fr" src="/demo/photos/lead.json"></news-photo>'),
  '/table.html': page(
    ['news-article.js'],
    `<news-article><script type="application/json">${JSON.stringify({
      headline: 'Results',
      body: [
        { type: 'paragraph', text: 'Before the table.' },
        {
          type: 'table',
          caption: 'Votes',
          head: [['Party', 'Seats']],
          rows: [
            ['A', '12'],
            ['B', '9'],
          ],
          align: ['start', 'end'],
        },
        {
          type: 'gallery',
          images: [1, 2].map((n) => ({
            src: `/demo/images/related-${n}.jpg`,
            alt: `Photo ${n}`,
            width: 640,
            height: 360,
          })),
        },
        { type: 'paragraph', text: 'After the gallery.' },
      ],
    })}</script></news-article>`,
  ),
  '/all.html': page(
    ['news-photo.js', 'news-related.js', 'news-article.js'],
    '<news-article src="/demo/articles/seed.json"></news-article><news-photo src="/demo/photos/lead.json"></news-photo><news-related src="/demo/related/seed-related.json"></news-related>',
  ),
};

before(async () => ({ server, browser } = await startSuite({ routes })));
after(() => stopSuite({ server, browser }));

/** Opens `path`, records page errors and policy violations, and waits for every element on it to be ready. */
async function open(path) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.evaluateOnNewDocument(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  const first = server.requests.length;
  await tab.goto(`${server.url}${path}`);
  await tab.waitForFunction(
    (tags) =>
      tags.every((tag) =>
        [...document.querySelectorAll(tag)].every((el) => !customElements.get(tag) || el.state === 'ready'),
      ),
    {},
    TAGS,
  );
  const defined = await tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
  const violations = await tab.evaluate(() => window.violations);
  return { tab, errors, violations, defined, requests: () => server.requests.slice(first) };
}

const chunks = (requests) => requests.filter((url) => url.startsWith('/cdn/')).sort();

test('cdn/news-photo.js registers <news-photo> only, renders it under the strict policy and loads no rare code for an English photo', async () => {
  const { tab, errors, violations, defined, requests } = await open('/photo.html');
  assert.deepEqual(defined, ['news-photo']);
  const credit = await tab.evaluate(
    () => document.querySelector('news-photo').shadowRoot.querySelector('[part~="credit-label"]').textContent,
  );
  assert.equal(credit, 'Photo:');
  assert.equal(
    await tab.evaluate(() => document.querySelector('news-article').shadowRoot),
    null,
    'the article is left alone',
  );
  assert.deepEqual(chunks(requests()), ['/cdn/chunks/lit.js', '/cdn/news-photo.js']);
  assert.deepEqual([errors, violations], [[], []]);
  await tab.close();
});

test('cdn/news-related.js registers <news-related> only and renders its cards under the strict policy', async () => {
  const { tab, errors, violations, defined, requests } = await open('/related.html');
  assert.deepEqual(defined, ['news-related']);
  const links = await tab.evaluate(
    () => document.querySelector('news-related').shadowRoot.querySelectorAll('a[href]').length,
  );
  assert.ok(links >= 3, `links: ${links}`);
  assert.deepEqual(chunks(requests()), ['/cdn/chunks/lit.js', '/cdn/news-related.js']);
  assert.deepEqual([errors, violations], [[], []]);
  await tab.close();
});

test('cdn/news-article.js registers <news-article> only and shows the seed story complete: its html rich text, the video facade and JSON-LD, loaded on demand', async () => {
  const { tab, errors, violations, defined, requests } = await open('/article.html');
  assert.deepEqual(defined, ['news-article']);
  const seen = await tab.evaluate(() => {
    const el = document.querySelector('news-article');
    const root = el.shadowRoot;
    return {
      play: !!root.querySelector('[part~="play"]'),
      // The facade's styles come with its chunk: the poster box is laid out as a button over it.
      playStyled: getComputedStyle(root.querySelector('[part~="play"]')).display === 'grid',
      links: root.querySelectorAll('[part~="paragraph"] a[href]').length,
      jsonld: JSON.parse(el.querySelector('script[type="application/ld+json"]').textContent)['@type'],
    };
  });
  assert.deepEqual(seen, { play: true, playStyled: true, links: seen.links, jsonld: 'NewsArticle' });
  assert.ok(seen.links >= 1, 'the html paragraph kept its link');
  assert.deepEqual(chunks(requests()), [
    '/cdn/chunks/article/html-fragment.js',
    '/cdn/chunks/article/jsonld.js',
    '/cdn/chunks/article/video.js',
    '/cdn/chunks/lit.js',
    '/cdn/news-article.js',
  ]);
  assert.deepEqual([errors, violations], [[], []]);
  await tab.close();
});

test('a table and a gallery load their own code and styles before the story shows: styled at once, nothing shifts; a story without them never asks for it', async () => {
  const tab = await browser.newPage();
  // Every layout shift from the start of the page, as the browser reports it.
  await tab.evaluateOnNewDocument(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  const first = server.requests.length;
  await tab.goto(`${server.url}/table.html`);
  await tab.waitForFunction(() => document.querySelector('news-article')?.state === 'ready');
  const seen = await tab.evaluate(() => {
    const root = document.querySelector('news-article').shadowRoot;
    const scroll = root.querySelector('[part~="table-scroll"]');
    return {
      region: `${scroll.getAttribute('role')} ${scroll.getAttribute('aria-label')}`,
      headers: [...root.querySelectorAll('th')].map((th) => `${th.textContent.trim()} ${th.getAttribute('scope')}`),
      // The table's own styles are applied: its box scrolls instead of widening the page.
      overflow: getComputedStyle(scroll).overflowX,
      galleryItems: root.querySelectorAll('[part~="gallery-item"]').length,
      galleryDisplay: getComputedStyle(root.querySelector('[part~="gallery-list"]')).display,
    };
  });
  assert.deepEqual(seen, {
    region: 'region Votes',
    headers: ['Party col', 'Seats col'],
    overflow: 'auto',
    galleryItems: 2,
    galleryDisplay: 'grid',
  });
  const files = server.requests.slice(first).filter((url) => url.startsWith('/cdn/chunks/'));
  assert.ok(
    files.includes('/cdn/chunks/article/table.js') && files.includes('/cdn/chunks/article/gallery.js'),
    files.join(', '),
  );
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.deepEqual(await tab.evaluate(() => window.shifts), [], 'no layout shift');
  await tab.close();
  // The seed story has neither: its page never asks for their code.
  const { tab: seed, requests } = await open('/article.html');
  assert.deepEqual(
    chunks(requests()).filter((url) => /table|gallery|media|social|notes|footnotes/.test(url)),
    [],
  );
  await seed.close();
});

test('a photo in French loads the translations before it shows: its credit is never labelled in English', async () => {
  const { tab, errors, requests } = await open('/french.html');
  const label = await tab.evaluate(
    () => document.querySelector('news-photo').shadowRoot.querySelector('[part~="credit-label"]').textContent,
  );
  assert.equal(label, 'Photo\u00a0:');
  assert.ok(requests().includes('/cdn/chunks/photo/translations.js'));
  assert.deepEqual(errors, []);
  await tab.close();
});

test('the three entries on one page share Lit: each file is requested once, and every element shows its document', async () => {
  const { tab, errors, defined, requests } = await open('/all.html');
  assert.deepEqual(defined.sort(), [...TAGS].sort());
  const files = chunks(requests());
  assert.deepEqual(files, [...new Set(files)], 'no file twice');
  assert.ok(files.includes('/cdn/chunks/lit.js'), files.join(', '));
  const rendered = await tab.evaluate(
    (tags) => tags.map((tag) => !!document.querySelector(tag).shadowRoot.firstElementChild),
    TAGS,
  );
  assert.deepEqual(rendered, [true, true, true]);
  assert.deepEqual(errors, []);
  await tab.close();
});

test('the story waits for its rare code: while the video renderer is on its way, nothing of the story shows; then all of it does', async () => {
  let release;
  videoGate = new Promise((resolve) => (release = resolve));
  const tab = await browser.newPage();
  const first = server.requests.length;
  await tab.goto(`${server.url}/article.html`);
  await until(() => server.requests.slice(first).includes('/cdn/chunks/article/video.js'));
  // The document and the HTML reader are here; the video renderer is held.
  await tab.waitForFunction(() => document.querySelector('news-article')?.state === 'loading');
  const whileHeld = await tab.evaluate(() =>
    document.querySelector('news-article').shadowRoot.querySelector('[part~="headline"]'),
  );
  release();
  videoGate = Promise.resolve();
  await tab.waitForFunction(() => document.querySelector('news-article').state === 'ready');
  const after = await tab.evaluate(
    () => !!document.querySelector('news-article').shadowRoot.querySelector('[part~="play"]'),
  );
  assert.equal(whileHeld, null, 'no headline before the video renderer arrived');
  assert.equal(after, true, 'the video facade shows with the story');
  await tab.close();
});
