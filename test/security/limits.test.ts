// The limits of SECURITY.md, as a reader would notice them: big documents render,
// absurd ones are cut down with a warning, nothing overflows the stack.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { MAX_INLINE_DEPTH } from '../../src/model/rich-text/index.js';
import { MAX_NODES } from '../../src/model/budget.js';
import { MAX_ASPECT_RATIO } from '../../src/model/schema.js';
import { MAX_URL_LENGTH } from '../../src/model/url-policy.js';
import type { Issue } from '../../src/model/issues.js';
import { quietly } from './harness.js';

type NewsEl = HTMLElement & { state: string; data: unknown };

/** Renders a document in `<tag>` (as `data`, or as inline JSON text) and returns the element and its warnings. */
async function render(tag: string, doc: unknown, inlineJson?: string) {
  const el = document.createElement(tag) as NewsEl;
  if (inlineJson === undefined) el.data = doc;
  else
    el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: inlineJson }));
  const settled = Promise.race([oneEvent(el, 'news-load'), oneEvent(el, 'news-error')]);
  const started = performance.now();
  let detail: { warnings?: Issue[] } = {};
  await quietly(async () => {
    document.body.append(el);
    detail = (await settled).detail;
  });
  return { el, warnings: detail.warnings ?? [], ms: performance.now() - started };
}
const BUDGET = `more than ${MAX_NODES} blocks, items, links and rich-text elements in the document: the rest is left out (rich text keeps its words, as plain text)`;
const text = (el: NewsEl) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** How deep the rendered rich text nests inside `root`. */
function depth(root: Node): number {
  let max = 0;
  for (const child of root.childNodes) if (child.nodeType === 1) max = Math.max(max, 1 + depth(child));
  return max;
}

