// Feeds that misbehave on the wire, against the built CDN file: every fault ends
// in `error` with a clear message and one `news-error`; the page never breaks.
// Also: redirects, a slow feed, rapid `src` changes, a removed element, and the
// size limit, with the server as the witness of what was requested and aborted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { reply, serve, startSuite, stopSuite, until } from '../support/server.mjs';
import { skipForGap } from '../support/engines.mjs';
import { newTab, pageShell } from '../support/page.mjs';

const seed = JSON.stringify({ src: '../images/lead-400.jpg', alt: 'Delegates', caption: 'From the feed' });
// With Content-Length, which the size limit tests rely on.
const json = (body, status) => reply(body, { status, type: 'application/json' });
const redirect = (location, status = 302) => reply('', { status, headers: { location } });
/** Requests the server saw end before it answered them (the browser aborted). */
const aborted = [];
/** Resolves after `ms`, or when the client goes away (recorded in `aborted`). */
const wait = (req, res, ms) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    res.on('close', () => {
      if (res.writableEnded) return;
      clearTimeout(timer);
      aborted.push(req.url);
      resolve(false);
    });
  });

let server;
let other;
let browser;
let page;
const pageErrors = [];

before(async () => {
  // A second origin without CORS headers: the browser must refuse what it sends.
  other = await serve({ routes: { '/doc.json': json(seed) } });
  const big = (blocks, size) => {
    const text = 'x'.repeat(Math.floor(size / blocks) - 40);
    return JSON.stringify({
      headline: 'Big',
      body: Array.from({ length: blocks }, (_, i) => ({ type: 'paragraph', text: `${i}:${text}` })),
    });
  };
  const fiveMegabytes = big(5000, 5 * 1024 * 1024);
  const elevenMegabytes = big(100, 11 * 1024 * 1024);
  ({ server, browser } = await startSuite({
    routes: {
      '/page.html': reply(pageShell({ body: '<p id="page">The page</p>' })),
      '/fault/404': reply('gone', { status: 404, type: 'text/plain' }),
      '/fault/500': json('{"error":"boom"}', 500),
      '/fault/html': reply('<!doctype html><title>Portal</title><p>Please sign in to the Wi-Fi</p>'),
      '/fault/html-502': reply('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502 }),
      '/fault/invalid': json('{"src": "a.jpg", '),
      '/fault/empty': json(''),
      '/fault/loop': redirect('/fault/loop'),
      '/fault/cross-redirect': redirect(`${other.url}/doc.json`),
      '/fault/truncated': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
        res.write('{"src": "a.jpg", "alt": ');
        setTimeout(() => res.destroy(), 50);
      },
      '/fault/stall': async (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"src": ');
        await wait(req, res, 60_000);
      },
      '/fault/slow': async (req, res) => (await wait(req, res, 1500)) && json(seed)(req, res),
      '/fault/too-large': json(elevenMegabytes),
      // No Content-Length, and no end: the loader must stop reading at the limit.
      '/fault/endless': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = `[${'"x",'.repeat(1 << 18)}`;
        const send = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once('drain', send);
        };
        res.on('close', () => res.writableEnded || aborted.push(req.url));
        send();
      },
      '/big.json': json(fiveMegabytes),
      // 6 million characters of CJK text, 18 MB as UTF-8, without a Content-Length.
      '/fault/cjk': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.on('close', () => res.writableEnded || aborted.push(req.url));
        res.end(JSON.stringify({ headline: '新聞'.repeat(3_000_000) }));
      },
      '/fault/script': reply(JSON.stringify({ src: '/demo/images/lead-400.jpg', alt: 'a' }), {
        type: 'text/javascript; charset=utf-8',
      }),
      '/fault/html-json': reply(JSON.stringify({ src: '/demo/images/lead-400.jpg', alt: 'a' })),
      '/plain.json': reply(
        JSON.stringify({ src: '/demo/images/lead-400.jpg', alt: 'a', caption: 'served as text/plain' }),
        { type: 'text/plain; charset=utf-8' },
      ),
      '/moved': redirect('/demo/photos/lead.json', 301),
      '/delayed': async (req, res) => {
        const q = new URL(req.url, 'http://x').searchParams;
        if (await wait(req, res, Number(q.get('delay'))))
          json(JSON.stringify({ src: '/demo/images/lead-400.jpg', alt: 'a', caption: q.get('caption') }))(req, res);
      },
    },
  }));
  page = await open();
});

/** The test page, recording page errors and unhandled rejections. */
async function open(init = () => {}) {
  const { page: opened } = await newTab(browser, { init, errors: pageErrors });
  await opened.evaluateOnNewDocument(() => {
    window.unhandled = [];
    window.addEventListener('unhandledrejection', (e) => window.unhandled.push(String(e.reason)));
  });
  await opened.goto(`${server.url}/page.html`);
  await opened.waitForFunction(() => customElements.get('news-article'));
  return opened;
}
after(async () => {
  await stopSuite({ server, browser });
  await other?.close();
});

