import { expect } from '@open-wc/testing';
import { normalise } from '../../src/model/normalise.js';
import { plainText, type RichText } from '../../src/model/rich-text/index.js';
import { MAX_NODES } from '../../src/model/budget.js';
import { MAX_ASPECT_RATIO } from '../../src/model/schema.js';
// The complete model: every on-demand feature (the HTML reader, the translations…) loaded.
import '../../src/loader/every-feature.js';

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

describe('normalise', () => {
  it('reads the seed story without a warning', async () => {
    const seed = await (await fetch('/demo/articles/seed.json')).json();
    const result = normalise('article', seed, new URL('/demo/articles/seed.json', location.href).href);
    expect(result.warnings).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.document.headline).to.equal(seed.headline);
    expect(result.document.image!.src).to.equal(new URL('/demo/images/lead-1600.jpg', location.href).href);
    expect(result.document.body!.length).to.equal(seed.body.length);
  });

  it('makes a missing or empty required field an error with its path', () => {
    expect(normalise('article', { body: [] })).to.deep.include({
      ok: false,
      issues: [{ path: 'headline', message: 'is required' }],
    });
    expect(normalise('article', { headline: '' })).to.deep.include({
      ok: false,
      issues: [{ path: 'headline', message: 'must not be blank' }],
    });
    expect(normalise('article', { headline: ' \n\u00a0' })).to.deep.include({
      ok: false,
      issues: [{ path: 'headline', message: 'must not be blank' }],
    });
    expect(normalise('article', { headline: '\u200b\u200d\u2060\ufeff' })).to.deep.include({
      ok: false,
      issues: [{ path: 'headline', message: 'must not be blank' }],
    });
    expect(normalise('related', { links: 'x' })).to.deep.include({
      ok: false,
      issues: [{ path: 'links', message: 'must be a list, not a string' }],
    });
    for (const raw of [null, 42, 'story', [1, 2]]) {
      const result = normalise('photo', raw);
      expect(result.ok).to.equal(false);
      expect(paths((result as { issues: { path: string }[] }).issues)).to.deep.equal(['(document)']);
    }
  });

  it('reads the whole of an unusable document: every error and every warning in one pass', () => {
    const result = normalise('article', {
      headline: 42,
      image: { alt: 'no src' },
      body: [
        { type: 'paragraph', text: 'kept' },
        { type: 'embed', provider: 'youtube', id: 'short' },
        { type: 'poll' },
      ],
      related: { links: 'none' },
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.deep.equal([{ path: 'headline', message: 'must be a string, not the number 42' }]);
    expect(result.warnings.map((w) => w.path)).to.deep.equal([
      'image.src',
      'body[1].id',
      'body[2].type',
      'related.links',
    ]);
  });

  it('reports every required field that fails, not just the first', () => {
    const result = normalise('related', { links: [{ title: '' }] });
    expect(result.ok).to.equal(true);
    // In a list item: both problems of the one link, each with its own path.
    expect(result.warnings).to.deep.equal([
      { path: 'links[0].url', message: 'is required' },
      { path: 'links[0].title', message: 'must not be blank' },
    ]);
  });

  it('skips a blank heading, link title or tag with a warning; a blank optional field is simply missing', () => {
    const result = normalise('article', {
      headline: 'H',
      section: ' \u200b',
      description: '   ',
      datePublished: '',
      tags: ['a', ' '],
      image: { src: 'lead.jpg', alt: '', caption: { html: '<br> &nbsp;' }, credit: 'AFP', creditUrl: '', title: '\t' },
      body: [
        { type: 'heading', text: '  ' },
        { type: 'link', title: '\t', url: 'https://example.com/' },
        {
          type: 'embed',
          provider: 'youtube',
          id: 'dQw4w9WgXcQ',
          title: '  ',
          caption: [' ', { text: ' ' }],
          start: 1e21,
        },
        { type: 'quote', text: 'Q', cite: ' ' },
        { type: 'paragraph', text: '\u200b\u2060' },
      ],
      related: {
        title: ' ',
        links: [
          { url: 'https://example.com/a', title: ' ' },
          { url: 'https://example.com/b', title: 'B', label: '' },
        ],
      },
    });
    if (!result.ok) throw new Error('the article must render');
    const { document, warnings } = result;
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).to.have.members([
      'tags[1]: must not be blank',
      'image: has no width and height: the box cannot be reserved: the page will shift when it loads',
      'body[0].text: has no text to show',
      'body[1].title: must not be blank',
      'body[2].start: must be between 0 and 86400',
      'body[4].text: has no text to show',
      'related.links[0].title: must not be blank',
    ]);
    expect(document).to.not.have.any.keys('section', 'description', 'datePublished');
    expect(document.tags).to.deep.equal(['a']);
    // A blank alt stays: it says the image is decorative.
    expect(document.image).to.deep.equal({ src: 'lead.jpg', alt: '', credit: 'AFP' });
    expect(document.body).to.deep.equal([
      { type: 'embed', provider: 'youtube', id: 'dQw4w9WgXcQ' },
      { type: 'quote', text: [['Q']] },
    ]);
    expect(document.related).to.deep.equal({ links: [{ url: 'https://example.com/b', title: 'B' }] });
  });

  it('leaves out an invalid block, link or field with a warning naming its path', () => {
    const result = normalise('article', {
      headline: 'H',
      datePublished: 'yesterday',
      body: [
        { type: 'paragraph', text: 'ok' },
        { type: 'paragraph', text: 42 },
        { type: 'carousel' },
        { type: 'embed', provider: 'youtube', id: 'nope' },
        { type: 'heading', text: 'Sub', level: 9 },
        { type: 'photo', src: 'javascript:alert(1)', caption: 'kept', credit: 'AFP' },
        { noType: true },
      ],
      related: {
        links: [
          { url: '/a', title: '' },
          { url: '/b', title: 'B' },
        ],
      },
    });
    expect(result.ok).to.equal(true);
    expect(paths(result.warnings)).to.deep.equal([
      'datePublished',
      'body[1].text',
      'body[2].type',
      'body[3].id',
      'body[4].level',
      'body[5].src',
      'body[5].alt',
      'body[6].type',
      'related.links[0].title',
    ]);
    expect(result.warnings[2].message).to.match(/unknown type "carousel"/);
    if (!result.ok) return;
    expect(result.document.body!.map((b) => b.type)).to.deep.equal(['paragraph', 'heading', 'photo']);
    expect(result.document.body![1]).to.deep.equal({ type: 'heading', text: ['Sub'] });
    expect(result.document.body![2]).to.deep.include({ type: 'photo', credit: 'AFP', caption: ['kept'] });
    expect(result.document.body![2]).not.to.have.property('src');
    expect(result.document.related!.links.map((l) => l.title)).to.deep.equal(['B']);
  });

  it('ignores unknown fields and never copies __proto__ or constructor', () => {
    const raw = JSON.parse('{"headline":"H","__proto__":{"polluted":1},"constructor":{"x":1},"extra":1}');
    const result = normalise('article', raw);
    expect(result.ok && Object.keys(result.document)).to.deep.equal(['headline']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('resolves relative URLs only against the base it is given', () => {
    const photo = { src: 'img/a.jpg', credit: 'c' };
    expect(normalise('photo', photo)).to.deep.include({ document: { src: 'img/a.jpg', credit: 'c' } });
    expect(normalise('photo', photo, 'https://cdn.example/docs/p.json')).to.deep.include({
      document: { src: 'https://cdn.example/docs/img/a.jpg', credit: 'c' },
    });
  });

  it('turns spans into links, emphasis and text, refusing bad hrefs', () => {
    const result = normalise('article', {
      headline: 'H',
      description: [
        'Per ',
        { text: 'CNN', href: 'https://cnn.example/' },
        ' and ',
        { text: 'x', href: 'javascript:1', strong: true },
      ],
    });
    expect(result.ok && result.document.description).to.deep.equal([
      'Per ',
      { tag: 'a', href: 'https://cnn.example/', children: ['CNN'] },
      ' and ',
      { tag: 'strong', children: ['x'] },
    ]);
    expect(paths(result.warnings)).to.deep.equal(['description[3].href']);
  });
});

describe('normalise, hostile block types', () => {
  it('skips a block whose type is not a string, however deep or cyclic, with a warning', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20000; i++) deep = [deep];
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const type of [deep, cyclic, BigInt(10)]) {
      const r = normalise('article', { headline: 'H', body: [{ type }, { type: 'divider' }] });
      expect(r.ok).to.equal(true);
      expect(r.ok && r.document.body).to.deep.equal([{ type: 'divider' }]);
      expect(r.warnings[0].path).to.equal('body[0].type');
    }
  });
});

