// An earlier start for `src` (docs/loading.md): the page preloads the document
// and the element's modules from its <head>, and the element then uses the
// preloaded response: the document is requested once, not twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { reply, startSuite, stopSuite } from '../support/server.mjs';

const STORY = '/demo/articles/seed.json';
/** The lines docs/loading.md gives publishers (and the preview page's snippet writes). */
const HINTS = `<link rel="preload" href="${STORY}" as="fetch" crossorigin>
<link rel="modulepreload" href="/cdn/news-article.js">`;
const page = (hints) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>preload</title>${hints}
<script type="module" src="/cdn/news-article.js"></script></head>
<body><news-article src="${STORY}"></news-article></body></html>`;

let server;
let browser;
before(async () => ({ server, browser } = await startSuite({ routes: { '/hinted.html': reply(page(HINTS)) } })));
after(() => stopSuite({ server, browser }));

test('with the preload lines, the document is requested once and the story renders from that response', async () => {
  const tab = await browser.newPage();
  const warnings = [];
  tab.on('console', (message) => warnings.push(message.text()));
  const before = server.requests.length;
  await tab.goto(`${server.url}/hinted.html`);
  await tab.waitForFunction(() => document.querySelector('news-article')?.state === 'ready');
  const headline = await tab.evaluate(
    () => document.querySelector('news-article').shadowRoot.querySelector('[part~="headline"]').textContent,
  );
  assert.match(headline, /Taliban/);
  const requested = server.requests.slice(before);
  assert.equal(
    requested.filter((url) => url === STORY).length,
    1,
    `one request for the document: ${requested.join(', ')}`,
  );
  // The preload was the request: it went out before the module had run (the element's own fetch would come after it).
  assert.ok(
    requested.indexOf(STORY) < requested.indexOf('/cdn/chunks/lit.js'),
    `the document was requested from the head: ${requested.join(', ')}`,
  );
  assert.deepEqual(
    warnings.filter((text) => /preload/i.test(text)),
    [],
    'no "preloaded but not used" warning',
  );
  await tab.close();
});