describe('limits', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('news-article, news-photo, news-related').forEach((el) => el.remove()));

  it('renders a 5 MB article with 5,000 blocks (data and inline JSON)', async () => {
    const filler = 'x'.repeat(1000);
    const doc = {
      headline: 'Big',
      body: Array.from({ length: 5000 }, (_, i) => ({ type: 'paragraph', text: `block ${i} ${filler}` })),
    };
    const json = JSON.stringify(doc);
    expect(json.length).to.be.above(5_000_000);
    for (const inline of [undefined, json]) {
      const { el, warnings, ms } = await render('news-article', doc, inline);
      expect(el.state).to.equal('ready');
      expect(warnings).to.deep.equal([]);
      const paragraphs = el.shadowRoot!.querySelectorAll('[part~="paragraph"]');
      expect(paragraphs.length).to.equal(5000);
      expect(paragraphs[4999].textContent).to.match(/^block 4999 x/);
      console.log(`[security] 5 MB, 5,000 blocks via ${inline ? 'inline JSON' : 'data'}: ${Math.round(ms)} ms`);
      el.remove();
    }
  });

  it(`cuts html nesting at ${MAX_INLINE_DEPTH} elements with one warning, the text kept (100,000 levels)`, async () => {
    const html = '<b><i>'.repeat(50_000) + 'the bottom' + '</i></b>'.repeat(50_000);
    const { el, warnings } = await render('news-article', {
      headline: 'Deep',
      body: [{ type: 'paragraph', text: { html } }],
    });
    expect(el.state).to.equal('ready');
    expect(warnings).to.deep.equal([
      {
        path: 'body[0].text.html',
        message: `nested deeper than ${MAX_INLINE_DEPTH} elements: the deeper markup is shown as plain text`,
      },
    ]);
    const paragraph = el.shadowRoot!.querySelector('[part~="paragraph"]')!;
    expect(paragraph.textContent).to.equal('the bottom');
    expect(depth(paragraph)).to.equal(MAX_INLINE_DEPTH);
  });

  it('refuses spans nested in spans (100,000 levels, also as inline JSON) with a warning, the rest of the text kept', async () => {
    let nested: unknown = 'too deep';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    const doc = {
      headline: 'Deep spans',
      body: [{ type: 'paragraph', text: ['kept ', nested, { text: 'and this' }] }],
    };
    const json = `{"headline":"Deep spans","body":[{"type":"paragraph","text":["kept ",${'['.repeat(100_000)}"too deep"${']'.repeat(100_000)},{"text":"and this"}]}]}`;
    for (const inline of [undefined, json]) {
      const { el, warnings } = await render('news-article', doc, inline);
      expect(el.state).to.equal('ready');
      expect(warnings).to.deep.equal([{ path: 'body[0].text[1]', message: 'must be a string or a {text} span' }]);
      expect(el.shadowRoot!.querySelector('[part~="paragraph"]')!.textContent).to.equal('kept and this');
      el.remove();
    }
  });

  it('refuses objects nested where text belongs (100,000 levels) with a warning', async () => {
    let nested: unknown = { html: 'x' };
    for (let i = 0; i < 100_000; i++) nested = { html: nested, text: nested };
    const { el, warnings } = await render('news-photo', {
      src: '/demo/images/lead-400.jpg',
      alt: 'a',
      width: 400,
      height: 267,
      caption: nested,
      credit: 'Credit',
    });
    expect(el.state).to.equal('ready');
    expect(warnings).to.deep.equal([
      { path: 'caption', message: 'must be text, a list of spans or {"html": "…"}, not an object' },
    ]);
    expect(text(el)).to.contain('Credit');
  });

  it(`renders at most ${MAX_NODES.toLocaleString('en')} links of a related block, with one warning`, async () => {
    const links = Array.from({ length: 20_000 }, (_, i) => ({ url: `/story/${i}`, title: `Story ${i}` }));
    const { el, warnings } = await render('news-related', { links });
    expect(el.state).to.equal('ready');
    expect(warnings).to.deep.equal([{ path: `links[${MAX_NODES}]`, message: BUDGET }]);
    expect(el.shadowRoot!.querySelectorAll('[part~="related-item"]').length).to.equal(MAX_NODES);
  });

  it(`renders at most ${MAX_NODES.toLocaleString('en')} blocks and list items in all (125 lists of 20,000 items, 10 MB), with one warning`, async () => {
    const items = Array.from({ length: 20_000 }, () => 'x');
    const doc = { headline: 'Lists', body: Array.from({ length: 125 }, () => ({ type: 'list', items })) };
    const { el, warnings } = await render('news-article', doc);
    expect(el.state).to.equal('ready');
    expect(warnings).to.deep.equal([{ path: `body[0].items[${MAX_NODES - 1}]`, message: BUDGET }]);
    expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(MAX_NODES - 1);
  });

  it(`reserves a photo box at most ${MAX_ASPECT_RATIO} times as tall as wide (width 1, height 100,000), with a warning`, async () => {
    const { el, warnings } = await render('news-photo', {
      src: '/demo/images/lead-400.jpg?tall',
      alt: 'a',
      width: 1,
      height: 100_000,
    });
    expect(el.state).to.equal('ready');
    expect(warnings.map((w) => w.path)).to.deep.equal(['height']);
    // The box reserved before the image arrives (once it has, the image's own ratio wins).
    const [width, height] = getComputedStyle(el.shadowRoot!.querySelector('img')!)
      .aspectRatio.match(/[\d.]+/g)!
      .map(Number);
    expect(height / width).to.equal(MAX_ASPECT_RATIO);
  });

  it(`refuses a URL longer than ${MAX_URL_LENGTH} characters, keeping the rest of the photo`, async () => {
    const { el, warnings } = await render('news-photo', {
      src: `/demo/images/lead-400.jpg?${'a'.repeat(MAX_URL_LENGTH)}`,
      alt: 'a',
      credit: 'Credit',
    });
    expect(el.state).to.equal('ready');
    expect(warnings.map((w) => w.path)).to.deep.equal(['src']);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el)).to.contain('Credit');
  });

  it(`builds at most ${MAX_NODES.toLocaleString('en')} nodes per document, rich text past it as text, with one warning (10 MB of <b>x</b> and spans)`, async () => {
    // Without the budget, this document renders 1.3 million elements, for seconds.
    const html = '<b>x</b>'.repeat(1_300_000);
    const spans = Array.from({ length: 1000 }, () => ({ text: 'y', strong: true }));
    const doc = {
      headline: 'Many',
      body: [
        { type: 'paragraph', text: { html } },
        { type: 'paragraph', text: spans },
      ],
    };
    expect(JSON.stringify(doc).length).to.be.above(10_000_000);
    const { el, warnings, ms } = await render('news-article', doc);
    expect(el.state).to.equal('ready');
    expect(warnings).to.deep.equal([{ path: 'body[0].text.html', message: BUDGET }]);
    // The first block spent one node; its html the rest. The second block is past the budget.
    const paragraphs = el.shadowRoot!.querySelectorAll('[part~="paragraph"]');
    expect(paragraphs.length).to.equal(1);
    expect(paragraphs[0].querySelectorAll('b').length).to.equal(MAX_NODES - 1);
    expect(paragraphs[0].textContent).to.equal('x'.repeat(1_300_000));
    console.log(`[security] 10 MB of rich text, 1.3 million elements asked for: ${Math.round(ms)} ms`);
  });

  it('renders a million plain spans as one text, not a million text nodes', async () => {
    const spans = Array.from({ length: 1_000_000 }, (_, i) => (i % 2 ? { text: 'y' } : 'x'));
    const { el, warnings } = await render('news-article', {
      headline: 'Spans',
      body: [{ type: 'paragraph', text: spans }],
    });
    expect(el.state).to.equal('ready');
    expect(warnings).to.deep.equal([]);
    const paragraph = el.shadowRoot!.querySelector('[part~="paragraph"]')!;
    expect(paragraph.textContent).to.equal('xy'.repeat(500_000));
    expect([...paragraph.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)).to.have.length(1);
  });
});
