import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/news-photo/news-photo.js';
import type { NewsPhoto } from '../../src/news-photo/news-photo.component.js';
import { $, clickLink, contrastOnWhite } from '../helpers.js';

const photo = {
  src: '/demo/images/lead-800.jpg',
  alt: 'Delegates at a long table',
  width: 800,
  height: 533,
  srcset: [
    { src: '/demo/images/lead-400.jpg', width: 400 },
    { src: '/demo/images/lead-800.jpg', width: 800 },
  ],
  caption: 'Members of the Taliban delegation attend talks in Moscow.',
  credit: 'ALEXANDER ZEMLIANICHENKO/POOL/AFP via Getty Images',
  title: 'RUSSIA-AFGHANISTAN-DIPLOMACY-CONFLICT',
  focalPoint: { x: 0.25, y: 0.75 },
};

/**
 * Waits for a broken image to be hidden. Not for its `error` event: that may have
 * fired already (a failed URL fails fast, before the element's news-load).
 */
const hiddenWhenBroken = (img: HTMLImageElement) =>
  waitUntil(() => img.hidden, 'the broken image is hidden', { timeout: 5000 });

async function render(data: unknown, attrs = html``) {
  const el = await fixture<NewsPhoto>(html`<news-photo .data=${data}>${attrs}</news-photo>`);
  await el.updateComplete;
  return el;
}

