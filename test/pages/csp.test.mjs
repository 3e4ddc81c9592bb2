// The policy of SECURITY.md (STRICT_CSP) sent with the page. The seed story (with `html` rich text and JSON-LD),
// a photo, a related block and a hostile document (each way in) render with no
// violation; the test's own control shows a violation would be seen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { LIT_IMPORT_MAP, reply, startSuite, stopSuite, until } from '../support/server.mjs';
import { STRICT_CSP as POLICY, newTab, pageShell } from '../support/page.mjs';

/** What a page adds to let readers play the YouTube embeds. */
const PLAYER = 'frame-src https://www.youtube-nocookie.com';

// The npm build (lit resolved by an import map, allowed by its hash) and the CDN file on one page.
const mapHash = createHash('sha256').update(LIT_IMPORT_MAP).digest('base64');
const TWICE = POLICY.replace("script-src 'self'", `script-src 'self' 'sha256-${mapHash}'`).replace(
  'news-elements',
  "news-elements 'allow-duplicates'",
);

let server;
let browser;
before(
  async () =>
    ({ server, browser } = await startSuite({
      headers: (path) => (path === '/test/pages/fixtures/csp.html' ? { 'content-security-policy': POLICY } : {}),
      routes: {
        '/twice.html': reply(
          pageShell({
            head: `<script type="importmap">${LIT_IMPORT_MAP}</script><script type="module" src="/dist/index.js"></script><script type="module" src="/cdn/news-elements.js"></script>`,
            body: '<news-article src="/demo/articles/seed.json"></news-article><news-photo src="/demo/photos/lead.json"></news-photo><news-related src="/demo/related/seed-related.json"></news-related>',
          }),
          { headers: { 'content-security-policy': TWICE } },
        ),
        '/lit-only.html': reply(
          '<!doctype html><html lang="en"><head><script type="module" src="/cdn/news-elements.js"></script></head><body><news-article jsonld src="/demo/articles/seed.json"></news-article></body></html>',
          { headers: { 'content-security-policy': POLICY.replace(' news-elements', '') } },
        ),
        '/none.html': reply(
          '<!doctype html><html lang="en"><head><script type="module" src="/cdn/news-elements.js"></script></head><body><news-article src="/demo/articles/seed.json"><p>Fallback</p></news-article></body></html>',
          {
            headers: {
              'content-security-policy': POLICY.replace('trusted-types lit-html news-elements', "trusted-types 'none'"),
            },
          },
        ),
        '/csp-player.html': async (req, res) =>
          reply(await readFile(new URL('./fixtures/csp.html', import.meta.url)), {
            headers: { 'content-security-policy': `${POLICY}; ${PLAYER}` },
          })(req, res),
      },
    })),
);
after(() => stopSuite({ server, browser }));

/** Opens a page with violation, error, console warning and trap recorders installed before anything runs. */
async function open(path) {
  const { page, errors, warnings } = await newTab(browser, {
    init: () => {
      window.violations = [];
      window.ran = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
      );
      Object.defineProperty(window, '__pwned', {
        set: (v) => {
          window.ran.push(v);
        },
      });
    },
  });
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('news-article, news-photo, news-related')].every((el) => el.state === 'ready'),
    { timeout: 10000 },
  );
  return { page, errors, warnings };
}

const IDS = ['story', 'photo', 'related', 'hostile-src', 'hostile-inline', 'hostile-data'];

