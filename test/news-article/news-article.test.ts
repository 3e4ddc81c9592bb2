import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { lacks, resizeViewport, whilePrinted } from '../support/engine.js';
import '../../src/news-article/news-article.js';
import type { NewsArticle } from '../../src/news-article/news-article.component.js';
import { $, $$, axeViolations, captureWarnings, clickLink, renderElement } from '../helpers.js';

const photo = (n: number, extra: Record<string, unknown> = {}) => ({
  src: `/demo/images/related-${n}.jpg`,
  width: 640,
  height: 360,
  alt: `Picture ${n}`,
  credit: `AGENCY ${n}`,
  ...extra,
});

/** A story with every field and every block type of the contract. */
const story = {
  headline: 'Moscow talks end with a call for aid',
  lang: 'en',
  section: 'World',
  description: [{ text: 'Delegations', strong: true }, ' agreed on a joint statement.'],
  authors: [
    { name: 'Ann Lee', url: 'https://news.example/ann' },
    { name: 'Bo Chen' },
    { name: 'Cy Diaz', url: '/authors/cy' },
  ],
  datePublished: '2021-10-20T15:30:00Z',
  dateModified: '2021-10-20T18:45:00Z',
  image: { ...photo(1), caption: 'The lead caption.', title: 'RUSSIA-AFGHANISTAN-DIPLOMACY-CONFLICT' },
  body: [
    {
      type: 'paragraph',
      text: { html: 'First <em>paragraph</em> citing <a href="https://source.example/">Source</a>.' },
    },
    { type: 'heading', text: 'A section' },
    { type: 'heading', text: 'A subsection', level: 3 },
    { type: 'heading', text: 'A sub-subsection', level: 4 },
    { type: 'photo', ...photo(2, { caption: 'A body photo.' }) },
    { type: 'quote', text: 'Isolating Afghanistan is in no one’s interests.', cite: 'Abdul Salam Hanafi' },
    { type: 'list', items: ['one', 'two'] },
    { type: 'list', ordered: true, items: ['first', [{ text: 'second', em: true }]] },
    { type: 'link', title: 'An earlier story', url: 'https://news.example/earlier' },
    { type: 'link', title: 'Another story', url: 'https://news.example/another', label: 'Analysis' },
    { type: 'related', title: 'In this story', links: [{ url: 'https://news.example/r1', title: 'Inline related' }] },
    { type: 'divider' },
    {
      type: 'embed',
      provider: 'youtube',
      id: 'dQw4w9WgXcQ',
      title: 'The talks on video',
      start: 42,
      caption: 'Video caption.',
    },
    {
      type: 'embed',
      provider: 'youtube',
      id: 'aaaaaaaaaaa',
      title: 'Poster video',
      poster: photo(3, { credit: 'POSTER CREDIT' }),
    },
  ],
  related: { links: [{ url: 'https://news.example/r2', title: 'After the body', image: photo(2) }] },
  tags: ['Russia', 'Afghanistan'],
  publisher: { name: 'Example News', url: 'https://news.example/', logo: '/demo/images/publisher-logo.png' },
};

const render = (data: unknown, attrs: Record<string, string> = {}, props: Partial<NewsArticle> = {}) =>
  renderElement<NewsArticle>('news-article', data, attrs, props);
/** Renders the document fetched from `src` (no `data`, so `src` is what loads). */
const renderSrc = (src: string) => render(undefined, { src });
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();
const dateIn = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
const dateTimeIn = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/** Every URL the page or the element asked for or points at, to check that nothing reaches YouTube early. */
function youtubeTraffic(el: Element, since: number): string[] {
  const requested = performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime >= since)
    .map((e) => e.name);
  const referenced = $$(el, '[src], [srcset], [href], [poster]').flatMap((node) =>
    ['src', 'srcset', 'href', 'poster'].map((name) => node.getAttribute(name) ?? ''),
  );
  return [...requested, ...referenced].filter((url) => /youtube|ytimg|ggpht|googlevideo/i.test(url));
}

