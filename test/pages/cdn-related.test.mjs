// The no-build route for related links: a page that loads only cdn/news-elements.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSuite, stopSuite } from '../support/server.mjs';
import { open } from '../support/page.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startSuite()));
after(() => stopSuite({ server, browser }));

async function openAt(width) {
  const { page, errors } = await open(browser, `${server.url}/test/pages/fixtures/cdn-related.html`, {
    viewport: { width, height: 900 },
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('news-related')].every((el) => el.getAttribute('state') === 'ready'),
  );
  return { page, errors };
}

test('cdn/news-elements.js alone renders <news-related src layout="cards">', async () => {
  const { page, errors } = await openAt(1280);
  const cards = await page.evaluate(() => {
    const root = document.querySelector('#cards').shadowRoot;
    return {
      label: root.querySelector('nav').getAttribute('aria-label'),
      heading: root.querySelector('nav > h2').textContent,
      columns: getComputedStyle(root.querySelector('ul')).gridTemplateColumns.split(' ').length,
      items: [...root.querySelectorAll('li')].map((li) => ({
        href: li.querySelector('a').href,
        kind: li.querySelector('a').dataset.kind,
        title: li.querySelector('a').textContent,
        label: li.querySelector('[part~="related-label"]').textContent,
        img: li.querySelector('img').src,
        loading: li.querySelector('img').getAttribute('loading'),
        box: li.querySelector('img').getBoundingClientRect().height,
        time: li.querySelector('time').getAttribute('datetime'),
      })),
    };
  });
  assert.equal(cards.label, 'More on Afghanistan');
  assert.equal(cards.heading, 'More on Afghanistan');
  assert.equal(cards.columns, 3);
  assert.equal(cards.items.length, 3);
  assert.deepEqual(cards.items[0], {
    href: 'https://example.com/us/biden-administration-border-policy-migrant-night-flights',
    kind: 'related',
    title:
      'Biden Administration Hides Border Policy Consequences, Secretly Flying Hundreds of Minor Migrants to New York at Night',
    label: 'Read Also',
    img: `${server.url}/demo/images/related-1.jpg`,
    loading: 'lazy',
    box: cards.items[0].box,
    time: '2021-10-19T22:10:00Z',
  });
  assert.ok(cards.items[0].box > 100, 'the thumbnail has its box');

  const list = await page.evaluate(() => {
    const root = document.querySelector('#list').shadowRoot;
    return {
      heading: root.querySelector('nav > h3')?.textContent,
      items: root.querySelectorAll('li').length,
      images: root.querySelectorAll('img').length,
    };
  });
  assert.deepEqual(list, { heading: 'More on Afghanistan', items: 2, images: 0 });

  // Following a link tells the page and does not stop the navigation.
  const clicked = await page.evaluate(() => {
    const result = {};
    document.addEventListener('news-link-click', (e) => (result.detail = e.detail));
    window.addEventListener('click', (e) => ((result.prevented = e.defaultPrevented), e.preventDefault()));
    document.querySelector('#cards').shadowRoot.querySelectorAll('a')[2].click();
    return result;
  });
  assert.deepEqual(clicked, {
    detail: {
      url: 'https://example.com/world/why-russia-kept-kabul-embassy-open',
      title: 'Why Russia Kept Its Kabul Embassy Open When Others Left',
      kind: 'related',
    },
    prevented: false,
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(
    server.requests.filter((url) => /\.(js|ts|mjs)(\?|$)/.test(url)),
    ['/cdn/news-elements.js'],
    'the one script',
  );
  await page.close();
});

test('on a phone the cards are one column', async () => {
  const { page, errors } = await openAt(375);
  const columns = await page.evaluate(
    () =>
      getComputedStyle(document.querySelector('#cards').shadowRoot.querySelector('ul')).gridTemplateColumns.split(' ')
        .length,
  );
  assert.equal(columns, 1);
  assert.deepEqual(errors, []);
  await page.close();
});
