import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { resizeViewport } from '../support/engine.js';
import '../../src/news-related/news-related.js';
import type { NewsRelated } from '../../src/news-related/news-related.component.js';
import { $, $$, axeViolations, clickLink, contrastOnWhite, renderElement } from '../helpers.js';

const link = (n: number, extra: Record<string, unknown> = {}) => ({
  url: `https://news.example/story-${n}`,
  title: `Story number ${n}`,
  label: `Label ${n}`,
  description: `What story ${n} is about.`,
  section: 'World',
  source: 'Example News',
  datePublished: '2021-10-12T11:00:00Z',
  image: {
    src: `/demo/images/related-${((n - 1) % 3) + 1}.jpg`,
    width: 640,
    height: 360,
    alt: `Picture ${n}`,
    credit: `AGENCY ${n}`,
  },
  ...extra,
});
const doc = { title: 'More on Afghanistan', links: [link(1), link(2), link(3)] };

const render = (data: unknown, attrs: Record<string, string> = {}) =>
  renderElement<NewsRelated>('news-related', data, attrs);
const columns = (el: Element) =>
  getComputedStyle($(el, '[part~="related-list"]')).gridTemplateColumns.split(' ').length;

describe('<news-related>', () => {
  afterEach(() => Promise.all([resetMouse(), resizeViewport({ width: 800, height: 600 })]));

  it('renders a navigation landmark named and headed by the title, with each link and its details (list layout)', async () => {
    const { el } = await render(doc);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('layout')).to.equal('list');
    const nav = $(el, 'nav');
    expect(nav.getAttribute('aria-label')).to.equal('More on Afghanistan');
    expect($(el, 'nav > h2')!.textContent).to.equal('More on Afghanistan');

    const items = $$(el, 'nav > ul > li');
    expect(items).to.have.length(3);
    const [first] = items;
    const a = first.querySelector('a')!;
    expect(a.href).to.equal('https://news.example/story-1');
    expect(a.textContent).to.equal('Story number 1');
    expect(a.dataset.kind).to.equal('related');
    expect(first.querySelector('[part~="related-label"]')!.textContent).to.equal('Label 1');
    expect(first.querySelector('[part~="related-description"]')!.textContent).to.equal('What story 1 is about.');
    const meta = first.querySelector('[part~="related-meta"]') as HTMLElement;
    expect([...meta.children].map((c) => [c.localName, c.textContent])).to.deep.equal([
      ['span', 'World'],
      ['span', 'Example News'],
      ['time', 'October 12, 2021'],
    ]);
    expect(meta.querySelector('time')!.getAttribute('datetime')).to.equal('2021-10-12T11:00:00Z');
    // The separators are drawn, not read: "·" with empty alternative text.
    expect([...meta.children].map((c) => getComputedStyle(c, '::after').content)).to.deep.equal([
      '"·" / ""',
      '"·" / ""',
      'none',
    ]);
    expect($$(el, 'img'), 'the list is text only').to.have.length(0);
  });

  it('headings: the localised "Related" when the document has no title, heading-level from 1 to 6', async () => {
    const { el } = await render({ links: [link(1)] });
    expect($(el, 'h2').textContent).to.equal('Related');
    expect($(el, 'nav').getAttribute('aria-label')).to.equal('Related');
    const { el: fr } = await render({ links: [link(1)] }, { lang: 'fr', 'heading-level': '3' });
    expect($(fr, 'h3').textContent).to.equal('Sur le même sujet');
    expect($(fr, 'time').textContent).to.equal('12 octobre 2021');
    const { el: odd } = await render(doc, { 'heading-level': '9' });
    expect($(odd, 'nav > h6')).to.not.equal(null);
    odd.headingLevel = 4;
    await odd.updateComplete;
    expect($(odd, 'nav > h4')).to.not.equal(null);
  });

  it('cards: a lazy thumbnail per link with its box reserved and its credit labelled under it', async () => {
    const slow = '/fixture/echo?delay=3000&type=image/jpeg';
    const { el } = await render(
      { links: [link(1, { image: { ...link(1).image, src: slow } }), link(2, { image: undefined })] },
      { layout: 'cards' },
    );
    el.style.width = '320px';
    const [first, second] = $$(el, 'li');
    const img = first.querySelector('[part~="related-thumbnail"] figure img') as HTMLImageElement;
    expect(img.complete).to.equal(false);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.alt).to.equal('Picture 1');
    expect(img.getBoundingClientRect().height, 'box reserved before the bytes arrive').to.be.closeTo((320 * 9) / 16, 1);
    const credit = first.querySelector('figcaption [part~="credit"]') as HTMLElement;
    expect(credit.innerText).to.equal('Photo: AGENCY 1');
    expect(credit.getBoundingClientRect().height, 'the credit is visible').to.be.greaterThan(0);
    expect(credit.getBoundingClientRect().top).to.be.at.least(img.getBoundingClientRect().bottom);
    expect(second.querySelector('figure'), 'a link without image is a card without thumbnail').to.equal(null);
    expect(second.querySelector('a')!.textContent).to.equal('Story number 2');
  });

  it('cards flow from one to three columns by the width of the element, not of the viewport', async () => {
    const { el } = await render({ links: [1, 2, 3, 4, 5].map((n) => link(n)) }, { layout: 'cards' });
    await resizeViewport({ width: 1280, height: 800 });
    el.style.width = '320px';
    expect(columns(el), 'narrow element in a wide window').to.equal(1);
    el.style.width = '600px';
    expect(columns(el)).to.equal(2);
    await resizeViewport({ width: 375, height: 800 });
    el.style.width = '1000px';
    expect(columns(el), 'wide element in a narrow window').to.equal(3);
    const [a, b, c, d] = $$(el, 'li').map((li) => li.getBoundingClientRect());
    expect(a.top).to.equal(b.top);
    expect(b.top).to.equal(c.top);
    expect(a.left).to.be.below(b.left);
    expect(d.top).to.be.above(a.bottom);
    el.layout = 'list';
    await el.updateComplete;
    expect(columns(el), 'the list stays one column').to.equal(1);
  });

  it('cards flow right to left in a right-to-left language, from lang alone', async () => {
    const { el } = await render(doc, { layout: 'cards', lang: 'ar' });
    el.style.width = '1000px';
    const [a, b] = $$(el, 'li').map((li) => li.getBoundingClientRect());
    expect(a.left).to.be.above(b.left);
    expect($(el, 'h2').textContent).to.equal('More on Afghanistan');
  });

  it('limit shows the first N links, counted after duplicates', async () => {
    const { el } = await render({ links: [link(1), link(1, { title: 'Again' }), link(2), link(3)] }, { limit: '2' });
    expect($$(el, 'a').map((a) => a.textContent)).to.deep.equal(['Story number 1', 'Story number 2']);
    el.limit = 1;
    await el.updateComplete;
    expect($$(el, 'li')).to.have.length(1);
    el.removeAttribute('limit');
    el.limit = undefined;
    await el.updateComplete;
    expect($$(el, 'li')).to.have.length(3);
  });

  it('shows a URL once, comparing resolved URLs', async () => {
    const body = JSON.stringify({
      links: [
        { url: '/demo/a.html', title: 'Root-relative' },
        { url: `${location.origin}/demo/a.html`, title: 'Absolute, same page' },
        { url: '../demo/a.html', title: 'Document-relative, same page' },
        { url: 'a.html', title: 'Other' },
        { url: '/demo/a.html', title: 'Again' },
      ],
    });
    // Loaded from src, so relative URLs resolve against the document's URL (/fixture/echo).
    const { el } = await render(undefined, { src: `/fixture/echo?body=${encodeURIComponent(body)}` });
    expect($$(el, 'a').map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Root-relative', `${location.origin}/demo/a.html`],
      ['Other', `${location.origin}/fixture/a.html`],
    ]);
    const { el: inline } = await render({ links: [link(1), link(2), link(1, { title: 'Same URL' })] });
    expect($$(inline, 'a').map((a) => a.textContent)).to.deep.equal(['Story number 1', 'Story number 2']);
  });

  it('renders a link the URL policy refuses as text, with a warning', async () => {
    const { el, warnings } = await render({
      links: [
        link(1),
        { url: 'javascript:alert(1)', title: 'Refused' },
        { url: ' JaVaScRiPt:alert(1)', title: 'Refused too' },
        link(2),
      ],
    });
    expect(warnings.map((w) => w.path)).to.deep.equal(['links[1].url', 'links[2].url']);
    expect(warnings[0].message).to.match(/refused URL/);
    const items = $$(el, 'li');
    expect(items).to.have.length(4, 'both refused links are shown: they are different links');
    expect(items[1].querySelector('a')).to.equal(null);
    expect(items[1].querySelector('[part~="related-title"]')!.textContent).to.equal('Refused');
    expect($$(el, 'a')).to.have.length(2);
    expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
  });

  it('skips a link without a title, with a warning', async () => {
    const { el, warnings } = await render({
      links: [{ url: 'https://news.example/untitled' }, { url: 'https://news.example/empty', title: '' }, link(1)],
    });
    expect(warnings.map((w) => w.path)).to.deep.equal(['links[0].title', 'links[1].title']);
    expect($$(el, 'li')).to.have.length(1);
    expect(el.shadowRoot!.innerHTML).not.to.contain('untitled');
  });

  it('renders no empty landmark when no link is left', async () => {
    const { el } = await render({ title: 'Nothing', links: [{ url: 'https://news.example/x' }] });
    expect(el.state).to.equal('ready');
    expect($(el, 'nav')).to.equal(null);
  });

  it('fires news-link-click with {url, title, kind: "related"} and lets the browser navigate', async () => {
    const { el } = await render(doc);
    const a = $$(el, 'a')[1];
    const { events, defaultPrevented } = clickLink(a);
    expect(events).to.have.length(1);
    expect(events[0].detail).to.deep.equal({
      url: 'https://news.example/story-2',
      title: 'Story number 2',
      kind: 'related',
    });
    expect(events[0].composed && events[0].bubbles).to.equal(true);
    expect(defaultPrevented).to.equal(false);
  });

  it('respects modified clicks (new tab, new window) and middle clicks: reported, never prevented', async () => {
    const { el } = await render(doc);
    const a = $$(el, 'a')[0];
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }]) {
      const { events, defaultPrevented } = clickLink(a, init);
      expect(
        events.map((e) => e.detail.url),
        JSON.stringify(init),
      ).to.deep.equal(['https://news.example/story-1']);
      expect(defaultPrevented, JSON.stringify(init)).to.equal(false);
    }
    const middle = clickLink(a, { button: 1 }, 'auxclick');
    expect(middle.events.map((e) => e.detail.kind)).to.deep.equal(['related']);
    expect(middle.defaultPrevented).to.equal(false);
    expect(clickLink(a, { button: 2 }, 'auxclick').events, 'a right click follows nothing').to.have.length(0);
  });

  it('a click anywhere on a card follows its link', async () => {
    await resizeViewport({ width: 1200, height: 900 });
    const { el } = await render(doc, { layout: 'cards' });
    el.style.width = '1000px';
    $$(el, 'img')[2].scrollIntoView({ block: 'center' });
    const img = $$(el, 'img')[2].getBoundingClientRect();
    const events: CustomEvent[] = [];
    const record = (e: Event) => events.push(e as CustomEvent);
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('news-link-click', record);
    window.addEventListener('click', stop);
    try {
      await sendMouse({
        type: 'click',
        position: [Math.round(img.left + img.width / 2), Math.round(img.top + img.height / 2)],
      });
    } finally {
      document.removeEventListener('news-link-click', record);
      window.removeEventListener('click', stop);
    }
    expect(events.map((e) => e.detail.url)).to.deep.equal(['https://news.example/story-3']);
  });

  it('keyboard focus follows the visual order, with a visible focus ring', async () => {
    const { el } = await render({ links: [1, 2, 3, 4].map((n) => link(n)) }, { layout: 'cards' });
    el.style.width = '1000px';
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(focused, `tab ${i + 1}`).to.be.instanceOf(HTMLAnchorElement);
      expect(
        focused.matches(':focus-visible'),
        `tab ${i + 1}: :focus-visible (page focused: ${document.hasFocus()})`,
      ).to.equal(true);
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(contrastOnWhite(style.outlineColor), 'the ring stands out from the white page').to.be.at.least(3);
      order.push(focused.textContent!);
    }
    const visual = $$(el, 'a')
      .map((a) => ({ text: a.textContent!, box: a.closest('li')!.getBoundingClientRect() }))
      .sort((p, q) => p.box.top - q.box.top || p.box.left - q.box.left)
      .map((p) => p.text);
    expect(order).to.deep.equal(visual);
    expect(order).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3', 'Story number 4']);
    before.remove();
  });

  it('has no accessibility violations in either layout, nor with a refused link', async () => {
    const links = [...doc.links, { url: 'javascript:alert(1)', title: 'Refused' }];
    for (const layout of ['list', 'cards']) {
      const { el } = await render({ ...doc, links }, { layout });
      expect(await axeViolations(el), layout).to.deep.equal([]);
    }
  });

  it('loads a document from src and resolves its thumbnails against it', async () => {
    const { el } = await render(undefined, { src: '/demo/related/seed-related.json', layout: 'cards' });
    expect($$(el, 'li')).to.have.length(3);
    expect(($(el, 'img') as HTMLImageElement).src).to.equal(`${location.origin}/demo/images/related-1.jpg`);
  });
});