describe('<news-article>', () => {
  afterEach(() => resizeViewport({ width: 800, height: 600 }));

  it('renders the header: kicker, headline, standfirst, linked byline through Intl.ListFormat, dates with "Updated"', async () => {
    const { el, warnings } = await render(story);
    expect(warnings).to.deep.equal([]);
    expect(el.state).to.equal('ready');
    const article = $(el, 'article[part~="article"]');
    expect(article.getAttribute('lang')).to.equal('en');
    expect(text($(el, 'header [part~="section"]'))).to.equal('World');
    expect($(el, 'header h2[part~="headline"]').textContent).to.equal(story.headline);
    expect($(el, '[part~="standfirst"] strong').textContent).to.equal('Delegations');
    expect(text($(el, '[part~="byline"]'))).to.equal('By Ann Lee, Bo Chen, and Cy Diaz');
    const authors = $$(el, '[part~="author"]');
    expect(authors.map((a) => a.localName)).to.deep.equal(['a', 'span', 'a']);
    expect((authors[0] as HTMLAnchorElement).href).to.equal('https://news.example/ann');
    expect(authors[0].getAttribute('rel')).to.equal('author');
    const published = $(el, 'time[part~="date-published"]');
    expect(published.getAttribute('datetime')).to.equal(story.datePublished);
    expect(published.textContent).to.equal(dateIn(story.datePublished, 'en'));
    const modified = $(el, '[part~="date-modified"]');
    expect(text(modified)).to.equal(`Updated ${dateTimeIn(story.dateModified, 'en')}`);
    expect(modified.querySelector('time')!.getAttribute('datetime')).to.equal(story.dateModified);
  });

  it('leaves "Updated" out when dateModified is not later than datePublished', async () => {
    const same = await render({ ...story, dateModified: story.datePublished });
    expect($(same.el, '[part~="date-modified"]')).to.equal(null);
    const earlier = await render({ ...story, dateModified: '2021-10-19T00:00:00Z' });
    expect($(earlier.el, '[part~="date-modified"]')).to.equal(null);
    expect($(earlier.el, '[part~="date-published"]')).to.not.equal(null);
  });

  it('shows the lead photo eagerly with high priority and its labelled credit; body photos are lazy', async () => {
    const { el } = await render(story);
    const lead = $(el, '[part~="lead"] img') as HTMLImageElement;
    expect(lead.getAttribute('loading')).to.equal('eager');
    expect(lead.getAttribute('fetchpriority')).to.equal('high');
    expect(text($(el, '[part~="lead"] figcaption'))).to.equal(
      'The lead caption. Photo: AGENCY 1 RUSSIA-AFGHANISTAN-DIPLOMACY-CONFLICT',
    );
    const body = $$(el, '[part~="body"] > figure[part~="figure"] img');
    expect(body).to.have.length(1);
    expect(body[0].getAttribute('loading')).to.equal('lazy');
    expect(body[0].getAttribute('decoding')).to.equal('async');
    expect(body[0].hasAttribute('fetchpriority')).to.equal(false);
    expect(text($(el, '[part~="body"] > figure figcaption'))).to.equal('A body photo. Photo: AGENCY 2');
    // Only one image in the whole story asks for priority.
    expect($$(el, 'img[fetchpriority]')).to.have.length(1);
  });

  it('renders every block type in order', async () => {
    const { el } = await render(story);
    const kinds = [...$(el, '[part~="body"]').children].map(
      (c) => `${c.localName}${c.getAttribute('part') ? `.${c.getAttribute('part')}` : ''}`,
    );
    expect(kinds).to.deep.equal([
      'p.paragraph',
      'h3.heading',
      'h4.heading',
      'h5.heading',
      'figure.figure',
      'figure.quote',
      'ul.list',
      'ol.list',
      'p.promo',
      'p.promo',
      'nav.related',
      'hr.divider',
      'figure.video',
      'figure.video',
    ]);
    const paragraph = $(el, '[part~="paragraph"]');
    expect(text(paragraph)).to.equal('First paragraph citing Source.');
    expect(paragraph.querySelector('em')!.textContent).to.equal('paragraph');
    expect(paragraph.querySelector('a')!.dataset.kind).to.equal('inline');

    expect(text($(el, '[part~="quote"] blockquote'))).to.equal('Isolating Afghanistan is in no one’s interests.');
    expect(text($(el, '[part~="quote"] figcaption cite'))).to.equal('Abdul Salam Hanafi');
    expect($$(el, 'ul[part~="list"] > li').map(text)).to.deep.equal(['one', 'two']);
    expect($$(el, 'ol[part~="list"] > li').map(text)).to.deep.equal(['first', 'second']);
    expect($(el, 'ol[part~="list"] em').textContent).to.equal('second');

    const [readAlso, analysis] = $$(el, '[part~="promo"]');
    expect(text(readAlso.querySelector('[part~="promo-label"]'))).to.equal('Read also');
    expect(text(analysis.querySelector('[part~="promo-label"]'))).to.equal('Analysis');
    const promo = readAlso.querySelector('a')!;
    expect(promo.href).to.equal('https://news.example/earlier');
    expect(promo.textContent).to.equal('An earlier story');
    expect(promo.dataset.kind).to.equal('body');

    const inBody = $(el, '[part~="body"] > nav[part~="related"]');
    expect(inBody.getAttribute('aria-label')).to.equal('In this story');
    expect(inBody.querySelector('a')!.dataset.kind).to.equal('related');
  });

  it('renders article.related after the body, then tags and the publisher', async () => {
    const { el } = await render(story);
    const article = $(el, 'article');
    const order = [...article.children].map((c) => `${c.localName}.${c.getAttribute('part')}`);
    expect(order).to.deep.equal(['header.header', 'div.lead', 'div.body', 'nav.related', 'footer.footer']);
    const after = article.children[3];
    expect(after.getAttribute('aria-label')).to.equal('Related');
    expect(text(after.querySelector('a'))).to.equal('After the body');
    expect($$(el, 'ul[part~="tags"] > li[part~="tag"]').map(text)).to.deep.equal(['Russia', 'Afghanistan']);
    expect($(el, 'ul[part~="tags"]').getAttribute('aria-label')).to.equal('Tags');
    const publisher = $(el, '[part~="publisher"]');
    expect((publisher.querySelector('a') as HTMLAnchorElement).href).to.equal('https://news.example/');
    expect(text(publisher)).to.equal('Example News');
    const logo = publisher.querySelector('img')!;
    expect(logo.src).to.equal(new URL('/demo/images/publisher-logo.png', location.href).href);
    expect(logo.getAttribute('alt')).to.equal('', 'the name is written next to it');
  });

  it('leaves out what the document does not give', async () => {
    const { el } = await render({ headline: 'Only a headline' });
    expect([...$(el, 'article').children].map((c) => c.localName)).to.deep.equal(['header']);
    expect([...$(el, 'header').children].map((c) => c.localName)).to.deep.equal(['h2']);
  });

  it("with jsonld, replaces a server's JSON-LD when data brings another article", async () => {
    // Server output carries its document's JSON-LD; a page that sets `data` before the upgrade shows another article.
    const server = Object.assign(document.createElement('script'), {
      type: 'application/ld+json',
      text: '{"@type":"NewsArticle","headline":"From the server"}',
    });
    const prerendered = document.createElement('news-article') as NewsArticle;
    prerendered.setAttribute('jsonld', '');
    prerendered.append(server);
    prerendered.data = { headline: 'From data' };
    const loaded = oneEvent(prerendered, 'news-load');
    document.body.append(prerendered);
    await loaded;
    await prerendered.updateComplete;
    const scripts = [...prerendered.querySelectorAll('script[type="application/ld+json"]')] as HTMLScriptElement[];
    expect(scripts.map((script) => JSON.parse(script.text).headline)).to.deep.equal(['From data']);
    prerendered.remove();
  });

  describe('heading levels', () => {
    const levels = async (attrs: Record<string, string>) => {
      const { el } = await render(story, attrs);
      return {
        headline: $(el, '[part~="headline"]').localName,
        body: $$(el, '[part~="body"] > [part~="heading"]').map((h) => h.localName),
        related: $$(el, 'nav[part~="related"] > :first-child').map((h) => h.localName),
      };
    };

    it('puts the headline at h2 by default; body levels follow it, related headings sit one below it', async () => {
      expect(await levels({})).to.deep.equal({ headline: 'h2', body: ['h3', 'h4', 'h5'], related: ['h3', 'h3'] });
    });

    it('follows heading-level, capped at h6', async () => {
      expect(await levels({ 'heading-level': '1' })).to.deep.equal({
        headline: 'h1',
        body: ['h2', 'h3', 'h4'],
        related: ['h2', 'h2'],
      });
      expect(await levels({ 'heading-level': '4' })).to.deep.equal({
        headline: 'h4',
        body: ['h5', 'h6', 'h6'],
        related: ['h5', 'h5'],
      });
      expect(await levels({ 'heading-level': '6' })).to.deep.equal({
        headline: 'h6',
        body: ['h6', 'h6', 'h6'],
        related: ['h6', 'h6'],
      });
    });

    it('treats an unusable heading-level as the nearest valid one, or the default', async () => {
      expect((await levels({ 'heading-level': '9' })).headline).to.equal('h6');
      expect((await levels({ 'heading-level': '0' })).headline).to.equal('h2');
      expect((await levels({ 'heading-level': 'big' })).headline).to.equal('h2');
    });

    it('re-renders when heading-level changes', async () => {
      const { el } = await render(story);
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect($(el, '[part~="headline"]').localName).to.equal('h3');
      expect($(el, '[part~="body"] > [part~="heading"]').localName).to.equal('h4');
    });
  });

  describe('languages', () => {
    it('writes byline, dates and labels in the document’s language (French)', async () => {
      const { el } = await render({ ...story, lang: 'fr' });
      expect(text($(el, '[part~="byline"]'))).to.equal('Par Ann Lee, Bo Chen et Cy Diaz');
      expect($(el, '[part~="date-published"]').textContent).to.equal(dateIn(story.datePublished, 'fr'));
      expect($(el, '[part~="date-published"]').textContent).to.match(/20 octobre 2021/);
      expect(text($(el, '[part~="date-modified"]'))).to.equal(`Mis à jour ${dateTimeIn(story.dateModified, 'fr')}`);
      expect(text($(el, '[part~="promo-label"]'))).to.equal('À lire aussi');
      expect($(el, '[part~="credit-label"]').textContent).to.equal('Photo\u00a0:');
      expect($(el, '[part~="play"]').getAttribute('aria-label')).to.equal(
        'Lire la vidéo: The talks on video (YouTube)',
      );
      expect($(el, 'article > nav').getAttribute('aria-label')).to.equal('Sur le même sujet');
    });

    it('writes them in Arabic, right to left', async () => {
      const { el } = await render({ ...story, lang: 'ar' });
      const article = $(el, 'article');
      expect(article.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(article).direction).to.equal('rtl');
      expect(text($(el, '[part~="byline"]'))).to.equal(
        `بقلم ${new Intl.ListFormat('ar', { type: 'conjunction' }).format(['Ann Lee', 'Bo Chen', 'Cy Diaz'])}`,
      );
      // Latin digits in every engine (see src/i18n/format.ts), whatever digits the engine's ICU gives `ar`.
      expect($(el, '[part~="date-published"]').textContent).to.equal(dateIn(story.datePublished, 'ar-u-nu-latn'));
      expect(text($(el, '[part~="date-modified"]'))).to.equal(
        `تم التحديث ${dateTimeIn(story.dateModified, 'ar-u-nu-latn')}`,
      );
      expect(text($(el, '[part~="promo-label"]'))).to.equal('اقرأ أيضًا');
    });

    it('knows the built-in strings of Persian, Pashto, Russian, German and Spanish', async () => {
      const labels: Record<string, string> = {};
      for (const lang of ['fa', 'ps', 'ru', 'de', 'es']) {
        const { el } = await render({ ...story, lang, authors: [{ name: 'X' }] });
        labels[lang] = `${text($(el, '[part~="byline"]'))} | ${text($(el, '[part~="promo-label"]'))}`;
      }
      expect(labels).to.deep.equal({
        fa: 'نوشتهٔ X | بیشتر بخوانید',
        ps: 'لیکوال X | دا هم ولولئ',
        ru: 'Автор: X | Читайте также',
        de: 'Von X | Lesen Sie auch',
        es: 'Por X | Lea también',
      });
    });

    it('lets the strings property override any built-in word', async () => {
      const { el } = await render(story, {}, { strings: { by: 'Words by', readAlso: 'See also', playVideo: 'Watch' } });
      expect(text($(el, '[part~="byline"]'))).to.match(/^Words by Ann Lee/);
      expect(text($(el, '[part~="promo-label"]'))).to.equal('See also');
      expect($(el, '[part~="play"]').getAttribute('aria-label')).to.equal('Watch: The talks on video (YouTube)');
      expect(text($(el, '[part~="date-modified"]'))).to.match(/^Updated /);
    });

    it('lets the element’s own lang and dir win over the document’s', async () => {
      const { el } = await render({ ...story, lang: 'ar' }, { lang: 'de', dir: 'ltr' });
      const article = $(el, 'article');
      expect(article.getAttribute('lang')).to.equal('de');
      expect(article.getAttribute('dir')).to.equal('ltr');
      expect(text($(el, '[part~="byline"]'))).to.equal('Von Ann Lee, Bo Chen und Cy Diaz');
      const rtl = await render(story, { dir: 'rtl' });
      expect(getComputedStyle($(rtl.el, 'article')).direction).to.equal('rtl');
    });

    it('takes the direction from the document’s dir before its language', async () => {
      const { el } = await render({ ...story, lang: 'en', dir: 'rtl' });
      expect($(el, 'article').getAttribute('dir')).to.equal('rtl');
    });

    it('lays a right-to-left story out from the right: kicker, quote rule and promo rule on the right side', async () => {
      const { el } = await render({ ...story, lang: 'fa' });
      const box = $(el, 'article').getBoundingClientRect();
      const kicker = $(el, '[part~="section"]');
      const range = document.createRange();
      range.selectNodeContents(kicker);
      const words = range.getBoundingClientRect();
      expect(box.right - words.right).to.be.lessThan(words.left - box.left, 'the kicker hugs the right edge');
      const quote = getComputedStyle($(el, '[part~="quote"]'));
      expect(quote.borderRightWidth).to.equal('3px');
      expect(quote.borderLeftWidth).to.equal('0px');
      expect(getComputedStyle($(el, '[part~="promo"]')).borderRightWidth).to.equal('3px');
    });
  });

  describe('YouTube facade', () => {
    it('requests and references nothing from YouTube before activation; the button is named after the video', async () => {
      const since = performance.now();
      const { el } = await render(story);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(youtubeTraffic(el, since)).to.deep.equal([]);
      expect($$(el, 'iframe')).to.have.length(0);
      const [plain, withPoster] = $$(el, '[part~="video"]');
      const button = plain.querySelector('button')!;
      // It submits a form to YouTube only when no script handles it (see test/render/video.test.ts).
      expect([button.type, button.form?.action]).to.deep.equal(['submit', 'https://www.youtube.com/watch']);
      expect(button.getAttribute('aria-label')).to.equal('Play video: The talks on video (YouTube)');
      // No poster: a neutral placeholder in the player's shape, showing the title, with no image at all.
      expect(plain.querySelector('img')).to.equal(null);
      expect(text(plain.querySelector('[part~="video-title"]'))).to.equal('The talks on video');
      const box = button.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(16 / 9, 0.02);
      expect(text(plain.querySelector('figcaption[part~="video-caption"]'))).to.equal('Video caption.');
      // With a poster: the document's image, lazy, with its credit visible; the button covers the image.
      const poster = withPoster.querySelector('img')!;
      expect(poster.src).to.equal(new URL('/demo/images/related-3.jpg', location.href).href);
      expect(poster.getAttribute('loading')).to.equal('lazy');
      expect(text(withPoster.querySelector('[part~="credit"]'))).to.equal('Photo: POSTER CREDIT');
      const over = withPoster.querySelector('button')!.getBoundingClientRect();
      const image = poster.getBoundingClientRect();
      expect([over.top, over.left, over.width]).to.deep.equal([image.top, image.left, image.width]);
      expect(over.height).to.be.closeTo(image.height, 1);
    });

    it('turns into a youtube-nocookie player on click, with autoplay, start, title and focus', async function () {
      this.timeout(20000); // offline, the player's request can take seconds to fail, and its timing entry comes only then
      const since = performance.now();
      const { el } = await render(story);
      const figure = $(el, '[part~="video"]');
      figure.querySelector('button')!.click();
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const iframe = figure.querySelector('iframe')!;
      expect(iframe.getAttribute('src')).to.equal(
        'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42',
      );
      expect(iframe.getAttribute('title')).to.equal('The talks on video');
      expect(iframe.getAttribute('allow')).to.equal('autoplay; encrypted-media; picture-in-picture');
      expect(iframe.hasAttribute('allowfullscreen')).to.equal(true);
      expect(figure.querySelector('button')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(iframe);
      // Only the video the reader chose plays.
      expect($$(el, 'iframe')).to.have.length(1);
      // The player is asked for now (offline it fails to load, which is fine here), and nothing else from YouTube.
      const player = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42';
      if (!lacks('failed-frame-timing'))
        await waitUntil(() => youtubeTraffic(el, since).length > 1, 'the player was requested', { timeout: 15000 });
      expect([...new Set(youtubeTraffic(el, since))]).to.deep.equal([player]);
    });

    it('names an untitled player after YouTube, not after the button that started it', async () => {
      const { el } = await render({
        headline: 'Video',
        body: [{ type: 'embed', provider: 'youtube', id: 'dQw4w9WgXcQ' }],
      });
      expect($(el, '[part~="play"]').getAttribute('aria-label')).to.equal('Play video (YouTube)');
      $(el, '[part~="play"]').click();
      await el.updateComplete;
      expect($(el, 'iframe').getAttribute('title')).to.equal('YouTube');
    });

    it('activates from the keyboard', async () => {
      const { el } = await render({
        headline: 'Video',
        body: [{ type: 'paragraph', text: [{ text: 'before', href: '#x' }] }, story.body[13]],
      });
      $(el, '[part~="paragraph"] a').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="play"]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, 'iframe').getAttribute('src')).to.equal(
        'https://www.youtube-nocookie.com/embed/aaaaaaaaaaa?autoplay=1',
      );
    });

    it('goes back to the facade when another document is shown', async () => {
      const { el } = await render(story);
      $(el, '[part~="play"]').click();
      await el.updateComplete;
      expect($$(el, 'iframe')).to.have.length(1);
      const loaded = oneEvent(el, 'news-load');
      el.data = { ...story, headline: 'Another story' };
      await loaded;
      expect($$(el, 'iframe')).to.have.length(0);
      expect($$(el, '[part~="play"]')).to.have.length(2);
    });

    it('goes back to the facade when the inline JSON is replaced', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article><script type="application/json">${JSON.stringify(story)}</script></news-article>`,
      );
      $(el, '[part~="play"]').click();
      await el.updateComplete;
      expect($$(el, 'iframe')).to.have.length(1);
      const loaded = oneEvent(el, 'news-load');
      el.querySelector('script')!.textContent = JSON.stringify({ ...story, headline: 'Another story' });
      await loaded;
      await el.updateComplete;
      expect($(el, '[part~="headline"]').textContent).to.equal('Another story');
      expect($$(el, 'iframe')).to.have.length(0);
    });
  });

  it('skips invalid blocks with a warning for each, at its path, and renders the rest', async () => {
    const warned = await captureWarnings(async () => {
      const { el, warnings } = await renderSrc('/demo/articles/with-warnings.json');
      expect(warnings.map((w) => w.path)).to.deep.equal([
        'body[1].text',
        'body[2].src',
        'body[3].type',
        'body[4].id',
        'body[5].url',
      ]);
      expect(warnings[3].message).to.match(/YouTube video id/);
      expect(warnings[2].message).to.match(/carousel/);
      const blocks = [...$(el, '[part~="body"]').children].map((c) => c.localName);
      expect(blocks).to.deep.equal(['p', 'figure', 'p']);
      // The photo whose src was refused keeps its caption and credit, without an image.
      const figure = $(el, '[part~="body"] > figure');
      expect(figure.querySelector('img')).to.equal(null);
      expect(text(figure.querySelector('figcaption'))).to.match(
        /^The caption of a photo whose src was refused.*Photo: ALEXANDER ZEMLIANICHENKO/,
      );
      expect($$(el, '[part~="video"]')).to.have.length(0);
    });
    expect(warned).to.have.length(1, 'logged once');
    expect(String(warned[0][0])).to.contain('body[4].id');
  });

  it('skips paragraphs, quotes and list items with no text to show, with a warning at each path', async () => {
    const { el, warnings } = await render({
      headline: 'Empty parts',
      body: [
        { type: 'paragraph', text: 'kept' },
        { type: 'paragraph', text: '' },
        { type: 'paragraph', text: ' \n\u00a0 ' },
        { type: 'paragraph', text: { html: '<script>x</script><b> </b><br>' } },
        { type: 'quote', text: [], cite: 'Nobody' },
        { type: 'list', items: ['one', '', { html: '<style>x</style>' }, 'two'] },
        { type: 'list', items: ['  ', []] },
        { type: 'list', items: [] },
        { type: 'paragraph', text: [' ', { text: 'also kept', em: true }] },
      ],
    });
    expect(warnings).to.deep.equal([
      { path: 'body[1].text', message: 'has no text to show' },
      { path: 'body[2].text', message: 'has no text to show' },
      { path: 'body[3].text', message: 'has no text to show' },
      { path: 'body[4].text', message: 'has no text to show' },
      { path: 'body[5].items[1]', message: 'has no text to show' },
      { path: 'body[5].items[2]', message: 'has no text to show' },
      { path: 'body[6].items[0]', message: 'has no text to show' },
      { path: 'body[6].items[1]', message: 'has no text to show' },
      { path: 'body[6].items', message: 'has no items to show' },
      { path: 'body[7].items', message: 'has no items to show' },
    ]);
    expect([...$(el, '[part~="body"]').children].map((c) => c.localName)).to.deep.equal(['p', 'ul', 'p']);
    expect($$(el, '[part~="paragraph"]').map(text)).to.deep.equal(['kept', 'also kept']);
    expect($$(el, 'li').map(text)).to.deep.equal(['one', 'two']);
  });

  it('shows a localised alert and fires news-error for a document without a headline', async () => {
    const el = document.createElement('news-article');
    el.setAttribute('lang', 'es');
    const failed = oneEvent(el, 'news-error');
    el.src = '/demo/articles/broken.json';
    await captureWarnings(async () => {
      await fixture(html`<div>${el}</div>`);
      await failed;
    });
    const { detail } = await failed;
    expect(detail.issues).to.deep.equal([{ path: 'headline', message: 'is required' }]);
    expect(el.state).to.equal('error');
    expect($(el, '[role="alert"]').textContent).to.equal('No se pudo cargar este contenido.');
  });

  it('lists every problem of an unusable document in news-error: the wrong headline and the bad block', async () => {
    const el = document.createElement('news-article');
    const failed = oneEvent(el, 'news-error');
    el.data = {
      headline: ['not', 'text'],
      body: [
        { type: 'paragraph', text: 'fine' },
        { type: 'photo', src: 'javascript:x', alt: 'A photo' },
      ],
    };
    await captureWarnings(async () => {
      await fixture(html`<div>${el}</div>`);
      await failed;
    });
    const { detail } = await failed;
    expect(detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['headline', 'body[1].src']);
    expect(el.state).to.equal('error');
  });

  describe('news-link-click', () => {
    it('fires for inline, body, author, publisher and related links, without preventing navigation', async () => {
      const { el } = await render(story);
      const follow = (selector: string) => clickLink($(el, selector));
      const cases = {
        inline: follow('[part~="paragraph"] a'),
        promo: follow('[part~="promo-link"]'),
        author: follow('[part~="author"]'),
        publisher: follow('[part~="publisher-name"]'),
        related: follow('article > nav a'),
      };
      expect(Object.fromEntries(Object.entries(cases).map(([k, v]) => [k, v.details]))).to.deep.equal({
        inline: [{ url: 'https://source.example/', title: 'Source', kind: 'inline' }],
        promo: [{ url: 'https://news.example/earlier', title: 'An earlier story', kind: 'body' }],
        author: [{ url: 'https://news.example/ann', title: 'Ann Lee', kind: 'body' }],
        publisher: [{ url: 'https://news.example/', title: 'Example News', kind: 'body' }],
        related: [{ url: 'https://news.example/r2', title: 'After the body', kind: 'related' }],
      });
      expect(Object.values(cases).map((c) => c.defaultPrevented)).to.deep.equal([false, false, false, false, false]);
    });

    it('does not fire for the play button', async () => {
      const { el } = await render(story);
      expect(clickLink($(el, '[part~="play"]')).details).to.deep.equal([]);
    });
  });

  describe('the seed story', () => {
    it('renders demo/articles/seed.json in full from src, relative URLs resolved against the document', async () => {
      const since = performance.now();
      const { el, warnings } = await renderSrc('/demo/articles/seed.json');
      expect(warnings).to.deep.equal([]);
      expect($(el, 'h2').textContent).to.equal(
        'Russia Seeks To Exert Influence Over New Regime as Taliban Attends High-Profile Afghanistan Talks',
      );
      expect(($(el, '[part~="lead"] img') as HTMLImageElement).src).to.equal(
        new URL('/demo/images/lead-1600.jpg', location.href).href,
      );
      expect(text($(el, '[part~="lead"] [part~="credit"]'))).to.equal(
        'Photo: ALEXANDER ZEMLIANICHENKO/POOL/AFP via Getty Images',
      );
      expect(text($(el, '[part~="lead"] [part~="slug"]'))).to.equal('RUSSIA-AFGHANISTAN-DIPLOMACY-CONFLICT');
      expect($$(el, '[part~="paragraph"]')).to.have.length(15);
      expect($$(el, '[part~="body"] > h3').map(text)).to.deep.equal([
        'Russia to send humanitarian aid in Afghanistan',
        'Taliban claims it made progress after gaining power',
      ]);
      expect($$(el, '[part~="promo"]').map(text)).to.deep.equal([
        'Read Also Biden Administration Hides Border Policy Consequences, Secretly Flying Hundreds of Minor Migrants to New York at Night',
        'Related Article Taliban Executes Interpreter Who Worked With Australian Defense Forces; Australia Vows To Save Afghans Who Helped the ADF',
      ]);
      expect($$(el, '[part~="paragraph"] a').map(text)).to.deep.equal(['Daily Mail', 'CNN', 'Tolo News', 'CGTV']);
      expect($$(el, 'blockquote')).to.have.length(1);
      expect($(el, '[part~="play"]').getAttribute('aria-label')).to.equal(
        'Play video: Taliban attend Moscow talks on Afghanistan (YouTube)',
      );
      expect(($(el, '[part~="author"]') as HTMLAnchorElement).href).to.equal(
        new URL('/authors/daniel-mercer', location.href).href,
      );
      expect($$(el, 'article > nav a').length).to.equal(3);
      expect(youtubeTraffic(el, since)).to.deep.equal([]);
    });

    it('passes an axe audit with no violations, in English and in Arabic (right to left)', async () => {
      const en = await renderSrc('/demo/articles/seed.json');
      expect(await axeViolations(en.el)).to.deep.equal([]);
      const ar = await renderSrc('/demo/articles/seed-ar.json');
      expect($(ar.el, 'article').getAttribute('dir')).to.equal('rtl');
      expect(await axeViolations(ar.el)).to.deep.equal([]);
    });

    it('passes an axe audit on a dark page', async () => {
      const { el } = await renderSrc('/demo/articles/seed.json');
      const page = el.parentElement!;
      page.style.cssText = 'background:#121212;color:#e8e6e3;padding:1rem';
      expect(getComputedStyle($(el, '[part~="headline"]')).color).to.equal('rgb(232, 230, 227)');
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  });

  describe('looks', () => {
    it('inherits the page’s font and colour', async () => {
      const { el } = await render(story);
      el.parentElement!.style.cssText = 'font-family: monospace; color: rgb(10, 120, 30)';
      for (const part of ['headline', 'paragraph', 'standfirst']) {
        const style = getComputedStyle($(el, `[part~="${part}"]`));
        expect([part, style.fontFamily, style.color]).to.deep.equal([part, 'monospace', 'rgb(10, 120, 30)']);
      }
    });

    it('fits a 320px column without overflowing, and keeps a readable measure on a 1200px page', async () => {
      const { el } = await render(story);
      el.style.width = '320px';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const article = $(el, 'article');
      expect(article.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(320);
      const small = parseFloat(getComputedStyle($(el, '[part~="headline"]')).fontSize);

      el.style.width = '1200px';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const paragraph = $(el, '[part~="paragraph"]').getBoundingClientRect();
      const lead = $(el, '[part~="lead"]').getBoundingClientRect();
      const fontSize = parseFloat(getComputedStyle($(el, '[part~="paragraph"]')).fontSize);
      expect(paragraph.width / fontSize).to.be.within(30, 42, 'about 65–85 characters a line');
      expect(lead.width).to.be.greaterThan(paragraph.width);
      expect(paragraph.left + paragraph.width / 2).to.be.closeTo(
        el.getBoundingClientRect().left + 600,
        1,
        'the column is centred',
      );
      expect(parseFloat(getComputedStyle($(el, '[part~="headline"]')).fontSize)).to.be.greaterThan(small * 1.3);
    });

    it('reserves the publisher logo’s box before the image arrives (the document gives no size)', async () => {
      const slow = '/fixture/echo?delay=3000&type=image/png';
      const { el } = await render({ ...story, publisher: { ...story.publisher, logo: slow } });
      const logo = $(el, '[part~="publisher-logo"]') as HTMLImageElement;
      expect(logo.complete).to.equal(false);
      const box = logo.getBoundingClientRect();
      const em = parseFloat(getComputedStyle(logo).fontSize);
      expect([box.width / em, box.height / em]).to.deep.equal([8, 2]);
    });

    it('prints without the video facade and with the addresses of body links', async () => {
      const { el } = await render(story);
      await whilePrinted(el, () => {
        expect(getComputedStyle($(el, '[part~="video-frame"]')).display).to.equal('none');
        expect(getComputedStyle($(el, '[part~="video-caption"]')).display).to.not.equal('none');
        // Chromium gives attr() resolved as one string, WebKit resolved in three, Firefox as written.
        const content = getComputedStyle($(el, '[part~="promo-link"]'), '::after').content.replace(/" "/g, '');
        expect(content).to.be.oneOf(['" (https://news.example/earlier)"', '" (" attr(href) ")"']);
        expect($(el, '[part~="promo-link"]').getAttribute('href')).to.equal('https://news.example/earlier');
      });
    });
  });
});