/** Mounts `<tag src>` and reports how it ended: state, events, the message shown. */
const load = (tag, src, on = page) =>
  on.evaluate(
    async (tag, src) => {
      const el = document.createElement(tag);
      const events = [];
      const seen = [];
      el.addEventListener('news-error', (e) => events.push({ type: 'error', message: e.detail.message }));
      el.addEventListener('news-load', () => events.push({ type: 'load' }));
      new MutationObserver(() => seen.push(el.getAttribute('state'))).observe(el, { attributeFilter: ['state'] });
      const ended = new Promise((resolve) => {
        el.addEventListener('news-error', resolve, { once: true });
        el.addEventListener('news-load', resolve, { once: true });
      });
      el.src = src;
      document.body.append(el);
      await ended;
      // Long enough for a second event to arrive, had there been one.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const result = {
        state: el.state,
        seen,
        events,
        shown: el.shadowRoot.querySelector('[role="alert"]')?.textContent ?? null,
        img: el.shadowRoot.querySelector('img')?.src ?? null,
        text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim().slice(0, 200),
      };
      el.remove();
      return result;
    },
    tag,
    src,
  );

const FAULTS = [
  ['a 404', 'news-photo', '/fault/404', /^HTTP 404 Not Found from http:\/\/127\.0\.0\.1:\d+\/fault\/404$/],
  ['a 500', 'news-related', '/fault/500', /^HTTP 500 Internal Server Error from /],
  ['an HTML page with 200', 'news-article', '/fault/html', /\/fault\/html returned HTML, not JSON$/],
  ['an HTML error page (502)', 'news-photo', '/fault/html-502', /^HTTP 502 Bad Gateway from /],
  ['invalid JSON', 'news-related', '/fault/invalid', /\/fault\/invalid is not valid JSON$/],
  ['an empty body', 'news-article', '/fault/empty', /^empty document from /],
  [
    'a redirect loop',
    'news-photo',
    '/fault/loop',
    /^network error fetching .*\/fault\/loop \(offline, blocked, or not allowed by CORS\)$/,
  ],
  [
    'a redirect to another origin without CORS',
    'news-related',
    '/fault/cross-redirect',
    /^network error fetching .*\/fault\/cross-redirect/,
  ],
  ['a connection cut mid-body', 'news-article', '/fault/truncated', /^network error fetching .*\/fault\/truncated/],
  [
    'a document over 10 MB (Content-Length)',
    'news-article',
    '/fault/too-large',
    /^document too large \(\d+ bytes; the limit is 10485760\)$/,
  ],
  // The server records whether the browser hung up on it: the download must be cut at the limit.
  [
    'a body that never ends (no Content-Length)',
    'news-article',
    '/fault/endless',
    /^document too large \(more than 10485760 bytes; the limit is 10485760\)$/,
    { cut: true },
  ],
  [
    '18 MB of CJK text in 6 million characters (no Content-Length)',
    'news-article',
    '/fault/cjk',
    /^document too large \(more than 10485760 bytes; the limit is 10485760\)$/,
  ],
  [
    'a JSON body served as text/javascript',
    'news-photo',
    '/fault/script',
    /\/fault\/script returned JavaScript, not JSON$/,
  ],
  ['a JSON body served as text/html', 'news-photo', '/fault/html-json', /\/fault\/html-json returned HTML, not JSON$/],
];

for (const [what, tag, path, message, { cut } = {}] of FAULTS) {
  test(`<${tag} src> answered with ${what} ends in error with a clear message and one news-error`, async () => {
    const result = await load(tag, `${server.url}${path}`);
    assert.equal(result.state, 'error');
    assert.deepEqual(result.seen, ['loading', 'error']);
    assert.equal(result.events.length, 1);
    assert.equal(result.events[0].type, 'error');
    assert.match(result.events[0].message, message);
    assert.equal(result.shown, 'This content could not be loaded.');
    if (cut) {
      await until(() => aborted.includes(path));
      assert.ok(aborted.includes(path), 'the download was aborted');
    }
  });
}

test('<news-photo src> answered by a feed that never finishes gives up at the 20 s deadline (time faked)', async () => {
  const faked = await open(() => {
    // The loader's deadline is a 20 s timer: here it fires after 300 ms.
    const { setTimeout: real } = window;
    window.setTimeout = (fn, ms, ...args) => real(fn, ms >= 20_000 ? 300 : ms, ...args);
  });
  const result = await load('news-photo', `${server.url}/fault/stall`, faked);
  assert.deepEqual(result.seen, ['loading', 'error']);
  assert.equal(result.events.length, 1);
  assert.match(
    result.events[0].message,
    /^no complete answer from http:\/\/127\.0\.0\.1:\d+\/fault\/stall within 20 s$/,
  );
  await until(() => aborted.includes('/fault/stall'));
  assert.ok(aborted.includes('/fault/stall'), 'the stalled request was aborted');
  await faked.close();
});

