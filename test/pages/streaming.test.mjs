// A page that arrives in pieces while the library already runs (an async module,
// a streaming server): inline JSON cut in the middle of a network chunk is not
// yet broken; the element waits for the rest instead of reporting an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, stopSuite, until } from '../support/server.mjs';
import { newTab } from '../support/page.mjs';

const photo = JSON.stringify({
  src: '/demo/images/lead-400.jpg',
  alt: 'Delegates',
  caption: 'Streamed in two pieces',
  width: 400,
  height: 267,
});
const cut = photo.indexOf('"caption"');
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let server;
let browser;
let defined; // resolves when the page reports that the library has defined the tags

before(
  async () =>
    ({ server, browser } = await startSuite({
      routes: {
        // Each piece is flushed on its own; the second waits until the elements are defined.
        '/streamed.html': async (req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.write(`<!doctype html><html lang="en"><head><meta charset="utf-8">
          <script type="module" async src="/cdn/news-elements.js"></script></head><body>
          <news-photo id="streamed"><script type="application/json">${photo.slice(0, cut)}`);
          await defined;
          await pause(200);
          res.write(photo.slice(cut));
          await pause(200);
          res.end(
            '</script></news-photo><news-photo id="broken"><script type="application/json">{"src": </script></news-photo></body></html>',
          );
        },
      },
    })),
);
after(() => stopSuite({ server, browser }));

test('inline JSON still arriving is waited for; JSON still broken when the page is complete is an error', async () => {
  const { page, warnings } = await newTab(browser);
  let tagsDefined;
  defined = new Promise((resolve) => (tagsDefined = resolve));
  await page.exposeFunction('tagsDefined', () => tagsDefined());
  await page.evaluateOnNewDocument(() => {
    window.events = [];
    for (const type of ['news-load', 'news-error'])
      document.addEventListener(type, (e) => window.events.push(`${e.target.id} ${type}`));
    customElements.whenDefined('news-photo').then(() => window.tagsDefined());
  });
  await page.goto(`${server.url}/streamed.html`);
  await page.waitForFunction(
    () =>
      ['ready', 'error'].includes(document.querySelector('#broken')?.getAttribute('state')) &&
      document.querySelector('#streamed').getAttribute('state') !== 'loading',
  );
  await until(() => page.evaluate(() => window.events.length >= 2));
  const result = await page.evaluate(() => ({
    events: window.events,
    streamed: document.querySelector('#streamed').getAttribute('state'),
    caption: document.querySelector('#streamed').shadowRoot.querySelector('figcaption')?.textContent.trim(),
    broken: document.querySelector('#broken').getAttribute('state'),
  }));
  assert.deepEqual(result, {
    events: ['streamed news-load', 'broken news-error'],
    streamed: 'ready',
    caption: 'Streamed in two pieces',
    broken: 'error',
  });
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /<news-photo>.*could not render/);
  await page.close();
});
