// The preview page that `npm start` opens: the playground, the gallery and the
// CDN-only page, in headless Chromium. The playground and the gallery import the
// TypeScript sources, so they are served by @web/dev-server with the same config
// as `npm start`; the CDN page and the pasted snippets by the static test server,
// with nothing but the built cdn/news-elements.js (`npm test` builds it first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { ROOT, pasteAll, reply, startDevSite, startSuite, stopSuite } from '../support/server.mjs';
import { newTab } from '../support/page.mjs';

const SEED = readFileSync(`${ROOT}/demo/articles/seed.json`, 'utf8');
const PHOTO = readFileSync(`${ROOT}/demo/photos/lead.json`, 'utf8');
const CDN_URL = 'https://unpkg.com/news-elements/cdn/news-elements.js';

let dev;
let devUrl;
let server;
let browser;
/** Pages for the static server, set by the tests that paste snippets. */
const pasted = {};

before(async () => {
  assert.ok(existsSync(`${ROOT}/cdn/news-elements.js`), 'cdn/news-elements.js is missing: run `npm run build` first');
  dev = await startDevSite();
  devUrl = dev.url;
  // Read when asked for: the tests set them just before.
  const page = (name, type) => (req, res) => reply(pasted[name], { type })(req, res);
  ({ server, browser } = await startSuite({
    routes: {
      '/blank.html': page('html'),
      '/npm-snippet.js': page('js', 'text/javascript; charset=utf-8'),
    },
  }));
});

after(async () => {
  await stopSuite({ server, browser });
  await dev?.stop();
});

/** A page in a fresh profile (its own local storage), with console errors collected. */
async function newPage(width = 1280, context) {
  context ??= await browser.createBrowserContext();
  const { page, errors } = await newTab(browser, { context, viewport: { width, height: 900 }, console: ['error'] });
  return { page, errors, context };
}

async function openPlayground(width, context) {
  const opened = await newPage(width, context);
  await opened.page.goto(`${devUrl}/demo/`);
  await waitForPreview(opened.page, 'ready');
  return opened;
}

const waitForPreview = (page, state) =>
  page.waitForFunction((s) => document.querySelector('#preview')?.getAttribute('state') === s, {}, state);

/** The first heading inside an element's shadow root, as a reader sees it. */
const headingOf = (page, selector = '#preview') =>
  page.evaluate((s) => {
    const h = document.querySelector(s).shadowRoot.querySelector('h1, h2, h3, h4, h5, h6');
    return h && { tag: h.localName, text: h.textContent.trim() };
  }, selector);

const shadowText = (page, selector) =>
  page.evaluate((s) => document.querySelector(s).shadowRoot.textContent.replace(/\s+/g, ' ').trim(), selector);

const problems = (page) =>
  page.$$eval('#problems li', (items) =>
    items.map((li) => ({ severity: li.className, text: li.textContent.replace(/\s+/g, ' ').trim() })),
  );

/** Selects `find` (the n-th occurrence) in the editor, then types over it with real key presses. */
async function typeOver(page, find, replacement, nth = 0) {
  await page.evaluate(
    (f, n) => {
      const editor = document.querySelector('#json');
      let at = -1;
      for (let i = 0; i <= n; i++) at = editor.value.indexOf(f, at + 1);
      if (at < 0) throw new Error(`${f} is not in the editor`);
      editor.focus();
      editor.setSelectionRange(at, at + f.length);
    },
    find,
    nth,
  );
  if (replacement) await page.keyboard.type(replacement);
  else await page.keyboard.press('Backspace');
}

const choose = (page, id, value) => page.select(`#${id}`, value);

