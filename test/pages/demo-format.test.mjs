// The playground's format picker: a pasted or loaded WordPress post, ANS story or HTML
// page is recognised, converted by the element (format="…"), its adapter's warnings
// listed beside the validator's, and the snippets carry the format.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../../scripts/dev/find-chrome.mjs';
import { ROOT, pasteAll, startDevSite } from '../support/server.mjs';

const FIXTURES = `${ROOT}/test/adapters/fixtures`;
const ANS_STORY = readFileSync(`${FIXTURES}/ans/story-fixture-tiny-house.json`, 'utf8');

let dev;
let browser;

before(async () => {
  dev = await startDevSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await dev?.stop();
});

async function openPlayground() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  // The fixtures' images are on their publishers' sites, which the test machine may not reach.
  page.on(
    'console',
    (message) =>
      message.type() === 'error' && !/^Failed to load resource/.test(message.text()) && errors.push(message.text()),
  );
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${dev.url}/demo/`);
  await page.waitForFunction(() => document.querySelector('#preview')?.getAttribute('state') === 'ready');
  return { page, errors, context };
}

const paste = (page, text) => pasteAll(page, '#json', text);

const headline = (page) =>
  page.$eval('#preview', (e) => e.shadowRoot.querySelector('[part~="headline"]')?.textContent.trim());
const problems = (page) =>
  page.$$eval('#problems li', (items) => items.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));

test('a pasted ANS story: the format is guessed, the element converts it, the adapter’s warning selects its place in the source', async () => {
  const { page, errors, context } = await openPlayground();
  await paste(page, ANS_STORY);
  await page.waitForFunction(() => document.querySelector('#preview')?.getAttribute('format') === 'ans');
  await page.waitForFunction(() =>
    /^Tiny house/.test(
      document.querySelector('#preview').shadowRoot.querySelector('[part~="headline"]')?.textContent.trim() ?? '',
    ),
  );
  assert.equal(await page.$eval('#format', (e) => e.value), 'ans');
  assert.match(await page.$eval('#format-status', (e) => e.textContent), /Arc XP \(ANS\) story.*format="ans"/);
  assert.match(await headline(page), /^Tiny house, big benefits/);

  await page.waitForFunction(() => /from converting/.test(document.querySelector('#summary').textContent));
  assert.match(
    await page.$eval('#summary', (e) => e.textContent),
    /\(1 from converting an Arc XP \(ANS\) story, \d+ from the validator\)/,
  );
  const listed = await problems(page);
  const fromSource = listed.find((text) => text.includes('content_elements[7].type'));
  assert.ok(fromSource, `the adapter's warning is listed: ${listed.join(' | ')}`);
  assert.match(fromSource, /^Warning source content_elements\[7\]\.type "custom_embed" has no block/);

  // Its path is in the pasted source: a click selects it there.
  const index = listed.indexOf(fromSource);
  await page.$$eval('#problems li button', (buttons, i) => buttons[i].click(), index);
  const selected = await page.$eval('#json', (e) => e.value.slice(e.selectionStart, e.selectionEnd));
  assert.match(selected, /"custom_embed"$/, 'the field of the source that the warning names');

  const cdn = await page.$eval('#cdn-snippet', (e) => e.textContent);
  assert.match(cdn, /<news-article format="ans">\n  <script type="application\/json">/);
  assert.ok(cdn.includes('"content_elements"'), 'the snippet carries the source, for the element to convert');
  // Both snippets start the adapters with the script: the element's own, and the one-tag file's.
  assert.match(cdn, /<link rel="modulepreload" href="[^"]+\/cdn\/chunks\/standalone\/adapters\.js">/);
  assert.match(
    await page.$eval('#src-snippet', (e) => e.textContent),
    /<link rel="modulepreload" href="[^"]+\/cdn\/chunks\/article\/adapters\.js">/,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted HTML: format html, the headline from its <h1>, and the snippet’s inline JSON is the HTML as a string', async () => {
  const { page, errors, context } = await openPlayground();
  const html =
    '<article>\n<h1>Pasted from a page</h1>\n<p>First <a href="https://example.com/">linked</a> words.</p>\n<iframe src="https://maps.example.com/embed"></iframe>\n</article>';
  await paste(page, html);
  await page.waitForFunction(() => document.querySelector('#preview')?.getAttribute('format') === 'html');
  await page.waitForFunction(
    () =>
      document.querySelector('#preview').shadowRoot.querySelector('[part~="headline"]')?.textContent.trim() ===
      'Pasted from a page',
  );
  assert.equal(await page.$eval('#json-label', (e) => e.textContent), 'HTML');
  assert.equal(await page.$eval('#stale', (e) => e.hidden), true, 'HTML is not a JSON syntax error');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#problems li')].some((li) => /maps\.example\.com/.test(li.textContent)),
  );
  const iframe = (await problems(page)).find((text) => /maps\.example\.com/.test(text));
  assert.match(iframe, /^Warning source html:4:1 /, 'the warning says where in the HTML');
  await page.$$eval('#problems li button', (buttons) =>
    buttons.find((b) => /maps\.example\.com/.test(b.textContent)).click(),
  );
  assert.equal(await page.$eval('#json', (e) => e.value.slice(e.selectionStart, e.selectionStart + 7)), '<iframe');
  const cdn = await page.$eval('#cdn-snippet', (e) => e.textContent);
  assert.match(cdn, /<news-article format="html">/);
  assert.ok(cdn.includes('"<article>\\n<h1>Pasted from a page</h1>'), cdn);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Load from URL" of a WordPress post: the preview uses src with format="wordpress"; choosing another format converts again', async () => {
  const { page, errors, context } = await openPlayground();
  await page.$eval('#url', (e) => {
    e.value = '/test/adapters/fixtures/wordpress/frontity-post-60.json';
  });
  await page.click('#load button');
  await page.waitForFunction(() => document.querySelector('#preview')?.getAttribute('format') === 'wordpress');
  await page.waitForFunction(
    () =>
      document.querySelector('#preview').shadowRoot.querySelector('[part~="headline"]')?.textContent.trim() ===
      'The Beauties of Gullfoss',
  );
  assert.match(await page.$eval('#preview', (e) => e.getAttribute('src')), /frontity-post-60\.json$/);
  assert.equal(await page.$eval('#format', (e) => e.value), 'wordpress');
  assert.match(
    await page.$eval('#src-snippet', (e) => e.textContent),
    /<news-article format="wordpress" src="[^"]*frontity-post-60\.json"><\/news-article>/,
  );

  // Read as our JSON, a WordPress post has no headline: the error says so.
  await page.select('#format', 'news');
  await page.waitForFunction(() => document.querySelector('#preview')?.getAttribute('state') === 'error');
  assert.ok((await problems(page)).some((text) => /^Error headline is required/.test(text)));
  assert.deepEqual(errors, []);
  await context.close();
});