describe('<news-photo>', () => {
  it('renders a figure with the image, its caption and the labelled credit', async () => {
    const el = await render(photo);
    const img = $(el, 'figure img') as HTMLImageElement;
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(img.getAttribute('alt')).to.equal(photo.alt);
    expect(img.getAttribute('srcset')).to.equal(
      `${location.origin}/demo/images/lead-400.jpg 400w, ${location.origin}/demo/images/lead-800.jpg 800w`,
    );
    expect(img.getAttribute('sizes')).to.be.a('string').and.not.equal('');
    const caption = $(el, 'figure figcaption')!;
    expect(caption.textContent).to.contain(photo.caption);
    expect(caption.textContent).to.contain(`Photo: ${photo.credit}`);
    expect($(el, '[part~="credit-label"]')!.textContent).to.equal('Photo:');
    expect($(el, '[part~="slug"]')!.textContent).to.equal(photo.title);
  });

  it('reserves the image box from width and height before the bytes arrive', async () => {
    const el = await render({ ...photo, src: '/fixture/echo?delay=3000&type=image/jpeg', srcset: undefined });
    el.style.width = '400px';
    const img = $(el, 'img') as HTMLImageElement;
    expect(img.complete).to.equal(false);
    expect(img.getAttribute('width')).to.equal('800');
    expect(img.getAttribute('height')).to.equal('533');
    expect(img.getBoundingClientRect().height).to.be.closeTo(400 * (533 / 800), 1);
  });

  it('is lazy by default and eager with high priority on request', async () => {
    const lazy = await render(photo);
    expect($(lazy, 'img')!.getAttribute('loading')).to.equal('lazy');
    expect($(lazy, 'img')!.getAttribute('decoding')).to.equal('async');
    expect($(lazy, 'img')!.hasAttribute('fetchpriority')).to.equal(false);
    const eager = await fixture<NewsPhoto>(html`<news-photo loading="eager" .data=${photo}></news-photo>`);
    expect($(eager, 'img')!.getAttribute('loading')).to.equal('eager');
    expect($(eager, 'img')!.getAttribute('fetchpriority')).to.equal('high');
  });

  it('crops to --news-photo-aspect-ratio around the focal point', async () => {
    const el = await render(photo);
    el.style.setProperty('--news-photo-aspect-ratio', '1 / 1');
    el.style.width = '300px';
    const img = $(el, 'img') as HTMLImageElement;
    const style = getComputedStyle(img);
    expect(img.getBoundingClientRect().height).to.be.closeTo(300, 1);
    expect(style.objectFit).to.equal('cover');
    expect(style.objectPosition).to.equal('25% 75%');
  });

  it('keeps captions and credits readable (4.5:1) on a page of grey #444 text on white', async () => {
    const el = await fixture<NewsPhoto>(
      html`<news-photo style="color: #444; background: #fff" .data=${photo}></news-photo>`,
    );
    for (const part of ['caption', 'credit']) {
      expect(contrastOnWhite(getComputedStyle($(el, `[part~="${part}"]`)).color), part).to.be.at.least(4.5);
    }
  });

  it('hides a broken image and keeps caption and credit', async () => {
    const el = await render({ ...photo, src: '/fixture/echo?status=404&type=text/plain', srcset: undefined });
    const img = $(el, 'img') as HTMLImageElement;
    await hiddenWhenBroken(img);
    expect(img.hidden).to.equal(true);
    expect(img.getBoundingClientRect().height).to.equal(0);
    expect($(el, 'figcaption')!.textContent).to.contain(photo.credit);
  });

  it("shows the next document's image after a broken one", async () => {
    const el = await render({ ...photo, src: '/fixture/echo?status=404&type=text/plain', srcset: undefined });
    await hiddenWhenBroken($(el, 'img') as HTMLImageElement);
    // Chromium would load a hidden lazy image anyway; Firefox and Safari, as the spec says, would not.
    // So what this test can see here of the fix is the attribute that makes them load it.
    expect(($(el, 'img') as HTMLImageElement).loading).to.equal('eager');
    el.data = { ...photo, src: '/demo/images/lead-400.jpg', srcset: undefined };
    await el.updateComplete;
    const img = $(el, 'img') as HTMLImageElement;
    // `complete` turns true before the load event's handler runs (and shows the image): wait for both.
    await waitUntil(() => img.complete && img.naturalWidth > 0 && !img.hidden, 'the new image loads and shows', {
      timeout: 5000,
    });
    expect(img.getBoundingClientRect().height).to.be.above(0);
  });

  it('links the credit to creditUrl and shows the copyright', async () => {
    const el = await render({ ...photo, creditUrl: 'https://agency.example/p/1', copyright: 'AFP 2021' });
    const link = $(el, '[part~="credit-link"]') as HTMLAnchorElement;
    expect(link.href).to.equal('https://agency.example/p/1');
    expect(link.textContent).to.equal(photo.credit);
    expect($(el, '[part~="copyright"]')!.textContent).to.equal('© AFP 2021');
  });

  it('localises the credit label from its lang attribute', async () => {
    const el = await fixture<NewsPhoto>(html`<news-photo lang="fr" .data=${photo}></news-photo>`);
    expect($(el, '[part~="credit-label"]')!.textContent).to.equal('Photo\u00a0:');
    const ru = await fixture<NewsPhoto>(html`<news-photo lang="ru" .data=${photo}></news-photo>`);
    expect($(ru, '[part~="credit-label"]')!.textContent).to.equal('Фото:');
  });

  it("takes the language of the page around it, across an app's shadow root, and follows it when moved", async () => {
    const label = (el: Element) => $(el, '[part~="credit-label"]')!.textContent;
    const page = await fixture(
      html`<div><div lang="fr"><div id="app"></div></div><div lang="ar" id="arabic"></div></div>`,
    );
    const app = page.querySelector('#app')!.attachShadow({ mode: 'open' });
    const el = document.createElement('news-photo') as NewsPhoto;
    el.data = photo;
    app.append(el);
    await el.updateComplete;
    expect(label(el)).to.equal('Photo\u00a0:');
    page.querySelector('#arabic')!.append(el);
    await el.updateComplete;
    expect(label(el)).to.equal('صورة:');
    expect(getComputedStyle($(el, 'figure')!).direction).to.equal('rtl');
  });

  it('leaves out an image whose src the URL policy refuses, keeping caption and credit, with a warning', async () => {
    const el = document.createElement('news-photo');
    const loaded = oneEvent(el, 'news-load');
    el.data = { ...photo, src: 'javascript:alert(1)', srcset: undefined };
    document.body.append(el);
    const { detail } = await loaded;
    expect($(el, 'img')).to.equal(null);
    expect($(el, 'figcaption')!.textContent).to.contain(photo.credit);
    expect(detail.warnings).to.deep.include({
      path: 'src',
      message: 'refused URL "javascript:alert(1)": only http:, https: and relative URLs are allowed',
    });
    el.remove();
  });

  it('warns about missing alt text but still renders', async () => {
    const el = document.createElement('news-photo');
    const loaded = oneEvent(el, 'news-load');
    el.data = { src: '/demo/images/lead-400.jpg', width: 400, height: 267 };
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail.warnings.map((w: { path: string }) => w.path)).to.deep.equal(['alt']);
    expect($(el, 'img')!.getAttribute('alt')).to.equal('');
    el.remove();
  });
});

describe('<news-photo> links', () => {
  it('reports a click on the credit link as news-link-click without preventing navigation', async () => {
    const el = await fixture<NewsPhoto>(html`<news-photo .data=${{ ...photo, creditUrl: '#credit' }}></news-photo>`);
    const { details, defaultPrevented } = clickLink($(el, '[part~="credit-link"]'));
    expect(details).to.deep.equal([{ url: new URL('#credit', location.href).href, title: photo.credit, kind: 'body' }]);
    expect(defaultPrevented).to.equal(false);
  });
});
