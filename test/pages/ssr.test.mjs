// The server-rendered demo page (demo/ssr/, scripts/dev/ssr-demo-page.mjs, rendered here):
// without JavaScript it reads in full; with JavaScript the elements hydrate
// without touching what the server sent, and then behave as usual.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ROOT, startSuite, stopSuite, reply } from '../support/server.mjs';
import { skipForGap } from '../support/engines.mjs';
import { newTab } from '../support/page.mjs';
import { ssrDemoPage } from '../../scripts/dev/ssr-demo-page.mjs';

const PAGE = '/demo/ssr/';
const seed = JSON.parse(await readFile(`${ROOT}/demo/articles/seed.json`, 'utf8'));
const related = JSON.parse(await readFile(`${ROOT}/demo/related/seed-related.json`, 'utf8'));
const photo = JSON.parse(await readFile(`${ROOT}/demo/photos/lead.json`, 'utf8'));

/** The words of an Inline as a reader sees them (the seed's html only holds links). */
const words = (inline) =>
  typeof inline === 'string'
    ? inline
    : Array.isArray(inline)
      ? inline.map((span) => (typeof span === 'string' ? span : span.text)).join('')
      : inline.html.replace(/<[^>]*>/g, '');
const squash = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * Runs in the page: the text a reader sees, in document order, through shadow
 * roots and slots, one line per block; hidden things (scripts, `display: none`,
 * light DOM that no slot shows) are left out.
 */
function visibleText() {
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement ?? node.parentNode.host;
      if (parent.checkVisibility({ visibilityProperty: true })) out.push(node.data);
      return;
    }
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return node.childNodes.forEach(walk);
    if (node.nodeType !== Node.ELEMENT_NODE || /^(script|style|template|head)$/.test(node.localName)) return;
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length ? assigned : node.childNodes).forEach(walk);
    }
    const block = !getComputedStyle(node).display.startsWith('inline');
    if (block) out.push('\n');
    (node.shadowRoot ?? node).childNodes.forEach(walk);
    if (block) out.push('\n');
  };
  walk(document.body);
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

let server;
let browser;
before(async () => {
  // The page, and a control: the same page with the plain CDN file, which has no hydration support.
  const routes = {
    [PAGE]: reply(await ssrDemoPage()),
    '/demo/ssr/plain.html': reply(await ssrDemoPage({ script: '/cdn/news-elements.js' })),
  };
  ({ server, browser } = await startSuite({ routes }));
});
after(() => stopSuite({ server, browser }));

test(
  'without JavaScript the server-rendered page shows the headline, every paragraph, the photo with its credit and the related links',
  skipForGap('no-javascript'),
  async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 1000, height: 900 });
    await page.goto(`${server.url}${PAGE}`, { waitUntil: 'load' });
    assert.equal(await page.evaluate(() => customElements.get('news-article')), undefined, 'no script ran');

    const text = await page.evaluate(visibleText);
    if (process.env.SHOW_TEXT) console.log(text);
    const lines = text.split('\n');

    const headline = await page.evaluate(() => {
      const h = document.querySelector('#story').shadowRoot.querySelector('[part~="headline"]');
      return { tag: h.localName, text: h.textContent.trim(), visible: h.checkVisibility() };
    });
    assert.deepEqual(headline, { tag: 'h1', text: seed.headline, visible: true });
    assert.ok(lines.includes(seed.headline), 'the headline is a line of its own');
    assert.ok(text.includes(seed.description));

    const blocks = seed.body.filter((b) => b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote');
    assert.ok(blocks.filter((b) => b.type === 'paragraph').length >= 15);
    for (const block of blocks) {
      const expected = squash(words(block.text));
      assert.ok(
        lines.some((line) => squash(line) === expected),
        `"${expected.slice(0, 50)}…" is visible as a line`,
      );
    }

    // The photo: loaded, its box reserved, its credit labelled.
    const figure = await page.evaluate(() => {
      const root = document.querySelector('#photo').shadowRoot;
      const img = root.querySelector('img');
      return {
        loaded: img.complete && img.naturalWidth > 0,
        box: [img.getAttribute('width'), img.getAttribute('height')],
        alt: img.alt,
        credit: root.querySelector('[part~="credit"]').textContent.replace(/\s+/g, ' ').trim(),
        creditVisible: root.querySelector('[part~="credit"]').checkVisibility(),
      };
    });
    assert.deepEqual(figure, {
      loaded: true,
      box: ['1600', '1067'],
      alt: photo.alt,
      credit: `Photo: ${photo.credit}`,
      creditVisible: true,
    });
    assert.ok(text.includes(`Photo: ${photo.credit}`));
    assert.ok(text.includes(photo.caption));

    // The related links: real links a crawler can follow, in the standalone block and in the story.
    for (const id of ['#related', '#story']) {
      const links = await page.evaluate(
        (id) =>
          [...document.querySelector(id).shadowRoot.querySelectorAll('[part~="related"] a[href]')]
            .filter((a) => a.checkVisibility())
            .map((a) => ({ href: a.href, text: a.textContent.trim() })),
        id,
      );
      for (const link of related.links) {
        assert.ok(
          links.some((l) => l.href === link.url && l.text === link.title),
          `${id}: a link to ${link.url}`,
        );
      }
    }

    // Structured data is there for crawlers that read it without running the page.
    const ld = await page.evaluate(() =>
      JSON.parse(document.querySelector('#story > script[type="application/ld+json"]').text),
    );
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, seed.headline);

    await page.close();
  },
);