describe('normalise, pixel sizes', () => {
  it('leaves out an absurd width, height or srcset width with a warning naming its path', () => {
    const result = normalise('photo', {
      src: 'a.jpg',
      alt: 'a',
      width: 2e237,
      height: 100_001,
      srcset: [
        { src: 'a-400.jpg', width: 400 },
        { src: 'a-huge.jpg', width: 1e6 },
      ],
    });
    expect(result.warnings).to.deep.equal([
      { path: 'width', message: 'must be between 1 and 100000' },
      { path: 'height', message: 'must be between 1 and 100000' },
      { path: 'srcset[1].width', message: 'must be between 1 and 100000' },
      {
        path: '(document)',
        message: 'has no width and height: the box cannot be reserved: the page will shift when it loads',
      },
    ]);
    expect(result.ok && result.document).to.deep.equal({
      src: 'a.jpg',
      alt: 'a',
      srcset: [{ src: 'a-400.jpg', width: 400 }],
    });
  });

  it('keeps the largest size it allows', () => {
    const result = normalise('photo', { src: 'a.jpg', alt: 'a', width: 100_000, height: 10_000 });
    expect(result).to.deep.include({
      warnings: [],
      document: { src: 'a.jpg', alt: 'a', width: 100_000, height: 10_000 },
    });
  });

  it(`reserves a box at most ${MAX_ASPECT_RATIO} times as tall as wide, or as wide as tall, with a warning`, () => {
    const tall = normalise('photo', { src: 'a.jpg', alt: 'a', width: 1, height: 100_000 });
    expect(tall).to.deep.include({
      document: { src: 'a.jpg', alt: 'a', width: 1, height: MAX_ASPECT_RATIO },
      warnings: [
        {
          path: 'height',
          message: `makes the image more than ${MAX_ASPECT_RATIO} times as tall as wide: its box is reserved at 1 × ${MAX_ASPECT_RATIO}`,
        },
      ],
    });
    const wide = normalise('article', {
      headline: 'H',
      body: [{ type: 'photo', src: 'a.jpg', alt: 'a', width: 5000, height: 20 }],
    });
    expect(wide.warnings).to.deep.equal([
      {
        path: 'body[0].width',
        message: `makes the image more than ${MAX_ASPECT_RATIO} times as wide as tall: its box is reserved at 200 × 20`,
      },
    ]);
    const panorama = normalise('photo', { src: 'a.jpg', alt: 'a', width: 4000, height: 400 });
    expect(panorama).to.deep.include({ warnings: [], document: { src: 'a.jpg', alt: 'a', width: 4000, height: 400 } });
  });
});

