// Loading hints, seen from the network: the lead image is fetched first and with
// high priority, every other image waits until the reader comes near it, the
// video facade asks nothing of YouTube until it is played, and a `src` document
// shared by several elements on a page is fetched once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT, reply, startSuite, stopSuite, until } from '../support/server.mjs';
import { newTab } from '../support/page.mjs';
import { skipForGap } from '../support/engines.mjs';

const page = (body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <script type="module" src="/cdn/news-elements.js"></script>
  </head>
  <body>${body}</body>
</html>`;

const PAGES = {
  '/story.html': page(`
    <news-article src="/demo/articles/seed.json"></news-article>
    <div style="height: 8000px"></div>
    <news-related id="far" src="/far/related.json" layout="cards"></news-related>`),
  '/shared.html': page(`
    <news-photo src="/demo/photos/lead.json"></news-photo>
    <news-photo src="/demo/photos/lead.json"></news-photo>
    <news-photo src="demo/photos/lead.json"></news-photo>
    <news-article src="/demo/articles/seed.json"></news-article>
    <news-article src="/demo/articles/seed.json"></news-article>
    <news-related src="/demo/related/seed-related.json"></news-related>`),
};

// The related links again, with image URLs of their own (the article's cards show the same images).
const far = JSON.parse(readFileSync(`${ROOT}/demo/related/seed-related.json`, 'utf8'));
for (const link of far.links) if (link.image) link.image.src = `/demo/images/${link.image.src.split('/').pop()}?far`;

let server;
let browser;
before(
  async () =>
    ({ server, browser } = await startSuite({
      routes: {
        ...Object.fromEntries(Object.entries(PAGES).map(([path, html]) => [path, reply(html)])),
        '/far/related.json': reply(JSON.stringify(far), { type: 'application/json' }),
      },
      // Documents are not cacheable, so only the library can be what avoids a second request.
      headers: (path) => (path.endsWith('.json') ? { 'cache-control': 'no-store' } : {}),
    })),
);
after(() => stopSuite({ server, browser }));

/**
 * Opens `path` with every request recorded (with Chromium's priority); requests
 * leaving the test server are answered locally so they cannot hang.
 */
async function open(path) {
  const { page: tab, errors } = await newTab(browser, { viewport: { width: 1280, height: 800 } });
  const requests = [];
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ request }) =>
    requests.push({ url: request.url, priority: request.initialPriority }),
  );
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.url().startsWith(server.url)) return request.continue();
    request.respond({ status: 200, contentType: 'text/html', body: '<title>elsewhere</title>' });
  });
  await tab.goto(`${server.url}${path}`);
  return { tab, requests, errors };
}
const ready = (selector) =>
  `[...document.querySelectorAll('${selector}')].every((el) => el.getAttribute('state') === 'ready')`;
const images = (selector) =>
  `[...document.querySelectorAll('${selector}')].flatMap((el) => [...el.shadowRoot.querySelectorAll('img')])`;
const local = (url) => url.replace(server.url, '');

test(
  'the lead image is eager with high priority; every other image is lazy, decoded async, and waits for the reader',
  skipForGap('devtools-protocol'),
  async () => {
    const { tab, requests, errors } = await open('/story.html');
    await tab.waitForFunction(ready('news-article, news-related'));
    const hints = await tab.evaluate(`${images('news-article, news-related')}.map((img) => ({
    src: img.getAttribute('src'), lead: !!img.closest('[part~="lead"]'),
    loading: img.getAttribute('loading'), decoding: img.getAttribute('decoding'), priority: img.getAttribute('fetchpriority'),
  }))`);
    const [lead, ...others] = hints;
    assert.ok(lead.lead, 'the first image is the lead photo');
    assert.equal(lead.loading, 'eager');
    assert.equal(lead.priority, 'high');
    assert.ok(others.length >= 8, `poster, card thumbnails and logo: ${others.length} images`);
    for (const image of others) {
      assert.deepEqual([image.loading, image.decoding, image.priority], ['lazy', 'async', null], image.src);
    }

    // What the browser did with those hints.
    const isLead = (r) => local(r.url) === '/demo/images/lead-1600.jpg';
    await until(() => requests.some(isLead));
    const leadRequest = requests.find(isLead);
    assert.equal(leadRequest?.priority, 'High', 'the lead image is requested with high priority');
    // Lazy images near the viewport are requested a little after the first render, not with it.
    const isOtherImage = (r) => /\/demo\/images\//.test(r.url) && r !== leadRequest;
    await until(() => requests.some(isOtherImage));
    const otherImages = requests.filter(isOtherImage);
    assert.ok(otherImages.length >= 1, 'the images near the viewport are requested');
    for (const request of otherImages) assert.equal(request.priority, 'Low', request.url);
    const far = await tab.evaluate(`${images('#far')}.map((img) => img.src)`);
    assert.equal(far.length, 3);
    assert.deepEqual(
      far.filter((url) => requests.some((r) => r.url === url)),
      [],
      'cards 8000px below are not fetched yet',
    );
    await tab.evaluate(() => document.querySelector('#far').scrollIntoView());
    await tab.waitForFunction(`${images('#far')}.every((img) => img.complete)`);
    assert.deepEqual(
      far.filter((url) => !requests.some((r) => r.url === url)),
      [],
      'they are fetched when the reader gets there',
    );
    assert.deepEqual(errors, []);
    await tab.close();
  },
);

test(
  'the video facade requests nothing outside the page until it is played, then only youtube-nocookie.com',
  skipForGap('devtools-protocol'),
  async () => {
    const { tab, requests, errors } = await open('/story.html');
    await tab.waitForFunction(ready('news-article'));
    // Bring the facade into view so that everything it would load has loaded.
    await tab.evaluate(() =>
      document
        .querySelector('news-article')
        .shadowRoot.querySelector('[part~="play"]')
        .scrollIntoView({ block: 'center' }),
    );
    await tab.waitForFunction(
      `${images('news-article')}.every((img) => !img.closest('[part~="video"]') || img.complete)`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const poster = requests.filter((r) => local(r.url) === '/demo/images/video-poster.jpg');
    assert.equal(poster.length, 1, 'the poster comes from the document, from the page origin');
    assert.deepEqual(
      requests.filter((r) => !r.url.startsWith(server.url)).map((r) => r.url),
      [],
      'nothing leaves the page origin before play',
    );

    await (await tab.$('news-article >>> [part~="play"]')).click();
    await tab.waitForFunction(() => document.querySelector('news-article').shadowRoot.querySelector('iframe'));
    await until(() => requests.some((r) => !r.url.startsWith(server.url)));
    const hosts = [...new Set(requests.filter((r) => !r.url.startsWith(server.url)).map((r) => new URL(r.url).host))];
    assert.deepEqual(hosts, ['www.youtube-nocookie.com'], 'after play: the player, from youtube-nocookie.com only');
    assert.deepEqual(errors, []);
    await tab.close();
  },
);

test(
  'a src document shared by several elements is fetched once, also by an element added later',
  skipForGap('devtools-protocol'),
  async () => {
    const { tab, requests, errors } = await open('/shared.html');
    await tab.waitForFunction(ready('news-photo, news-article, news-related'));
    await tab.evaluate(() =>
      document.body.append(
        Object.assign(document.createElement('news-photo'), { id: 'late', src: '/demo/photos/lead.json' }),
        Object.assign(document.createElement('news-photo'), { id: 'other', src: '/demo/photos/lead.json?v=2' }),
      ),
    );
    await tab.waitForFunction(ready('#late, #other'));
    const count = (path) => requests.filter((r) => local(r.url) === path).length;
    assert.equal(count('/demo/photos/lead.json'), 1, 'four <news-photo>, one request');
    assert.equal(count('/demo/articles/seed.json'), 1, 'two <news-article>, one request');
    assert.equal(count('/demo/photos/lead.json?v=2'), 1, 'another URL is another request');
    // The server saw the same: nothing was served from a cache.
    assert.equal(server.requests.filter((url) => url === '/demo/photos/lead.json').length, 1);
    const rendered = await tab.evaluate(() =>
      [...document.querySelectorAll('news-photo')].map((el) => !!el.shadowRoot.querySelector('img')),
    );
    assert.deepEqual(rendered, [true, true, true, true, true]);
    assert.deepEqual(errors, []);
    await tab.close();
  },
);