test('the playground opens on the seed story, with no problems, no console errors and no sideways scroll', async () => {
  for (const width of [375, 1280]) {
    const { page, errors, context } = await openPlayground(width);
    assert.equal(await page.$eval('#json', (e) => e.value), SEED, 'the editor holds the seed document');
    assert.deepEqual(await headingOf(page), {
      tag: 'h2',
      text: 'Russia Seeks To Exert Influence Over New Regime as Taliban Attends High-Profile Afghanistan Talks',
    });
    // "Load from URL" uses src: the preview fetched the document itself, and its relative URLs resolve against it.
    assert.match(await page.$eval('#preview', (e) => e.getAttribute('src')), /\/demo\/articles\/seed\.json$/);
    assert.match(
      await page.$eval('#preview', (e) => e.shadowRoot.querySelector('img').src),
      /\/demo\/images\/lead-\d+\.jpg$/,
    );
    await page.waitForFunction(() => document.querySelector('#summary').textContent.startsWith('No problems'));
    assert.deepEqual(await problems(page), []);
    assert.ok((await page.$eval('#cdn-snippet', (e) => e.textContent)).includes('"headline": "Russia Seeks'));
    // Against the client width, not the window's: a classic scrollbar (Firefox) takes its own strip.
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement.scrollWidth,
      clientWidth: document.scrollingElement.clientWidth,
    }));
    assert.equal(scrollWidth, clientWidth, `no horizontal scroll at ${width}px`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('typing in the editor updates the preview and the warnings; a warning selects its place in the text', async () => {
  const { page, errors, context } = await openPlayground();
  await typeOver(page, 'Russia Seeks To Exert Influence', 'Moscow Talks Reshape Influence');
  await page.waitForFunction(() =>
    document
      .querySelector('#preview')
      .shadowRoot.querySelector('h2')
      ?.textContent.startsWith('Moscow Talks Reshape Influence'),
  );

  // The lead image's src (the first "src" in the document) becomes a javascript: URL.
  await typeOver(page, '../images/lead-1600.jpg', 'javascript:alert(1)');
  // Typing pauses may show a half-typed text first; wait for the whole of it.
  await page.waitForFunction(
    () =>
      document.querySelector('#summary').textContent.includes('1 warning') &&
      document.querySelector('#problems').textContent.includes('alert(1)"'),
  );
  const [warning] = await problems(page);
  assert.equal(warning.severity, 'warning');
  assert.match(warning.text, /^Warning image\.src refused URL "javascript:alert\(1\)"/);
  const lead = await page.$eval('#preview', (e) => ({
    images: [...e.shadowRoot.querySelectorAll('figure img')].map((img) => img.getAttribute('src')),
    caption: e.shadowRoot.querySelector('figcaption')?.textContent ?? '',
  }));
  assert.ok(!lead.images.some((src) => /javascript/i.test(src)), 'the refused image is not rendered');
  assert.match(lead.caption, /Members of the Taliban delegation/, 'its caption stays');

  // Clicking the warning selects the offending member in the editor.
  await page.click('#problems button');
  const selected = await page.evaluate(() => {
    const editor = document.querySelector('#json');
    return {
      focused: document.activeElement === editor,
      text: editor.value.slice(editor.selectionStart, editor.selectionEnd),
    };
  });
  assert.deepEqual(selected, { focused: true, text: '"src": "javascript:alert(1)"' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasting a whole document of another type switches the type, and its URLs resolve against the page', async () => {
  const { page, errors, context } = await openPlayground();
  const photo = JSON.stringify(
    { src: 'images/lead-800.jpg', width: 800, height: 533, caption: 'Pasted from a CMS' },
    null,
    2,
  );
  await pasteAll(page, '#json', photo);
  await page.waitForFunction(() => document.querySelector('#preview')?.localName === 'news-photo');
  await waitForPreview(page, 'ready');
  assert.equal(await page.$eval('#kind', (e) => e.value), 'photo');
  assert.equal(
    await page.$eval('#preview', (e) => e.shadowRoot.querySelector('img').src),
    `${devUrl}/demo/images/lead-800.jpg`,
  );
  await page.waitForFunction(() => document.querySelectorAll('#problems li').length === 1);
  const [missingAlt] = await problems(page);
  assert.equal(missingAlt.severity, 'warning');
  assert.match(missingAlt.text, /^Warning alt \S/, 'the missing alt text, by its path');
  assert.match(
    await page.$eval('#cdn-snippet', (e) => e.textContent),
    /<news-photo>\n  <script type="application\/json">/,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken document shows its errors with their paths, and a JSON syntax error its line and column', async () => {
  const { page, errors, context } = await openPlayground();

  await page.click('button[data-src="articles/broken.json"]');
  await waitForPreview(page, 'error');
  await page.waitForFunction(() => document.querySelector('#summary').textContent.startsWith('Cannot be shown'));
  assert.deepEqual(await problems(page), [{ severity: 'error', text: 'Error headline is required' }]);
  assert.equal(
    await page.$eval('#preview', (e) => e.shadowRoot.querySelector('[role="alert"]')?.textContent.trim()),
    'This content could not be loaded.',
  );
  // A missing field points at the object that should hold it.
  await page.click('#problems button');
  assert.equal(await page.$eval('#json', (e) => [e.selectionStart, e.value[e.selectionStart]].join()), '0,{');

  await page.click('button[data-src="articles/with-warnings.json"]');
  await page.waitForFunction(() => document.querySelector('#summary').textContent.includes('5 warnings'));
  const paths = (await problems(page)).map((p) => p.text.split(' ')[1]);
  assert.deepEqual(paths, ['body[1].text', 'body[2].src', 'body[3].type', 'body[4].id', 'body[5].url']);
  // The link block without a url is near the end: the editor scrolls to it.
  await page.click('#problems li:last-child button');
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const link = await page.$eval('#json', (e) => {
    const top =
      (e.value.slice(0, e.selectionStart).split('\n').length - 1) * parseFloat(getComputedStyle(e).lineHeight);
    return {
      text: e.value.slice(e.selectionStart, e.selectionEnd),
      scrolled: e.scrollTop > 0,
      inView: top >= e.scrollTop && top < e.scrollTop + e.clientHeight - 20,
    };
  });
  assert.match(link.text, /^\{\s*"type": "link",[^}]*"A Read Also link that has no url"\s*\}$/);
  assert.deepEqual([link.scrolled, link.inView], [true, true], 'the editor scrolled the selection into view');

  // Deleting the comma after the headline: the error names line 3, column 3 (where "url" starts).
  await page.click('button[data-src="articles/seed.json"]');
  await page.waitForFunction((seed) => document.querySelector('#json').value === seed, {}, SEED);
  await typeOver(page, '",\n  "url"', '"\n  "url"');
  await page.waitForFunction(
    () =>
      document.querySelector('#summary').textContent === 'Not valid JSON yet.' &&
      document.querySelector('#problems').textContent.includes('line 3, column 3'),
  );
  const [syntax] = await problems(page);
  assert.equal(syntax.severity, 'error');
  assert.match(syntax.text, /^Error line 3, column 3 expected "," or "\}", found "\\""$/);
  assert.equal(await page.$eval('#stale', (e) => e.hidden), false, 'the preview is marked as the last valid version');
  assert.equal((await headingOf(page)).text.slice(0, 12), 'Russia Seeks', 'the last valid version stays in view');
  await page.click('#problems button');
  assert.equal(await page.$eval('#json', (e) => e.value.slice(e.selectionStart, e.selectionStart + 5)), '"url"');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the controls change the preview: language, direction, heading level, width, dark page, layout and limit', async () => {
  const { page, errors, context } = await openPlayground();

  await choose(page, 'level', '4');
  await page.waitForFunction(() => document.querySelector('#preview').shadowRoot.querySelector('h4'));
  assert.equal((await headingOf(page)).tag, 'h4');
  assert.match(await page.$eval('#cdn-snippet', (e) => e.textContent), /<news-article heading-level="4">/);

  await choose(page, 'lang', 'fr');
  await page.waitForFunction(() =>
    document.querySelector('#preview').shadowRoot.textContent.includes('20 octobre 2021'),
  );

  await choose(page, 'dir', 'rtl');
  await page.waitForFunction(
    () => getComputedStyle(document.querySelector('#preview').shadowRoot.querySelector('article')).direction === 'rtl',
  );
  assert.match(
    await page.$eval('#cdn-snippet', (e) => e.textContent),
    /<news-article lang="fr" dir="rtl" heading-level="4">/,
  );

  await page.$eval('#width', (e) => {
    e.value = '400';
    e.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const widths = await page.evaluate(() => ({
    frame: document.querySelector('#frame').getBoundingClientRect().width,
    element: document.querySelector('#preview').getBoundingClientRect().width,
    label: document.querySelector('#width-out').textContent,
  }));
  assert.deepEqual(widths, { frame: 400, element: 400, label: '400 px' });

  await page.click('#dark');
  const colours = await page.evaluate(() => ({
    page: getComputedStyle(document.querySelector('#stage')).backgroundColor,
    text: getComputedStyle(document.querySelector('#preview').shadowRoot.querySelector('h4')).color,
  }));
  assert.deepEqual(
    colours,
    { page: 'rgb(21, 23, 26)', text: 'rgb(236, 235, 231)' },
    'the story takes the dark page’s text colour',
  );

  // Layout and limit belong to <news-related>.
  assert.equal(await page.$eval('#layout', (e) => e.disabled), true);
  await page.click('button[data-src="related/seed-related.json"]');
  await page.waitForFunction(() => document.querySelector('#preview')?.localName === 'news-related');
  await waitForPreview(page, 'ready');
  assert.equal(await page.$eval('#kind', (e) => e.value), 'related');
  assert.equal(await page.$eval('#layout', (e) => e.disabled), false);
  const count = (what) => page.$eval('#preview', (e, w) => e.shadowRoot.querySelectorAll(w).length, what);
  assert.equal(await count('img'), 0, 'the list has no pictures');
  await choose(page, 'layout', 'cards');
  await page.waitForFunction(() => document.querySelector('#preview').shadowRoot.querySelectorAll('img').length === 3);
  await page.$eval('#limit', (e) => {
    e.value = '2';
    e.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForFunction(
    () => document.querySelector('#preview').shadowRoot.querySelectorAll('a[data-kind="related"]').length === 2,
  );
  assert.match(
    await page.$eval('#cdn-snippet', (e) => e.textContent),
    /<news-related lang="fr" dir="rtl" layout="cards" limit="2">/,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('the CDN snippet, pasted into a blank page, renders the same story; so does the npm snippet', async () => {
  const { page, errors, context } = await openPlayground();
  // A headline that would end the inline script, or open a comment, if it were not escaped.
  const headline = 'Talks end </script><!-- and <b>go on</b>';
  await typeOver(
    page,
    'Russia Seeks To Exert Influence Over New Regime as Taliban Attends High-Profile Afghanistan Talks',
    headline,
  );
  await choose(page, 'level', '3');
  await page.waitForFunction(
    (h) => document.querySelector('#preview').shadowRoot.querySelector('h3')?.textContent.trim() === h,
    {},
    headline,
  );
  await waitForPreview(page, 'ready');
  const expected = await shadowText(page, '#preview');
  const cdn = await page.$eval('#cdn-snippet', (e) => e.textContent);
  assert.ok(cdn.includes('"Talks end <\\/script><\\u0021-- and <b>go on</b>"'), cdn.slice(0, 400));
  // The seed story's html text and video: their chunks start with the script, not after it.
  const folder = CDN_URL.replace(/[^/]*$/, '');
  assert.ok(
    cdn.startsWith(
      `<link rel="modulepreload" href="${folder}chunks/standalone/html-fragment.js">
<link rel="modulepreload" href="${folder}chunks/standalone/video.js">
<script type="module" src="${CDN_URL}"></script>`,
    ),
    cdn.slice(0, 400),
  );

  pasted.html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>${cdn.replaceAll(folder, '/cdn/')}</body></html>`;
  const blank = await newPage(1280, context);
  await blank.page.goto(`${server.url}/blank.html`);
  await blank.page.waitForFunction(() => document.querySelector('news-article')?.getAttribute('state') === 'ready');
  assert.deepEqual(await headingOf(blank.page, 'news-article'), { tag: 'h3', text: headline });
  assert.equal(await shadowText(blank.page, 'news-article'), expected);
  assert.equal(
    await blank.page.$eval('news-article', (e) => e.shadowRoot.querySelector('img').src),
    await page.$eval('#preview', (e) => e.shadowRoot.querySelector('img').src),
    'the same images, from the same URLs',
  );
  assert.deepEqual(blank.errors, []);

  // The npm snippet, with the package name mapped onto the built file.
  pasted.js = await page.$eval('#npm-snippet', (e) => e.textContent);
  assert.match(pasted.js, /^\/\/ npm install news-elements\nimport 'news-elements\/news-article\.js';/);
  pasted.html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>npm</title>
    <script type="importmap">{"imports": {"news-elements/news-article.js": "/cdn/news-elements.js"}}</script>
    <script type="module" src="/npm-snippet.js"></script></head><body><main></main></body></html>`;
  const npm = await newPage(1280, context);
  await npm.page.goto(`${server.url}/blank.html`);
  await npm.page.waitForFunction(() => document.querySelector('main news-article')?.getAttribute('state') === 'ready');
  assert.equal(await shadowText(npm.page, 'news-article'), expected);
  assert.deepEqual(npm.errors, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the src snippet, pasted into a page with the document at its src, preloads the document, the element and its chunks, and fetches the document once', async () => {
  const { page, errors, context } = await openPlayground();
  await waitForPreview(page, 'ready');
  const snippet = await page.$eval('#src-snippet', (e) => e.textContent);
  assert.match(snippet, /<link rel="preload" href="[^"]+" as="fetch" crossorigin>/);
  for (const file of [
    'news-article.js',
    'chunks/lit.js',
    'chunks/article/html-fragment.js',
    'chunks/article/video.js',
  ]) {
    assert.ok(
      snippet.includes(`<link rel="modulepreload" href="https://unpkg.com/news-elements/cdn/${file}">`),
      `${file} in ${snippet}`,
    );
  }
  const story = '/demo/articles/seed.json';
  // The document where this test's server has it, whatever URL the playground loaded it from.
  const [, src] = snippet.match(/<link rel="preload" href="([^"]+)"/);
  const local = snippet
    .replaceAll('https://unpkg.com/news-elements/cdn/', '/cdn/')
    .replaceAll(`"${src}"`, `"${story}"`);
  const [head, body] = local.split('\n\n');
  pasted.html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>src</title>${head}</head><body>${body}</body></html>`;
  const first = server.requests.length;
  const blank = await newPage(1280, context);
  await blank.page.goto(`${server.url}/blank.html`);
  await blank.page.waitForFunction(() => document.querySelector('news-article')?.getAttribute('state') === 'ready');
  const requested = server.requests.slice(first);
  assert.equal(requested.filter((url) => url === story).length, 1, requested.join(', '));
  assert.deepEqual([blank.errors, errors], [[], []]);
  await context.close();
});

test('the document survives a reload, travels in a link, and loads from a URL through src', async () => {
  const { page, errors, context } = await openPlayground();
  await typeOver(page, 'Russia Seeks To Exert Influence', 'Kept Across Reloads');
  await choose(page, 'level', '3');
  await page.click('#dark');
  await page.waitForFunction(() =>
    document.querySelector('#preview').shadowRoot.querySelector('h3')?.textContent.startsWith('Kept Across Reloads'),
  );
  const text = await page.$eval('#json', (e) => e.value);
  // Saving follows edits after a pause: wait for what was stored, not for a time.
  await page.waitForFunction(
    (t) => {
      const saved = JSON.parse(localStorage.getItem('news-elements:playground') ?? 'null');
      return saved?.text === t && String(saved.controls?.dark) === 'true';
    },
    {},
    text,
  );

  await page.reload();
  await waitForPreview(page, 'ready');
  assert.equal(await page.$eval('#json', (e) => e.value), text);
  assert.match((await headingOf(page)).text, /^Kept Across Reloads/);
  assert.equal((await headingOf(page)).tag, 'h3');
  assert.equal(await page.$eval('#dark', (e) => e.checked), true);

  await page.click('#share');
  await page.waitForFunction(() => document.querySelector('#share-link').value);
  const link = await page.$eval('#share-link', (e) => e.value);
  assert.ok(link.length < 8000, `the seed story fits in a link (${link.length} characters)`);
  // Someone else, with nothing stored, opens the link.
  const other = await newPage(1280);
  await other.page.goto(link);
  await other.page.waitForFunction((t) => document.querySelector('#json').value === t, {}, text);
  await waitForPreview(other.page, 'ready');
  assert.deepEqual(await headingOf(other.page), { tag: 'h3', text: (await headingOf(page)).text });
  assert.equal(await other.page.$eval('#dark', (e) => e.checked), true);
  assert.equal(
    await other.page.evaluate(() => location.hash),
    '',
    'the fragment is read once, then later edits are what reloads show',
  );
  assert.equal(
    await other.page.$eval('#preview', (e) => e.shadowRoot.querySelector('img').src),
    await page.$eval('#preview', (e) => e.shadowRoot.querySelector('img').src),
    'relative URLs still resolve against the document they came from',
  );
  assert.deepEqual(other.errors, []);
  await other.context.close();

  // Load from URL: the preview gets the URL as src, the editor the text, the type is guessed.
  await page.$eval('#url', (e) => (e.value = ''));
  await page.type('#url', 'photos/lead.json');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#preview')?.localName === 'news-photo');
  await waitForPreview(page, 'ready');
  assert.equal(await page.$eval('#kind', (e) => e.value), 'photo');
  assert.equal(await page.$eval('#preview', (e) => e.getAttribute('src')), `${devUrl}/demo/photos/lead.json`);
  assert.equal(await page.$eval('#json', (e) => e.value), PHOTO);
  assert.match(
    await page.$eval('#preview', (e) => e.shadowRoot.querySelector('figcaption').textContent),
    /Photo:\s+ALEXANDER ZEMLIANICHENKO/,
  );
  assert.deepEqual(errors, []);

  // A URL that fails: the preview shows what src does with it; the editor keeps its text.
  await page.$eval('#url', (e) => (e.value = 'articles/missing.json'));
  await page.click('#load button');
  await waitForPreview(page, 'error');
  await page.waitForFunction(() => document.querySelector('#summary').textContent.includes('HTTP 404'));
  assert.equal(await page.$eval('#json', (e) => e.value), PHOTO);
  assert.match(
    await page.$eval('#url-status', (e) => e.textContent),
    /Could not read articles\/missing\.json into the editor \(HTTP 404\)/,
  );
  await context.close();
});

test('the gallery shows every example, with the problems each reports by path, and no console errors', async () => {
  const { page, errors, context } = await newPage(1280);
  // Every request the page makes, frames included: none may go to a video or social provider.
  const hosts = new Set();
  page.on('request', (request) => hosts.add(new URL(request.url()).hostname));
  await page.goto(`${devUrl}/demo/gallery.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('news-article, news-photo, news-related')].every((e) =>
      ['ready', 'error'].includes(e.getAttribute('state')),
    ),
  );
  const states = await page.$$eval('news-article, news-photo, news-related', (all) =>
    Object.fromEntries(all.map((e) => [e.id, e.getAttribute('state')])),
  );
  assert.deepEqual(states, {
    seed: 'ready',
    rtl: 'ready',
    'v2-text': 'ready',
    media: 'ready',
    photo: 'ready',
    list: 'ready',
    cards: 'ready',
    warnings: 'ready',
    broken: 'error',
  });
  // The media and notes story: its blocks render, with no warning, and ask nothing of any video or social provider.
  assert.equal(
    await page.$eval(
      '#media',
      (e) => e.shadowRoot.querySelectorAll('[part~="gallery-item"], [part~="social"], video, audio, aside').length,
    ),
    8,
  );
  assert.equal(await page.$$eval('[data-for="media"] li', (all) => all.length), 0);
  await page.$eval('#media', (e) => e.scrollIntoView());
  // Every image the browser chose to load has loaded (Firefox leaves a lazy image far below
  // the window unrequested, and so not complete).
  await page.waitForFunction(() =>
    [...document.querySelector('#media').shadowRoot.querySelectorAll('img')].every(
      (img) => img.complete || (img.loading === 'lazy' && img.getBoundingClientRect().top > 2 * innerHeight),
    ),
  );
  assert.deepEqual(
    [...hosts].filter((host) =>
      /youtube|ytimg|vimeo|dailymotion|dmcdn|bsky|twitter|twimg|x\.com|instagram|tiktok|facebook|fbcdn|threads|mastodon/.test(
        host,
      ),
    ),
    [],
  );
  assert.equal(
    await page.$eval('#rtl', (e) => getComputedStyle(e.shadowRoot.querySelector('article')).direction),
    'rtl',
  );
  assert.equal(
    await page.$eval('#list', (e) => e.shadowRoot.querySelectorAll('a[data-kind="related"]').length),
    2,
    'inline JSON renders',
  );
  assert.equal(await page.$eval('#cards', (e) => e.shadowRoot.querySelectorAll('img').length), 3);
  // Each example shows the markup that runs it.
  const markup = await page.$$eval('pre.markup', (all) =>
    Object.fromEntries(all.map((pre) => [pre.nextElementSibling.id, pre.textContent])),
  );
  assert.equal(markup.cards, '<news-related src="related/read-next.json" layout="cards" limit="3"></news-related>');
  assert.equal(markup.seed, '<news-article src="articles/seed.json" heading-level="3"></news-article>');
  assert.match(markup.list, /^<news-related>\n  <script type="application\/json">\n    \{ "title": "More stories",\n/);
  assert.match(markup.list, /\n  <\/script>\n<\/news-related>$/);
  assert.deepEqual(Object.keys(markup), Object.keys(states));
  await page.waitForFunction(() => document.querySelectorAll('[data-for="warnings"] li').length === 5);
  const issues = await page.$$eval('[data-for="broken"] li, [data-for="warnings"] li', (all) =>
    all.map((li) => li.textContent.split(' ').slice(0, 2).join(' ')),
  );
  assert.deepEqual(issues, [
    'Warning: body[1].text',
    'Warning: body[2].src',
    'Warning: body[3].type',
    'Warning: body[4].id',
    'Warning: body[5].url',
    'Error: headline',
  ]);
  // The text blocks' story warns on purpose: an <img> in html, a photo without a size.
  await page.waitForFunction(() => document.querySelectorAll('[data-for="v2-text"] li').length === 2);
  const v2 = await page.$$eval('[data-for="v2-text"] li', (all) =>
    all.map((li) => li.textContent.split(' ').slice(0, 2).join(' ')),
  );
  assert.deepEqual(v2, ['Warning: body[2].text.html', 'Warning: body[13]']);
  assert.equal(
    await page.$eval(
      '#v2-text',
      (e) => e.shadowRoot.querySelectorAll('table th[scope], pre[role="region"], [part~="notes"] li').length,
    ),
    7 + 1 + 3,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('the CDN-only page loads no script but cdn/news-elements.js, and renders its inline story', async () => {
  const { page, errors, context } = await newPage(375);
  await page.goto(`${server.url}/demo/cdn.html`);
  await page.waitForFunction(() => document.querySelector('news-article')?.getAttribute('state') === 'ready');
  // Read from the page's resource timing: every engine has it (puppeteer's request types are Chromium's).
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'script' || new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => new URL(entry.name).pathname),
  );
  assert.deepEqual(scripts, ['/cdn/news-elements.js']);
  assert.match((await headingOf(page, 'news-article')).text, /^Russia Seeks To Exert Influence/);
  // Not shown: no box (an unslotted child has no computed display in Firefox, so ask for its box).
  assert.equal(await page.$eval('.fallback-note', (e) => e.getClientRects().length), 0);
  // Nothing wider than the window (Firefox's scrollbar takes its own width from the 375px).
  assert.equal(
    await page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth),
    0,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

async function axe(page) {
  await page.addScriptTag({ path: `${ROOT}/node_modules/axe-core/axe.min.js` });
  const { violations } = await page.evaluate(() => window.axe.run(document));
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('axe finds no accessibility violations on the playground (light and dark, with problems listed), the gallery and the CDN page', async () => {
  const { page, context } = await openPlayground(1280);
  assert.deepEqual(await axe(page), [], 'playground');

  await page.click('button[data-src="articles/with-warnings.json"]');
  await page.waitForFunction(() => document.querySelectorAll('#problems li').length === 5);
  await page.click('#dark');
  await page.click('#share');
  await page.waitForFunction(() => document.querySelector('#share-link').value);
  assert.deepEqual(await axe(page), [], 'playground, dark, with warnings and the share link');

  await page.click('button[data-src="related/seed-related.json"]');
  await page.waitForFunction(() => document.querySelector('#preview')?.localName === 'news-related');
  await waitForPreview(page, 'ready');
  await choose(page, 'layout', 'cards');
  await page.waitForFunction(() => document.querySelector('#preview').shadowRoot.querySelectorAll('img').length === 3);
  assert.deepEqual(await axe(page), [], 'playground, related cards');

  await page.setViewport({ width: 375, height: 900 });
  await page.goto(`${devUrl}/demo/gallery.html`);
  await page.waitForFunction(
    () =>
      document.querySelector('#broken')?.getAttribute('state') === 'error' &&
      document.querySelector('#seed')?.getAttribute('state') === 'ready',
  );
  assert.deepEqual(await axe(page), [], 'gallery');

  await page.goto(`${server.url}/demo/cdn.html`);
  await page.waitForFunction(() => document.querySelector('news-article')?.getAttribute('state') === 'ready');
  assert.deepEqual(await axe(page), [], 'CDN page');
  await context.close();
});
