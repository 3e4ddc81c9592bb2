// Progressive enhancement: ordinary HTML a publisher puts inside the element
// shows without JavaScript, before the element upgrades and while its document
// loads, and is hidden once the element renders the document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ROOT, reply, startSuite, stopSuite } from '../support/server.mjs';
import { skipForGap } from '../support/engines.mjs';
import { pageShell } from '../support/page.mjs';

const PAGE = pageShell({
  head: '<script type="module" async src="/cdn/news-elements.js"></script>',
  body: `
    <news-article src="/gate/seed.json">
      <h2 id="fallback-headline">Russia Seeks To Exert Influence as Taliban Attend Moscow Talks</h2>
      <p id="fallback-link"><a href="https://example.com/world/russia-taliban-moscow-talks">Read the story</a></p>
    </news-article>`,
});

/** Files held back until the test lets them go, to see each stage. */
const gates = new Map();
const gate = (name) => {
  let open;
  gates.set(name, { promise: new Promise((resolve) => (open = resolve)), open });
};
const release = (name) => gates.get(name).open();

let server;
let browser;
before(async () => {
  const held = (name, file, type) => async (req, res) => {
    await gates.get(name)?.promise;
    res.writeHead(200, { 'content-type': type });
    res.end(await readFile(`${ROOT}/${file}`));
  };
  ({ server, browser } = await startSuite({
    routes: {
      '/enhancement.html': reply(PAGE),
      // Held at its own path, so that the chunks it loads for the seed story come from beside it.
      '/cdn/news-elements.js': held('script', 'cdn/news-elements.js', 'text/javascript'),
      '/gate/seed.json': held('document', 'demo/articles/seed.json', 'application/json'),
    },
  }));
});
after(() => stopSuite({ server, browser }));

/** What the reader sees of the fallback and of the rendered story. */
const look = (page) =>
  page.evaluate(() => {
    const host = document.querySelector('news-article');
    const headline = host.shadowRoot?.querySelector('[part~="headline"]');
    return {
      defined: !!customElements.get('news-article'),
      state: host.getAttribute('state'),
      fallback: ['#fallback-headline', '#fallback-link a'].map((s) => document.querySelector(s).checkVisibility()),
      story: !!headline?.checkVisibility(),
    };
  });

test('without JavaScript the fallback HTML is what the reader gets', skipForGap('no-javascript'), async () => {
  gate('script');
  gate('document');
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`${server.url}/enhancement.html`, { waitUntil: 'domcontentloaded' });
  assert.deepEqual(await look(page), { defined: false, state: null, fallback: [true, true], story: false });
  await page.close();
  release('script');
  release('document');
});

test('with JavaScript the fallback shows until the document renders, then it is hidden', async () => {
  gate('script');
  gate('document');
  const page = await browser.newPage();
  await page.goto(`${server.url}/enhancement.html`, { waitUntil: 'domcontentloaded' });
  // Before the element upgrades.
  assert.deepEqual(await look(page), { defined: false, state: null, fallback: [true, true], story: false });

  // Upgraded, the document on its way.
  release('script');
  await page.waitForFunction(() => document.querySelector('news-article').getAttribute('state') === 'loading');
  assert.deepEqual(await look(page), { defined: true, state: 'loading', fallback: [true, true], story: false });
  assert.equal(
    await page.evaluate(
      () => document.querySelector('news-article').shadowRoot.querySelector('slot')?.assignedElements().length,
    ),
    2,
  );

  // Rendered: the story replaces the fallback, which stays in the DOM for crawlers and scripts.
  release('document');
  await page.waitForFunction(() => document.querySelector('news-article').getAttribute('state') === 'ready');
  assert.deepEqual(await look(page), { defined: true, state: 'ready', fallback: [false, false], story: true });
  assert.equal(await page.evaluate(() => document.querySelectorAll('#fallback-headline, #fallback-link').length), 2);
  await page.close();
});
