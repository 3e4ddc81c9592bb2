// The no-build route: a page that loads only cdn/news-elements.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, stopSuite } from '../support/server.mjs';
import { STRICT_CSP, open } from '../support/page.mjs';

let server;
let browser;
before(
  async () =>
    ({ server, browser } = await startSuite({
      headers: (path) => (path.includes('/fixtures/') ? { 'content-security-policy': STRICT_CSP } : {}),
    })),
);
after(() => stopSuite({ server, browser }));

test('cdn/news-elements.js alone renders <news-photo src> and reports a bad document, under a strict CSP', async () => {
  const { page, errors } = await open(browser, `${server.url}/test/pages/fixtures/cdn-photo.html`, {
    init: () => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      window.newsErrors = [];
      document.addEventListener('news-error', (event) => window.newsErrors.push(event.detail));
    },
  });
  await page.waitForFunction(() => document.querySelector('#good')?.getAttribute('state') === 'ready');
  const good = await page.evaluate(() => {
    const root = document.querySelector('#good').shadowRoot;
    const img = root.querySelector('img');
    return {
      src: img.src,
      width: img.getAttribute('width'),
      caption: root.querySelector('figcaption').textContent.replace(/\s+/g, ' '),
      label: root.querySelector('[part~="credit-label"]').textContent,
    };
  });
  assert.match(good.src, /\/demo\/images\/lead-1600\.jpg$/, 'relative src resolved against the document URL');
  assert.equal(good.width, '1600');
  assert.match(good.caption, /Members of the Taliban delegation/);
  assert.match(good.caption, /Photo: ALEXANDER ZEMLIANICHENKO\/POOL\/AFP via Getty Images/);
  assert.equal(good.label, 'Photo:');

  await page.waitForFunction(() => document.querySelector('#bad')?.getAttribute('state') === 'error');
  const bad = await page.evaluate(() => ({
    message: document.querySelector('#bad').shadowRoot.querySelector('[role="alert"]').textContent,
    errors: window.newsErrors,
  }));
  assert.equal(bad.message, 'This content could not be loaded.');
  assert.deepEqual(bad.errors[0].issues, [{ path: 'src', message: 'is required' }]);
  assert.deepEqual(errors, []);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no Content-Security-Policy violation');
  await page.close();
});
