// <news-article jsonld> in a browser, under the strict CSP of the contract
// (Trusted Types required): the NewsArticle script in the light DOM follows the
// document and the attribute, and no document can break out of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { reply, startSuite, stopSuite } from '../support/server.mjs';
import { STRICT_CSP as CSP, newTab, open, pageShell } from '../support/page.mjs';

const PAGE = pageShell({
  body: `
    <news-article id="a" jsonld src="/demo/articles/seed.json"></news-article>
    <news-article id="b" src="/demo/articles/seed.json"></news-article>`,
});

let server;
let browser;
before(async () => {
  const page = (req, res) =>
    reply(PAGE, {
      headers: { 'content-security-policy': new URL(req.url, 'http://x').searchParams.get('csp') ?? CSP },
    })(req, res);
  ({ server, browser } = await startSuite({ routes: { '/jsonld.html': page } }));
});
after(() => stopSuite({ server, browser }));

const ldOf = (page, id) =>
  page.evaluate(
    (id) =>
      [...document.querySelectorAll(`#${id} > script[type="application/ld+json"]`)].map((s) => JSON.parse(s.text)),
    id,
  );

test('jsonld writes, updates and removes the NewsArticle in the light DOM, with no Trusted Types violation', async () => {
  const { page, errors: problems } = await newTab(browser, {
    console: ['error'],
    init: () => {
      window.loads = 0;
      document.addEventListener('news-load', () => window.loads++);
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP: ${event.violatedDirective} ${event.sample}`),
      );
    },
  });
  await page.goto(`${server.url}/jsonld.html`);
  await page.waitForFunction(
    () => document.querySelector('#a').state === 'ready' && document.querySelector('#b').state === 'ready',
  );

  const [ld] = await ldOf(page, 'a');
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(
    ld.headline,
    'Russia Seeks To Exert Influence Over New Regime as Taliban Attends High-Profile Afghanistan Talks',
  );
  // Loaded from `src`: relative URLs resolved against the document's URL, like the rendered HTML.
  assert.equal(ld.image.url, `${server.url}/demo/images/lead-1600.jpg`);
  assert.equal(ld.image.creditText, 'ALEXANDER ZEMLIANICHENKO/POOL/AFP via Getty Images');
  assert.deepEqual(ld.author, [
    { '@type': 'Person', name: 'Daniel Mercer', url: `${server.url}/authors/daniel-mercer` },
  ]);
  assert.deepEqual(ld.publisher.logo, { '@type': 'ImageObject', url: `${server.url}/demo/images/publisher-logo.png` });
  assert.deepEqual(ld.keywords, ['Russia', 'Afghanistan', 'Taliban', 'Diplomacy']);
  assert.deepEqual(await ldOf(page, 'b'), [], 'no jsonld attribute, no script');

  // Quiet once written: the loader's observer of the light DOM does not loop.
  const quiet = await page.evaluate(async () => {
    const host = document.querySelector('#a');
    let changes = 0;
    const observer = new MutationObserver((records) => (changes += records.length));
    observer.observe(host, { childList: true, subtree: true, characterData: true, attributes: true });
    host.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    return { changes, loads: window.loads };
  });
  assert.deepEqual(quiet, { changes: 0, loads: 2 });

  await page.evaluate(() => document.querySelector('#a').removeAttribute('jsonld'));
  await page.waitForFunction(() => !document.querySelector('#a > script'));
  await page.evaluate(() => document.querySelector('#a').setAttribute('jsonld', ''));
  await page.waitForFunction(() => document.querySelector('#a > script'));
  assert.equal((await ldOf(page, 'a')).length, 1);

  // A new document: the script follows it, and a hostile headline stays a string.
  const headline = '</script><script>window.pwned = 1</script><!--';
  await page.evaluate((headline) => {
    document.querySelector('#a').data = { headline, tags: ['x'] };
  }, headline);
  await page.waitForFunction(() => JSON.parse(document.querySelector('#a > script').text).keywords?.[0] === 'x');
  const after = await page.evaluate(() => ({
    scripts: document.scripts.length,
    pwned: 'pwned' in window,
    markup: document.querySelector('#a').innerHTML,
  }));
  assert.deepEqual(
    (await ldOf(page, 'a')).map((l) => l.headline),
    [headline],
  );
  assert.equal(after.scripts, 2, 'the module script and ours');
  assert.equal(after.pwned, false);
  assert.ok(!after.markup.includes('</script><script>'), 'even serialised, the text cannot close the script');

  // A document that cannot be shown takes its structured data with it.
  await page.evaluate(() => (document.querySelector('#a').data = { description: 'no headline' }));
  await page.waitForFunction(() => document.querySelector('#a').state === 'error');
  assert.deepEqual(await ldOf(page, 'a'), []);

  assert.deepEqual(problems, []);
  await page.close();
});

test('where the page does not allow the news-elements policy, the data is still written and nothing throws', async () => {
  const { page, errors } = await open(
    browser,
    `${server.url}/jsonld.html?csp=${encodeURIComponent(CSP.replace(' news-elements', ''))}`,
  );
  await page.waitForFunction(() => document.querySelector('#a').state === 'ready');
  const [ld] = await ldOf(page, 'a');
  assert.equal(
    ld.headline,
    'Russia Seeks To Exert Influence Over New Regime as Taliban Attends High-Profile Afghanistan Talks',
  );
  assert.deepEqual(errors, []);
  await page.close();
});
