// The `format` attribute: what src, inline JSON or data supplies in another format is
// converted by its adapter (loaded on demand) before validation, as a reader sees it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsArticle } from '../../src/news-article/news-article.component.js';
import type { NewsPhoto } from '../../src/news-photo/news-photo.component.js';
import type { Issue } from '../../src/model/issues.js';
import { $, $$ } from '../helpers.js';

const FIXTURES = '/test/adapters/fixtures';
const fixtureJson = async (path: string) => (await fetch(`${FIXTURES}/${path}`)).json();
const headline = (el: Element) => $(el, '[part~="headline"]')?.textContent?.trim();
const paragraphs = (el: Element) => $$(el, '[part~="paragraph"]').map((p) => p.textContent?.trim());
const settled = (el: NewsArticle | NewsPhoto) =>
  waitUntil(() => el.state === 'ready' || el.state === 'error', 'settled', { timeout: 5000 });
/** The modules the page has requested so far whose path has `part` in it. */
const requested = (part: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(part));

/** console.warn while `run` runs, collected instead of printed. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const warn = console.warn;
  const logged: string[] = [];
  console.warn = (message: string) => logged.push(message);
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return logged;
}

describe('format', () => {
  // First: nothing before it in this file has asked for the adapters.
  it('a page without format never loads the adapters', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article .data=${{ headline: 'Ours', body: [{ type: 'paragraph', text: 'Plain' }] }}></news-article>`,
    );
    await el.updateComplete;
    expect(headline(el)).to.equal('Ours');
    expect(requested('/src/adapters/'), 'no adapter module requested').to.deep.equal([]);
  });

  it('src + format="wordpress": a REST API post renders, and the adapter was loaded for it', async () => {
    const el = document.createElement('news-article');
    el.setAttribute('format', 'wordpress');
    el.src = `${FIXTURES}/wordpress/frontity-post-60.json`;
    const loaded = oneEvent(el, 'news-load');
    await warnings(async () => {
      await fixture(html`<div>${el}</div>`);
      await loaded;
    });
    expect(headline(el)).to.equal('The Beauties of Gullfoss');
    expect($(el, '[part~="lead"] img').getAttribute('src')).to.equal(
      'https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test.jpg',
    );
    expect($(el, '[part~="lead"] img').getAttribute('alt')).to.equal('iceland');
    expect(paragraphs(el).join(' ')).to.contain('Gullfoss is one of the most popular');
    expect(requested('/src/adapters/convert')).to.have.length(1);
  });

  it('data + format="ans": adapter warnings are listed first, with their source path and format, and logged', async () => {
    const story = await fixtureJson('ans/story-fixture-tiny-house.json');
    const el = document.createElement('news-article');
    el.format = 'ans';
    el.data = story;
    const loaded = oneEvent(el, 'news-load');
    let detail!: { warnings: Issue[] };
    const logged = await warnings(async () => {
      await fixture(html`<div>${el}</div>`);
      ({ detail } = await loaded);
    });
    expect(headline(el)).to.match(/^Tiny house, big benefits/);
    expect(detail.warnings[0]).to.deep.equal({
      path: 'content_elements[7].type',
      message: '"custom_embed" has no block in our document: left out',
      source: 'ans',
    });
    expect(
      detail.warnings.filter((w) => !w.source).every((w) => /^(body|image|description)/.test(w.path)),
      'the model’s paths are in our document',
    ).to.be.true;
    expect(logged.join('\n')).to.contain('[ans] content_elements[7].type: "custom_embed" has no block');
  });

  it('inline JSON + format="schema.org": articleBody becomes paragraphs', async () => {
    const jsonld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'From JSON-LD',
      articleBody: 'First paragraph.\n\nSecond paragraph.',
    };
    const el = await fixture<NewsArticle>(
      html`<news-article format="schema.org"><script type="application/json">${JSON.stringify(jsonld)}</script></news-article>`,
    );
    await settled(el);
    expect(headline(el)).to.equal('From JSON-LD');
    expect(paragraphs(el)).to.deep.equal(['First paragraph.', 'Second paragraph.']);
  });

  it('changing format converts the same input again and re-renders', async () => {
    const jsonld = { '@type': 'NewsArticle', headline: 'Same input', articleBody: 'Only the adapter reads this.' };
    const el = await fixture<NewsArticle>(html`<news-article .data=${jsonld}></news-article>`);
    await el.updateComplete;
    // Read as our document, the headline is the same field and articleBody is unknown.
    expect(headline(el)).to.equal('Same input');
    expect(paragraphs(el)).to.deep.equal([]);
    const loaded = oneEvent(el, 'news-load');
    el.setAttribute('format', 'schema.org');
    await loaded;
    expect(paragraphs(el)).to.deep.equal(['Only the adapter reads this.']);
    el.removeAttribute('format');
    await el.updateComplete;
    expect(paragraphs(el)).to.deep.equal([]);
  });

  it('format="html": data is the HTML, and src is fetched as text even when served as text/html', async () => {
    const page =
      '<html lang="en"><body><article><h1>From HTML</h1><p>A <a href="/more">linked</a> paragraph.</p></article></body></html>';
    const el = await fixture<NewsArticle>(html`<news-article format="html" .data=${page}></news-article>`);
    await settled(el);
    expect(headline(el)).to.equal('From HTML');
    expect(paragraphs(el)).to.deep.equal(['A linked paragraph.']);

    const fetched = document.createElement('news-article');
    fetched.format = 'html';
    fetched.src = `/fixture/echo?type=text/html&body=${encodeURIComponent(page.replace('From HTML', 'Fetched HTML'))}`;
    await warnings(async () => {
      await fixture(html`<div>${fetched}</div>`);
      await settled(fetched);
    });
    expect(fetched.state).to.equal('ready');
    expect(headline(fetched)).to.equal('Fetched HTML');
    // Relative links resolve against where the HTML came from.
    expect(($(fetched, '[part~="paragraph"] a') as HTMLAnchorElement).href).to.equal(
      new URL('/more', location.href).href,
    );
  });

  it('an unknown format is an error that names the attribute; the page goes on', async () => {
    const el = document.createElement('news-article');
    el.setAttribute('format', 'rss');
    el.data = { headline: 'Never shown' };
    const failed = oneEvent(el, 'news-error');
    const logged = await warnings(async () => {
      await fixture(html`<div>${el}</div>`);
      await failed;
    });
    const { detail } = await failed;
    expect(el.state).to.equal('error');
    expect(detail.message).to.contain('format="rss"');
    expect(detail.message).to.contain('wordpress, ans, schema.org, html');
    expect($(el, '[part~="error"]').getAttribute('role')).to.equal('alert');
    expect(logged.join('\n')).to.contain('format="rss"');
  });

  it('a source the adapter cannot make an article of: the error lists the adapter’s warnings too', async () => {
    const el = document.createElement('news-article');
    el.format = 'ans';
    el.data = await fixtureJson('ans/code-fixture-good.json');
    const failed = oneEvent(el, 'news-error');
    await warnings(async () => {
      await fixture(html`<div>${el}</div>`);
      await failed;
    });
    const { detail } = await failed;
    expect(detail.issues.map((i: Issue) => i.path)).to.include.members(['headline', 'headlines.basic']);
    expect(detail.issues.find((i: Issue) => i.path === 'headlines.basic').source).to.equal('ans');
  });

  it('<news-photo> reads format="news" only: another format is an error naming the element', async () => {
    const el = document.createElement('news-photo');
    el.setAttribute('format', 'wordpress');
    el.data = { src: '/demo/images/lead-400.jpg', alt: 'a' };
    const failed = oneEvent(el, 'news-error');
    await warnings(async () => {
      await fixture(html`<div>${el}</div>`);
      await failed;
    });
    const { detail } = await failed;
    expect(detail.message).to.contain('<news-photo>');
    expect(detail.message).to.contain('format="news"');

    const plain = await fixture<NewsPhoto>(
      html`<news-photo format="news" .data=${{ src: '/demo/images/lead-400.jpg', alt: 'a', caption: 'As it is' }}></news-photo>`,
    );
    await settled(plain);
    expect(plain.state).to.equal('ready');
  });
});