describe('normalise, the node budget of a document', () => {
  /** How many elements a rich-text tree holds. */
  const count = (nodes: RichText): number =>
    nodes.reduce((n, node) => n + (typeof node === 'string' ? 0 : 1 + count(node.children)), 0);
  const message = `more than ${MAX_NODES} blocks, items, links and rich-text elements in the document: the rest is left out (rich text keeps its words, as plain text)`;

  it(`builds at most ${MAX_NODES} blocks and rich-text elements together, with one warning; rich text past it keeps its words`, () => {
    const html = '<b>x</b>'.repeat(MAX_NODES - 10);
    const spans = Array.from({ length: 20 }, () => ({ text: 'y', strong: true, em: true })); // two elements each
    const result = normalise('article', {
      headline: 'H',
      description: { html: '<i>a</i>' },
      body: [
        { type: 'paragraph', text: { html } },
        { type: 'paragraph', text: spans },
        { type: 'quote', text: { html: '<b>z</b>' } },
      ],
    });
    // The description's <i>, one block, all but 10 of the html's <b>s, one block, then 3½ spans.
    expect(result.warnings).to.deep.equal([{ path: 'body[1].text[3]', message }]);
    if (!result.ok) throw new Error('not ok');
    const { description, body } = result.document;
    const texts = [description!, ...body!.map((block) => (block as { text: RichText }).text)];
    expect(texts.map(count)).to.deep.equal([1, MAX_NODES - 10, 7]);
    expect(texts.map(plainText)).to.deep.equal(['a', 'x'.repeat(MAX_NODES - 10), 'y'.repeat(20)]);
  });

  it('counts blocks and list items across the whole document: 125 lists of 20,000 items keep 5,000 nodes, with one warning', () => {
    const items = Array.from({ length: 20_000 }, () => 'x');
    const result = normalise('article', {
      headline: 'H',
      body: Array.from({ length: 125 }, () => ({ type: 'list', items })),
      tags: ['a'],
    });
    expect(result.warnings).to.deep.equal([{ path: `body[0].items[${MAX_NODES - 1}]`, message }]);
    if (!result.ok) throw new Error('not ok');
    const body = result.document.body as { items: unknown[] }[];
    expect(body.map((block) => block.items.length)).to.deep.equal([MAX_NODES - 1]);
    expect(result.document.tags).to.deep.equal([]);
  });

  it('leaves out a list block that gets no item before the budget ends, without a second warning', () => {
    const filler = Array.from({ length: MAX_NODES - 1 }, () => ({ type: 'divider' }));
    const result = normalise('article', {
      headline: 'H',
      body: [...filler, { type: 'list', items: ['a', 'b'] }, { type: 'divider' }],
    });
    expect(result.warnings).to.deep.equal([{ path: `body[${MAX_NODES - 1}].items[0]`, message }]);
    if (!result.ok) throw new Error('not ok');
    expect(result.document.body!.length).to.equal(MAX_NODES - 1);
  });
});
