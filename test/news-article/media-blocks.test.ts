// The media and notes blocks of issue 15 as a reader meets them, from the test story
// demo/articles/v2-media.json: what is announced (roles, names), where links go, the
// focus order, that no provider is contacted before the reader asks (and a social card
// never), and the axe audits in English, right to left and on a dark page.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, axeViolations, renderElement } from '../helpers.js';
import '../../src/news-article/news-article.js';
import type { NewsArticle } from '../../src/news-article/news-article.component.js';

const STORY = '/demo/articles/v2-media.json';
const story = async () => (await fetch(STORY)).json();
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const renderSrc = (attrs: Record<string, string> = {}) =>
  renderElement<NewsArticle>('news-article', undefined, { src: STORY, ...attrs });

/** Every host a provider serves its players, scripts, images or posts from. */
const PROVIDERS =
  /youtube|ytimg|vimeo|vimeocdn|dailymotion|dmcdn|bsky|twitter|twimg|x\.com|instagram|cdninstagram|tiktok|facebook|fbcdn|threads\.net|mastodon/i;

/** What the page requested since `since`, and every fetching attribute in the shadow DOM, that points at a provider. */
function providerTraffic(el: Element, since: number): string[] {
  const requested = performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime >= since)
    .map((e) => e.name);
  // Links are not requests: what a reader may follow is checked on its own.
  const fetching = $$(el, '[src], [srcset], [poster], iframe, script, link').flatMap((node) =>
    ['src', 'srcset', 'poster', 'href'].map((name) => node.getAttribute(name) ?? ''),
  );
  return [...requested, ...fetching].filter((url) => PROVIDERS.test(url));
}