/** Loads a page and records, from the moment parsing ends to hydration, every change to the three elements. */
async function watchHydration(path) {
  const { page, errors } = await newTab(browser, { console: ['error', 'warn'] });
  await page.evaluateOnNewDocument(() => {
    const watch = (window.watch = { changes: [], events: [] });
    for (const type of ['news-load', 'news-error', 'news-link-click']) {
      document.addEventListener(type, (event) =>
        watch.events.push({
          type,
          tag: event.target.localName,
          detail: type === 'news-link-click' ? event.detail : undefined,
        }),
      );
    }
    // The reader's click is reported; the test stays on the page.
    document.addEventListener('click', (event) => event.preventDefault());
    // Module scripts run after parsing ends: the elements are still the server's here.
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const hosts = [...document.querySelectorAll('news-article, news-photo, news-related')];
      watch.definedBefore = hosts.some((host) => customElements.get(host.localName));
      watch.hosts = hosts;
      watch.nodes = hosts.map((host) => [...host.shadowRoot.querySelectorAll('*')]);
      watch.html = hosts.map((host) => host.shadowRoot.innerHTML + host.innerHTML);
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          // Writing the value an attribute already has changes nothing a reader could see.
          if (r.type === 'attributes' && r.oldValue === r.target.getAttribute(r.attributeName)) continue;
          watch.changes.push(`${r.type} <${r.target.nodeName.toLowerCase()}> ${r.attributeName ?? ''}`.trim());
        }
      });
      const options = {
        subtree: true,
        childList: true,
        attributes: true,
        attributeOldValue: true,
        characterData: true,
      };
      for (const host of hosts) {
        observer.observe(host, options);
        observer.observe(host.shadowRoot, options);
      }
    });
  });
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => window.watch.events.filter((e) => e.type === 'news-load').length === 3);
  return { page, errors };
}

test(
  'without JavaScript the video facade still works: its button opens the video on YouTube in a new tab',
  skipForGap('no-javascript'),
  async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    const outside = [];
    page.on('request', (request) => request.url().startsWith(server.url) || outside.push(request.url()));
    await page.goto(`${server.url}${PAGE}`, { waitUntil: 'load' });
    const youtube = browser.waitForTarget((target) => target.url().startsWith('https://www.youtube.com/'), {
      timeout: 20000,
    });
    await page.click('#story >>> button[part~="play"]');
    // No network here, so the new tab only gets as far as asking; the story stays where it was.
    assert.equal((await youtube).url(), 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    assert.equal(page.url(), `${server.url}${PAGE}`);
    assert.deepEqual(outside, [], 'the story’s own tab asked nothing of YouTube');
    await (await (await youtube).page())?.close();
    await page.close();
  },
);

