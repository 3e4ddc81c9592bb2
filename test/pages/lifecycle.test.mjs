// Elements come and go on long-lived pages (infinite scroll, single-page apps).
// 1,000 create/attach/detach cycles must leave nothing behind: DOM nodes, event
// listeners and heap are read through the DevTools protocol after forced garbage
// collection. And a page that loads both the npm build and the CDN file defines
// each tag once, with one warning and nothing thrown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LIT_IMPORT_MAP, reply, startSuite, stopSuite, until } from '../support/server.mjs';
import { skipForGap } from '../support/engines.mjs';
import { open, pageShell } from '../support/page.mjs';

const NPM = '<script type="module">import "/dist/index.js";</script>';
const CDN = '<script type="module" src="/cdn/news-elements.js"></script>';
const html = (...scripts) =>
  reply(
    pageShell({
      head: `<script type="importmap">${LIT_IMPORT_MAP}</script>${scripts.join('')}`,
      body: '<main id="host"></main>',
    }),
  );

let server;
let browser;
before(
  async () =>
    ({ server, browser } = await startSuite({
      routes: {
        '/cdn-only.html': html(CDN),
        '/npm-then-cdn.html': html(NPM, CDN),
        '/cdn-then-npm.html': html(CDN, NPM),
        // The same photo under many URLs: one per cycle, as a page that shows many stories would ask.
        '/photo.json': (req, res) =>
          reply(
            JSON.stringify({
              src: '/demo/images/lead-400.jpg',
              alt: 'a',
              caption: `photo ${new URL(req.url, 'http://x').search} ${'x'.repeat(10_000)}`,
            }),
            { type: 'application/json' },
          )(req, res),
      },
    })),
);
after(() => stopSuite({ server, browser }));

/** Runs `count` cycles in the page: create an element, give it its document, attach, wait for news-load, detach. */
const cycles = (page, count, distinctUrls = false) =>
  page.evaluate(
    async (count, distinctUrls) => {
      const docs = await Promise.all(
        ['/demo/articles/seed.json', '/demo/photos/lead.json', '/demo/related/seed-related.json'].map(async (url) => [
          url,
          await (await fetch(url)).text(),
        ]),
      );
      const tags = ['news-article', 'news-photo', 'news-related'];
      const host = document.querySelector('#host');
      for (let i = 0; i < count; i++) {
        const kind = i % 3;
        const tag = distinctUrls ? 'news-photo' : tags[kind];
        const [url, text] = docs[kind];
        const el = document.createElement(tag);
        if (distinctUrls) el.src = `/photo.json?n=${i}`;
        else if (i % 9 < 3) el.data = JSON.parse(text);
        else if (i % 9 < 6)
          el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: text }));
        else el.src = url;
        if (tag === 'news-article') el.setAttribute('jsonld', '');
        const loaded = new Promise((resolve, reject) => {
          el.addEventListener('news-load', resolve, { once: true });
          el.addEventListener('news-error', (e) => reject(new Error(e.detail.message)), { once: true });
        });
        host.append(el);
        await loaded;
        el.remove();
      }
    },
    count,
    distinctUrls,
  );

/** DOM nodes, event listeners and used heap after forced garbage collection. */
async function measure(client) {
  for (let i = 0; i < 3; i++) await client.send('HeapProfiler.collectGarbage');
  const { metrics } = await client.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name).value;
  return {
    nodes: get('Nodes'),
    listeners: get('JSEventListeners'),
    heap: get('JSHeapUsedSize'),
    documents: get('Documents'),
  };
}

test(
  '1,000 create/attach/detach cycles leave no DOM nodes, listeners or heap behind',
  skipForGap('devtools-protocol'),
  async () => {
    const { page, errors } = await open(browser, `${server.url}/cdn-only.html`);
    const client = await page.createCDPSession();
    await client.send('Performance.enable');
    await cycles(page, 90); // warm up: templates, styles, formatters, the image cache
    const start = await measure(client);
    await cycles(page, 1000);
    const end = await measure(client);
    const delta = Object.fromEntries(Object.keys(end).map((k) => [k, end[k] - start[k]]));
    console.log(
      `1,000 cycles (article, photo, related × data, inline JSON, src): nodes ${start.nodes} → ${end.nodes}, ` +
        `listeners ${start.listeners} → ${end.listeners}, heap ${(start.heap / 1e6).toFixed(2)} → ${(end.heap / 1e6).toFixed(2)} MB, documents ${start.documents} → ${end.documents}`,
    );
    assert.ok(delta.nodes <= 50, `DOM nodes grew by ${delta.nodes}`);
    assert.ok(delta.listeners <= 10, `event listeners grew by ${delta.listeners}`);
    assert.ok(delta.heap < 1e6, `heap grew by ${delta.heap} bytes`);
    assert.equal(delta.documents, 0);
    assert.deepEqual(errors, []);

    // The control: the same measure does see 30 elements that a page keeps after detaching them.
    await page.evaluate(() => {
      window.kept = [];
      document.addEventListener('news-load', (e) => window.kept.push(e.target), { capture: true });
    });
    await cycles(page, 30);
    const kept = await measure(client);
    console.log(
      `control, 30 detached elements kept: nodes ${end.nodes} → ${kept.nodes}, listeners ${end.listeners} → ${kept.listeners}`,
    );
    assert.ok(kept.nodes - end.nodes > 300, 'the measure sees kept nodes');
    assert.ok(kept.listeners - end.listeners >= 60, 'the measure sees kept listeners');
    await page.close();
  },
);

test('a different src on every cycle does not keep every document alive', skipForGap('devtools-protocol'), async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/cdn-only.html`);
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  await cycles(page, 60, true);
  const start = await measure(client);
  await cycles(page, 1000, true);
  const end = await measure(client);
  console.log(
    `1,000 cycles with 1,000 different src URLs: heap ${(start.heap / 1e6).toFixed(2)} → ${(end.heap / 1e6).toFixed(2)} MB, nodes ${start.nodes} → ${end.nodes}`,
  );
  assert.ok(end.heap - start.heap < 1e6, `heap grew by ${end.heap - start.heap} bytes`);
  await page.close();
});

for (const order of ['npm-then-cdn', 'cdn-then-npm']) {
  test(`the npm build and the CDN file on one page (${order.replace(/-/g, ' ')}): each tag defined once, one warning, nothing thrown`, async () => {
    const { page, errors, warnings } = await open(browser, `${server.url}/${order}.html`);
    await page.waitForFunction(() =>
      ['news-article', 'news-photo', 'news-related'].every((tag) => customElements.get(tag)),
    );
    await until(() => warnings.length >= 1); // the second module graph evaluated (it may still be loading)
    await new Promise((resolve) => setTimeout(resolve, 300)); // and nothing more to come
    await cycles(page, 9);
    assert.deepEqual(errors, []);
    // One warning for the second copy, naming its three tags.
    assert.deepEqual(warnings, [
      '[news-elements] <news-photo>, <news-article>, <news-related> are already defined; keeping the existing definition.',
    ]);
    await page.close();
  });
}