describe('<news-article> media and notes blocks (v2-media.json)', () => {
  it('a gallery is a figure with its caption over a list of photos, each credited, each box reserved, each lazy', async () => {
    const { el } = await renderSrc();
    const gallery = $(el, '[part~="gallery"]');
    expect(gallery.tagName).to.equal('FIGURE');
    expect(text(gallery.querySelector(':scope > figcaption'))).to.equal('The day in pictures.');
    const items = [...gallery.querySelectorAll('[part~="gallery-item"]')];
    expect(gallery.querySelector('ul')!.getAttribute('role')).to.equal('list');
    expect(items.map((item) => text(item.querySelector('figcaption')))).to.deep.equal([
      'The opening session. Photo: Example News',
      'Reporters outside the hall. Photo: Example News',
      'Flags in the lobby. Photo: Example Agency',
    ]);
    for (const img of gallery.querySelectorAll('img')) {
      expect([img.getAttribute('width'), img.getAttribute('height'), img.loading]).to.deep.equal([
        '640',
        '360',
        'lazy',
      ]);
      expect(img.alt).to.match(/\S/);
    }
    expect((gallery.querySelector('[part~="credit-link"]') as HTMLAnchorElement).href).to.equal(
      'https://example.com/agency',
    );
  });

  it('a gallery is one column and nothing overflows at 320 px', async () => {
    const { el } = await renderSrc({ style: 'display:block;width:320px' });
    const list = $(el, '[part~="gallery-list"]');
    expect(getComputedStyle(list).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('article')!.scrollWidth).to.be.at.most(320);
    for (const img of list.querySelectorAll('img'))
      expect(img.getBoundingClientRect().height).to.be.closeTo(img.getBoundingClientRect().width * 0.5625, 1);
  });

  it('Vimeo and Dailymotion play on the facade, named with their provider; nothing is asked of them before the press', async () => {
    const since = performance.now();
    const { el } = await renderSrc();
    const buttons = $$(el, '[part~="play"]');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Play video: The opening statements (Vimeo)',
      'Play video: Press conference after the talks (Dailymotion)',
    ]);
    expect($$(el, 'form').map((f) => (f as HTMLFormElement).action)).to.deep.equal([
      'https://vimeo.com/76979871',
      'https://www.dailymotion.com/video/x8abc12',
    ]);
    expect(providerTraffic(el, since)).to.deep.equal([]);
    buttons[0].click();
    await el.updateComplete;
    const iframe = el.shadowRoot!.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=30s');
    expect(iframe.title).to.equal('The opening statements');
    await new Promise(requestAnimationFrame);
    expect(el.shadowRoot!.activeElement).to.equal(iframe);
    // The other video is still a facade.
    expect($$(el, '[part~="play"]').map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Play video: Press conference after the talks (Dailymotion)',
    ]);
  });

  it('a video or audio file is the browser’s player, named by its title, loading nothing before play', async () => {
    const since = performance.now();
    const { el } = await renderSrc();
    const video = $(el, 'video') as HTMLVideoElement;
    expect([video.preload, video.controls, video.getAttribute('aria-label')]).to.deep.equal([
      'none',
      true,
      'The hall before the talks',
    ]);
    expect([video.getAttribute('width'), video.getAttribute('height')]).to.deep.equal(['640', '360']);
    expect(video.getBoundingClientRect().height).to.be.closeTo(video.getBoundingClientRect().width * 0.5625, 1);
    const track = video.querySelector('track')!;
    expect([track.kind, track.srclang, track.label, track.src]).to.deep.equal([
      'captions',
      'en',
      'English',
      new URL('/demo/media/clip.en.vtt', location.href).href,
    ]);
    const audio = $(el, 'audio') as HTMLAudioElement;
    expect([audio.preload, audio.controls, audio.getAttribute('aria-label')]).to.deep.equal([
      'none',
      true,
      'The day in two minutes',
    ]);
    const figure = audio.closest('figure')!;
    expect(figure.querySelector('time')!.getAttribute('datetime')).to.equal('PT2M5S');
    expect(text(figure.querySelector('time'))).to.equal('2:05');
    const transcript = figure.querySelector('[part~="transcript"]') as HTMLAnchorElement;
    expect([text(transcript), transcript.href]).to.deep.equal([
      'Transcript',
      new URL('/transcripts/moscow-talks', location.href).href,
    ]);
    const files = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= since && /clip\.webm|tone\.wav/.test(e.name));
    expect(files.map((e) => e.name)).to.deep.equal([]);
  });

  it('a social post is a static card: author, handle, text, date, a link naming author and provider, and no request to the provider', async () => {
    const since = performance.now();
    const { el } = await renderSrc();
    const [bluesky, x] = $$(el, '[part~="social"]');
    expect(text(bluesky.querySelector('figcaption'))).to.equal('Example Ministry @ministry.example.com');
    expect(text(bluesky.querySelector('blockquote'))).to.equal(
      'The talks in Moscow have begun. Ten delegations are taking part.',
    );
    expect(bluesky.querySelector('time')!.getAttribute('datetime')).to.equal('2021-10-20T09:12:00Z');
    const link = bluesky.querySelector('[part~="social-link"]') as HTMLAnchorElement;
    expect([text(link), link.href]).to.deep.equal([
      'View the post by Example Ministry on Bluesky',
      'https://bsky.app/profile/example.com/post/3k',
    ]);
    expect(text(x.querySelector('[part~="social-link"]'))).to.equal('View the post by Jane Reporter on X');
    expect($$(el, 'iframe, script, object, embed')).to.deep.equal([]);
    await Promise.all($$(el, 'img').map((img) => (img as HTMLImageElement).decode().catch(() => undefined)));
    expect(providerTraffic(el, since)).to.deep.equal([]);
  });

  it('notes, the aside, the corrections and the byline say what they are', async () => {
    const { el } = await renderSrc();
    const notes = $$(el, '[role="note"]');
    expect(notes.map((n) => text(n.querySelector('[part~="note-label"]')))).to.deep.equal(['Update', 'Editor’s note']);
    expect(notes[0].querySelector('time')!.getAttribute('datetime')).to.equal('2021-10-21T09:00:00Z');
    const aside = $(el, 'aside');
    expect(aside.getAttribute('aria-label')).to.equal('The talks in numbers');
    expect(aside.querySelector('h3')!.textContent).to.equal('The talks in numbers');
    expect(aside.querySelectorAll('li')).to.have.length(3);
    const corrections = $(el, '[part~="corrections"]');
    expect(text(corrections.querySelector('h3'))).to.equal('Corrections');
    expect(corrections.querySelector('li time')!.getAttribute('datetime')).to.equal('2021-10-21T08:30:00Z');
    // After the body: the last thing before the footer.
    expect(corrections.previousElementSibling!.getAttribute('part')).to.equal('body');
    expect(text($(el, '[part~="label"]'))).to.equal('Analysis');
    expect(text($(el, '[part~="dateline"]'))).to.equal('Moscow');
    expect($$(el, '[part~="author-role"]').map(text)).to.deep.equal([
      '(Moscow correspondent, Example News)',
      '(Video producer)',
    ]);
  });

  it('the keyboard reaches every control in reading order', async () => {
    const { el } = await renderSrc();
    const first = $(el, '[part~="author"]');
    first.focus();
    // A stop after the story keeps Tab inside the page: Firefox would move the focus to
    // the browser, and the next test file's page would start without it.
    el.after(document.createElement('button'));
    const order: string[] = [];
    // A native player holds several stops of its own (play, mute…): each player counts once.
    for (let i = 0; i < 30 && el.shadowRoot!.activeElement; i++) {
      const active = el.shadowRoot!.activeElement as HTMLElement;
      const name = active.getAttribute('aria-label') ?? text(active);
      if (order[order.length - 1] !== name) order.push(name);
      await sendKeys({ press: 'Tab' });
    }
    expect(order).to.deep.equal([
      'Daniel Mercer',
      'Example Agency',
      'Play video: The opening statements (Vimeo)',
      'Play video: Press conference after the talks (Dailymotion)',
      'The hall before the talks',
      'Transcript',
      'The day in two minutes',
      'Example Ministry',
      'View the post by Example Ministry on Bluesky',
      'View the post by Jane Reporter on X',
      'Example News',
    ]);
    (el.nextElementSibling as HTMLElement).remove();
  });

  it('passes an axe audit in English', async function () {
    // axe reads every node of a long story: on a busy machine that takes longer than the default 10 s.
    this.timeout(60000);
    const en = await renderSrc();
    expect(await axeViolations(en.el)).to.deep.equal([]);
  });

  it('passes an axe audit right to left, its words in Arabic', async function () {
    // axe reads every node of a long story: on a busy machine that takes longer than the default 10 s.
    this.timeout(60000);
    const ar = await renderSrc({ lang: 'ar', dir: 'rtl' });
    expect(text($(ar.el, '[part~="corrections"] h3'))).to.equal('تصحيحات');
    expect(getComputedStyle($(ar.el, '[part~="note"]')).borderRightStyle).to.equal('solid');
    expect(await axeViolations(ar.el)).to.deep.equal([]);
  });

  it('passes an axe audit on a dark page', async function () {
    // axe reads every node of a long story: on a busy machine that takes longer than the default 10 s.
    this.timeout(60000);
    const dark = await renderSrc();
    const page = dark.el.parentElement!;
    page.style.cssText = 'background:#121212;color:#e8e6e3;padding:1rem';
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('puts video, audio, the label, the dateline, the authors’ roles and the corrections into the JSON-LD', async () => {
    const { el } = await renderSrc({ jsonld: '' });
    const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect([ld.genre, ld.dateline]).to.deep.equal(['Analysis', 'Moscow']);
    expect(ld.author[0]).to.deep.include({
      jobTitle: 'Moscow correspondent',
      worksFor: { '@type': 'Organization', name: 'Example News' },
    });
    expect(ld.correction).to.deep.equal([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version of this story gave the wrong number of delegations.',
        datePublished: '2021-10-21T08:30:00Z',
      },
    ]);
    expect(ld.video[0]).to.deep.include({
      '@type': 'VideoObject',
      name: 'The hall before the talks',
      contentUrl: new URL('/demo/media/clip.webm', location.href).href,
    });
    expect(ld.audio[0]).to.deep.include({ '@type': 'AudioObject', name: 'The day in two minutes', duration: 'PT125S' });
  });

  it('is the whole story: every block of the media half renders', async () => {
    const doc = await story();
    const { el, warnings } = await renderSrc();
    expect(warnings).to.deep.equal([]);
    const types = new Set(doc.body.map((b: { type: string }) => b.type));
    expect([...types].sort()).to.deep.equal([
      'aside',
      'audio',
      'embed',
      'gallery',
      'note',
      'paragraph',
      'social',
      'video',
    ]);
    expect($$(el, '[part~="body"] > *')).to.have.length(doc.body.length);
  });
});
