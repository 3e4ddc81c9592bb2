// The docs on the preview site (demo/docs.html): the pages of docs/ rendered in the
// browser by the demo's small Markdown reader, served by the same dev server as `npm start`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { launchBrowser } from '../../scripts/find-chrome.mjs';
import { ROOT, startDevSite } from './server.mjs';

let dev;
let base;
let browser;

before(async () => {
  dev = await startDevSite();
  base = `${dev.url}/demo`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await dev?.stop();
});

/** Opens a docs page and waits until it is rendered; collects page errors. */
async function open(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/${path}`);
  await page.waitForFunction(() => document.querySelector('#doc')?.dataset.state);
  return { page, errors };
}

test('every demo page links the docs, and the index lists every page in docs/', async () => {
  const { page, errors } = await open('docs.html');
  const listed = await page.$$eval('#doc a', (links) => links.map((a) => new URL(a.href).search));
  const pages = readdirSync(`${ROOT}/docs`).filter((name) => name.endsWith('.md') && name !== 'README.md');
  for (const name of pages)
    assert.ok(listed.includes(`?page=docs/${name.replace(/\.md$/, '')}`), `the index links ${name}`);
  for (const demo of ['', 'gallery.html']) {
    await page.goto(`${base}/${demo}`);
    assert.equal(await page.$eval('nav[aria-label="Demo pages"] a[href="docs.html"]', (a) => a.textContent), 'Docs');
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("an element's page renders its generated tables; its links stay on the docs page", async () => {
  const { page, errors } = await open('docs.html?page=docs/news-photo');
  assert.equal(await page.$eval('#doc h1', (h) => h.textContent), '<news-photo>');
  assert.equal(await page.title(), '<news-photo> · news-elements docs');
  const radius = await page.$$eval('#css-custom-properties + .table tr', (rows) =>
    rows.map((row) => [...row.cells].map((cell) => cell.textContent)).find(([name]) => name === '--news-photo-radius'),
  );
  assert.deepEqual(radius, ['--news-photo-radius', '0', 'Corner radius of the image.']);
  // A union type keeps its pipe inside the cell.
  assert.ok(await page.$$eval('#doc td code', (codes) => codes.some((c) => c.textContent === "'lazy' | 'eager'")));
  await Promise.all([page.waitForNavigation(), page.click('#doc a[href$="?page=docs/elements"]')]);
  await page.waitForFunction(() => document.querySelector('#doc')?.dataset.state === 'ready');
  assert.equal(await page.$eval('#doc h1', (h) => h.textContent), 'What every element shares');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page with markup in it shows the markup as text, runs nothing, and links only http(s) and the repository', async () => {
  const { page, errors } = await open('docs.html?page=test/pages/fixtures/hostile-doc');
  const doc = await page.$eval('#doc', (article) => ({
    text: article.textContent,
    elements: [...article.querySelectorAll('*')].map((node) => node.localName),
    links: [...article.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  }));
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  for (const tag of ['img', 'script', 'iframe', 'svg', 'b']) assert.ok(!doc.elements.includes(tag), `no <${tag}>`);
  assert.match(doc.text, /A hostile page <img src=x onerror="window.hacked = 1">/);
  assert.match(doc.text, /<script>window.hacked = 2<\/script> and <b>tags<\/b> shows as written/);
  assert.match(doc.text, /a script link and data are text/);
  assert.deepEqual(doc.links, ['docs.html?page=docs/news-photo#css-parts']);
  assert.ok(doc.elements.includes('strong') && doc.text.includes('bold | piped'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page that does not exist, or a path that leaves the repository, shows a message', async () => {
  const missing = await open('docs.html?page=docs/no-such-page');
  assert.equal(
    await missing.page.$eval('#doc [role="alert"]', (p) => p.textContent.startsWith('No page docs/no-such-page.md')),
    true,
  );
  await missing.page.close();
  const outside = await open('docs.html?page=../../etc/passwd');
  assert.equal(await outside.page.$eval('#doc-source', (s) => s.textContent), 'docs/README.md');
  await outside.page.close();
});