test('with JavaScript the elements hydrate: the DOM the server sent stays as it was, node for node', async () => {
  const { page, errors } = await watchHydration(PAGE);
  const result = await page.evaluate(() => {
    const { hosts, nodes, html, changes, definedBefore } = window.watch;
    return {
      definedBefore,
      defined: hosts.map((host) => customElements.get(host.localName) === host.constructor),
      changes,
      sameNodes: hosts.map(
        (host, i) => nodes[i].length > 0 && nodes[i].every((node) => node.getRootNode() === host.shadowRoot),
      ),
      sameHtml: hosts.map((host, i) => host.shadowRoot.innerHTML + host.innerHTML === html[i]),
      states: hosts.map((host) => host.state),
    };
  });
  assert.deepEqual(result, {
    definedBefore: false,
    defined: [true, true, true],
    changes: [],
    sameNodes: [true, true, true],
    sameHtml: [true, true, true],
    states: ['ready', 'ready', 'ready'],
  });
  assert.deepEqual(await page.evaluate(() => window.watch.events.map((e) => `${e.type} ${e.tag}`).sort()), [
    'news-load news-article',
    'news-load news-photo',
    'news-load news-related',
  ]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the control: without hydration support the page is rendered again on the client, once, with one warning', async () => {
  const { page, errors } = await watchHydration('/demo/ssr/plain.html');
  const changes = await page.evaluate(() => window.watch.changes.length);
  assert.ok(changes > 0, 'the client render shows up as changes');
  // Not silently: one warning for the page (it has several server-rendered elements), naming the fix.
  assert.deepEqual(
    errors.filter((text) => text.includes('hydration support is not loaded')).length,
    1,
    errors.join('\n'),
  );
  assert.match(
    errors.find((text) => text.includes('hydration support')),
    /news-elements\/hydrate\.js/,
  );
  // The plain CDN file replaces the server's shadow content rather than adding a second copy.
  const counts = await page.evaluate(() => {
    const root = document.querySelector('#story').shadowRoot;
    return {
      headlines: root.querySelectorAll('[part~="headline"]').length,
      articles: root.querySelectorAll('article').length,
    };
  });
  assert.deepEqual(counts, { headlines: 1, articles: 1 });
  await page.close();
});

test('after hydration, events and updates work: link clicks, the video facade, a new attribute', async () => {
  const { page, errors } = await watchHydration(PAGE);

  await page.click('#related >>> a[part~="related-link"]');
  await page.click('#story >>> a[data-kind="inline"]');
  const clicks = await page.evaluate(() => window.watch.events.filter((e) => e.type === 'news-link-click'));
  assert.deepEqual(clicks, [
    {
      type: 'news-link-click',
      tag: 'news-related',
      detail: { url: related.links[0].url, title: related.links[0].title, kind: 'related' },
    },
    {
      type: 'news-link-click',
      tag: 'news-article',
      detail: { url: 'https://www.dailymail.co.uk/', title: 'Daily Mail', kind: 'inline' },
    },
  ]);

  // The facade's button was wired by hydration: activating it brings the player.
  await page.click('#story >>> button[part~="play"]');
  await page.waitForFunction(() => document.querySelector('#story').shadowRoot.querySelector('iframe'));
  assert.match(
    await page.evaluate(() => document.querySelector('#story').shadowRoot.querySelector('iframe').src),
    /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/,
  );

  // The hydrated template is live: a new attribute re-renders the parts it touches.
  await page.evaluate(() => document.querySelector('#related').setAttribute('limit', '1'));
  await page.waitForFunction(
    () => document.querySelector('#related').shadowRoot.querySelectorAll('a[part~="related-link"]').length === 1,
  );
  await page.evaluate(() => document.querySelector('#story').setAttribute('heading-level', '2'));
  await page.waitForFunction(
    () => document.querySelector('#story').shadowRoot.querySelector('[part~="headline"]').localName === 'h2',
  );
  assert.deepEqual(
    errors.filter((e) => !/youtube/.test(e)),
    [],
  );
  await page.close();
});