test('a CORS failure (another origin, no Access-Control-Allow-Origin) ends in error', async () => {
  const result = await load('news-photo', `${other.url}/doc.json`);
  assert.equal(result.state, 'error');
  assert.match(
    result.events[0].message,
    /^network error fetching http:\/\/127\.0\.0\.1:\d+\/doc\.json \(offline, blocked, or not allowed by CORS\)$/,
  );
});

test('a slow feed shows loading, then the document', async () => {
  const result = await load('news-photo', `${server.url}/fault/slow`);
  assert.deepEqual(result.seen, ['loading', 'ready']);
  assert.deepEqual(result.events, [{ type: 'load' }]);
  assert.match(result.text, /From the feed/);
});

test('a JSON document served as text/plain (a raw file host) renders', async () => {
  const result = await load('news-photo', `${server.url}/plain.json`);
  assert.equal(result.state, 'ready');
  assert.match(result.text, /served as text\/plain/);
});

test('a redirect to a document renders it, its relative URLs resolved against where it landed', async () => {
  const result = await load('news-photo', `${server.url}/moved`);
  assert.equal(result.state, 'ready');
  assert.equal(result.img, `${server.url}/demo/images/lead-1600.jpg`);
});

test(
  'twenty rapid src changes end showing the last document; the requests left behind are aborted',
  skipForGap('request-timing'),
  async () => {
    aborted.length = 0;
    const result = await page.evaluate(async () => {
      const el = document.createElement('news-photo');
      const loads = [];
      el.addEventListener('news-load', (e) => loads.push(e.detail.data.caption.join('')));
      // The first news-load, or 5 s without one.
      const loaded = new Promise((resolve) => {
        el.addEventListener('news-load', resolve, { once: true });
        setTimeout(resolve, 5000);
      });
      document.body.append(el);
      for (let i = 0; i < 20; i++) {
        // Every feed but the last is slower than the reader: each is left behind in flight.
        el.src = `/delayed?caption=doc%20${i}&delay=${i === 19 ? 50 : 1000 + i * 10}&n=${Math.random()}`;
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
      await loaded;
      // Long enough for any feed left behind to have answered, had it not been aborted.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const caption = el.shadowRoot.querySelector('[part~="caption-text"]').textContent;
      el.remove();
      return { caption, loads, state: el.state };
    });
    assert.equal(result.caption, 'doc 19');
    assert.deepEqual(result.loads, ['doc 19']);
    // A request the browser cancelled before it reached the server is not the server's to see;
    // every one that did reach it, but the last, must have been aborted.
    const leftBehind = server.requests.filter((url) => url.includes('caption=doc%20') && !url.includes('doc%2019'));
    await until(() => aborted.length >= leftBehind.length);
    assert.ok(leftBehind.length >= 1, 'some of the twenty requests reached the server');
    assert.deepEqual(
      [...aborted].sort(),
      [...leftBehind].sort(),
      `${aborted.length} of ${leftBehind.length} requests aborted`,
    );
  },
);

test('an element removed from the page aborts its fetch and announces nothing', async () => {
  aborted.length = 0;
  await page.evaluate(() => {
    const el = (window.removed = document.createElement('news-article'));
    window.removedEvents = [];
    el.addEventListener('news-load', () => window.removedEvents.push('load'));
    el.addEventListener('news-error', () => window.removedEvents.push('error'));
    el.src = `/delayed?caption=removed&delay=1000&n=${Math.random()}`;
    document.body.append(el);
  });
  // Removed once its request is in flight at the server, so the abort can be seen there.
  await until(() => server.requests.some((url) => url.includes('caption=removed')));
  const result = await page.evaluate(async () => {
    window.removed.remove();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    return { events: window.removedEvents, state: window.removed.state };
  });
  await until(() => aborted.length >= 1);
  assert.deepEqual(result.events, []);
  assert.equal(result.state, 'loading');
  assert.equal(aborted.length, 1);
  assert.match(aborted[0], /caption=removed/);
});

test('a 5 MB document with 5,000 blocks renders (through src)', async () => {
  const result = await page.evaluate(async () => {
    const el = document.createElement('news-article');
    const started = performance.now();
    const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
    el.src = '/big.json';
    document.body.append(el);
    await loaded;
    const paragraphs = el.shadowRoot.querySelectorAll('[part~="paragraph"]');
    const result = {
      ms: Math.round(performance.now() - started),
      count: paragraphs.length,
      last: paragraphs[4999]?.textContent.slice(0, 5),
    };
    el.remove();
    return result;
  });
  assert.equal(result.count, 5000);
  assert.equal(result.last, '4999:');
  console.log(`5 MB, 5,000 blocks: fetched, read and rendered in ${result.ms} ms`);
});

test('nothing escaped: no page error, no unhandled rejection, the page untouched', async () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(await page.evaluate(() => window.unhandled), []);
  assert.equal(await page.evaluate(() => document.querySelector('#page').outerHTML), '<p id="page">The page</p>');
});