test('the seed story, a photo, a related block and a hostile document render under the strict policy with no violation', async () => {
  const { page, errors } = await open('/test/pages/fixtures/csp.html');
  const seen = await page.evaluate((ids) => {
    const root = (id) => document.getElementById(id).shadowRoot;
    return {
      states: ids.map((id) => document.getElementById(id).state),
      headline: root('story').querySelector('[part~="headline"]').textContent,
      // The seed's {"html": …} paragraph: its link is an element, not text.
      links: [...root('story').querySelectorAll('[part~="paragraph"] a[part~="link"]')].map((a) => a.href),
      jsonld: JSON.parse(document.querySelector('#story > script[type="application/ld+json"]').text)['@type'],
      photo: root('photo').querySelector('img').getAttribute('width'),
      cards: root('related').querySelectorAll('[part~="related-item"] img').length,
      // The reserved box and focal point come through the CSSOM, which style-src 'self' allows.
      ratio: getComputedStyle(root('photo').querySelector('img')).aspectRatio,
      hostileHeadline: root('hostile-data').querySelector('[part~="headline"]').textContent,
      hostileElements: ids
        .slice(3)
        .map(
          (id) =>
            root(id).querySelectorAll(
              'script, style, iframe, object, embed, base, meta, form:not([action="https://www.youtube.com/watch"]), input:not([type="hidden"]), svg:not([part~="play-icon"]), math',
            ).length,
        ),
      page: document.querySelector('#page').outerHTML,
    };
  }, IDS);
  assert.deepEqual(
    seen.states,
    IDS.map(() => 'ready'),
  );
  assert.match(seen.headline, /Russia Seeks To Exert Influence/);
  assert.ok(seen.links.includes('https://edition.cnn.com/'), seen.links.join(' '));
  assert.equal(seen.jsonld, 'NewsArticle');
  assert.equal(seen.photo, '1600');
  assert.equal(seen.cards, 3);
  assert.equal(seen.ratio, 'auto 1600 / 1067');
  assert.equal(seen.hostileHeadline, '<script>top.__pwned=1</script>', 'markup in a document is shown as text');
  assert.deepEqual(seen.hostileElements, [0, 0, 0]);
  assert.equal(seen.page, '<main id="page"><h1>The host page</h1><p>Nothing in a document may change this.</p></main>');
  await new Promise((resolve) => setTimeout(resolve, 300)); // late image errors, late violations
  assert.deepEqual(await page.evaluate(() => window.ran), [], 'no payload ran');
  assert.deepEqual(
    await page.evaluate(() => window.violations),
    [],
    'no Content-Security-Policy or Trusted Types violation',
  );
  assert.deepEqual(errors, []);

  // The control: the same listener does see a Trusted Types violation when one happens.
  await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>not trusted</b>';
    } catch {
      // blocked, as it should be
    }
  });
  await page.waitForFunction(() => window.violations.length > 0);
  assert.match((await page.evaluate(() => window.violations))[0], /^require-trusted-types-for/);
  await page.close();
});

test('playing a video needs frame-src for youtube-nocookie.com; with it, no violation', async () => {
  const play = async (page) => {
    await page.evaluate(() =>
      document.querySelector('#story').shadowRoot.querySelector('button[part~="play"]').click(),
    );
    await page.waitForFunction(() =>
      document.querySelector('#story').shadowRoot.querySelector('iframe[part~="video-player"]'),
    );
    // A violation is reported a little after the frame is refused; where none is expected, this is how long we look.
    await until(() => page.evaluate(() => window.violations.length > 0), 1000);
    return page.evaluate(() => window.violations);
  };
  const strict = await open('/test/pages/fixtures/csp.html');
  const blocked = await play(strict.page);
  assert.equal(blocked.length, 1);
  assert.match(blocked[0], /^frame-src: https:\/\/www\.youtube-nocookie\.com/);
  await strict.page.close();

  const allowed = await open('/csp-player.html');
  assert.deepEqual(await play(allowed.page), []);
  assert.deepEqual(allowed.errors, []);
  await allowed.page.close();
});

test("the npm build and the CDN file on one strict page: with 'allow-duplicates' (two copies of Lit each create lit-html), nothing thrown, no violation", async () => {
  const { page, errors, warnings } = await open('/twice.html');
  // The second module graph may still be evaluating: its warnings come when it defines the tags.
  await until(() => warnings.length >= 1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.deepEqual(errors, []);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.equal(
    warnings.filter((w) =>
      /<news-photo>, <news-article>, <news-related> are already defined; keeping the existing definition\.$/.test(w),
    ).length,
    1,
  );
  await page.close();
});

test('with only lit-html allowed, the story renders and one warning says why its JSON-LD is blocked', async () => {
  const { page, errors, warnings } = await open('/lit-only.html');
  assert.deepEqual(errors, []);
  assert.deepEqual(
    warnings.filter((text) => text.includes('Trusted Types')),
    [
      '[news-elements] Trusted Types: the page does not allow the policy "news-elements", so the JSON-LD of <news-article jsonld> may be blocked; add news-elements to the trusted-types directive',
    ],
  );
  await page.close();
});

test("with trusted-types 'none', Lit cannot create its policy: no element is defined and the fallback content stays (as SECURITY.md says)", async () => {
  const page = await browser.newPage();
  // The library's module fails as it loads: that error is the sign it has run.
  const failed = new Promise((resolve) => page.once('pageerror', (error) => resolve(error.message)));
  await page.goto(`${server.url}/none.html`);
  assert.match(await failed, /lit-html/);
  assert.equal(await page.evaluate(() => customElements.get('news-article')), undefined);
  assert.equal(await page.evaluate(() => document.querySelector('news-article').textContent), 'Fallback');
  await page.close();
});
