// The model's side of issue 15's text half: how each new shape is read, what is
// left out, and the warning (with its path) a publisher gets.
import { expect } from '@open-wc/testing';
// The complete model and renderers: every on-demand feature (the HTML reader, the rare blocks…) loaded.
import '../../src/loader/every-feature.js';
import { normalise } from '../../src/model/normalise.js';
import { parseHtmlFragment, validDatetime } from '../../src/model/rich-text/html-fragment.js';
import { decodeEntities } from '../../src/model/rich-text/entities.js';
import type { Issue } from '../../src/model/issues.js';

const read = (body: unknown[], extra: object = {}) => {
  const result = normalise('article', { headline: 'H', body, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { body: result.document.body as unknown[], warnings: result.warnings, document: result.document };
};
function parse(html: string) {
  const warnings: Issue[] = [];
  return { nodes: parseHtmlFragment(html, 'p.html', { warn: (w) => warnings.push(w) }), warnings };
}

describe('v2 text: the model', () => {
  it('reads a quote as paragraphs: a list holding lists or {html} is several, a list of strings and spans is one (as in v1)', () => {
    const { body, warnings } = read([
      { type: 'quote', text: 'One' },
      { type: 'quote', text: ['One ', { text: 'run', em: true }] },
      { type: 'quote', text: ['First', ['Second'], { html: 'Third' }, ' ', 42] },
      { type: 'quote', text: [' ', ['\u200b']] },
    ]);
    expect(body).to.deep.equal([
      { type: 'quote', text: [['One']] },
      { type: 'quote', text: [['One ', { tag: 'em', children: ['run'] }]] },
      { type: 'quote', text: [['First'], ['Second'], ['Third']] },
    ]);
    expect(warnings).to.deep.equal([
      { path: 'body[2].text[4]', message: 'must be text, a list of spans or {"html": "…"}, not the number 42' },
      { path: 'body[3].text', message: 'has no text to show' },
    ]);
    expect(read([{ type: 'quote', text: 'Q', variant: 'side' }]).warnings).to.deep.equal([
      { path: 'body[0].variant', message: 'must be one of "pull"' },
    ]);
  });

  it('keeps a table cell that is not rich text as an empty cell, and a bad alignment as start, so every column keeps its place', () => {
    const { body, warnings } = read([
      {
        type: 'table',
        head: [['A', 'B', 'C']],
        rows: [['1', { wrong: true }, '3'], []],
        align: ['end', 'middle', 'center'],
      },
    ]);
    expect(body).to.deep.equal([
      {
        type: 'table',
        head: [[['A'], ['B'], ['C']]],
        rows: [[['1'], [], ['3']]],
        align: ['end', 'start', 'center'],
      },
    ]);
    expect(warnings.map((w) => w.path)).to.deep.equal(['body[0].rows[0][1]', 'body[0].rows[1]', 'body[0].align[1]']);
    expect(warnings[2].message).to.equal('must be one of "start", "center", "end": "start" used instead');
    expect(read([{ type: 'table', rows: [] }]).warnings).to.deep.equal([
      { path: 'body[0].rows', message: 'has no items to show' },
    ]);
  });

  it('numbers footnotes in the order they are shown, skipping those of parts left out, and keeps notes out of notes and out of photos', () => {
    const { document, warnings } = read(
      [
        { type: 'paragraph', text: [{ text: 'a', note: 'Second' }] },
        { type: 'embed', provider: 'youtube', id: 'bad', caption: [{ text: 'gone', note: 'Dropped with its block' }] },
        {
          type: 'paragraph',
          text: [
            { text: 'b', note: [{ text: 'Third', note: 'Nested' }] },
            { text: 'c', note: ' ' },
          ],
        },
      ],
      { description: [{ text: 'd', note: 'First' }] },
    );
    const refs = JSON.stringify(document).match(/"n":\d/g);
    expect(refs).to.deep.equal(['"n":1', '"n":2', '"n":3']);
    expect(document.description).to.deep.equal(['d', { tag: 'sup', children: [], note: ['First'], n: 1 }]);
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).to.deep.equal([
      'body[1].id: must be an 11-character YouTube video id',
      "body[2].text[0].note[0].note: footnotes are shown only in an article's own text, and not inside another note: left out",
      'body[2].text[1].note: has no text to show: the footnote is left out',
    ]);
    const photo = normalise('photo', {
      src: 'a.jpg',
      alt: 'a',
      width: 3,
      height: 2,
      caption: [{ text: 'x', note: 'n' }],
    });
    expect(photo.warnings.map((w) => w.path)).to.deep.equal(['caption[0].note']);
  });

  it('warns about a photo without width and height where its box depends on them, not about posters and thumbnails', () => {
    const { warnings } = read(
      [
        { type: 'photo', src: 'a.jpg', alt: 'a', width: 300 },
        { type: 'photo', src: 'javascript:x', alt: 'a' },
        { type: 'embed', provider: 'youtube', id: 'dQw4w9WgXcQ', poster: { src: 'p.jpg', alt: 'p' } },
        { type: 'related', links: [{ url: '/r', title: 'R', image: { src: 't.jpg', alt: 't' } }] },
      ],
      { image: { src: 'lead.jpg', alt: 'lead' } },
    );
    const message = 'has no width and height: the box cannot be reserved: the page will shift when it loads';
    expect(warnings.filter((w) => w.message === message).map((w) => w.path)).to.deep.equal(['image', 'body[0]']);
  });

  it('reads strike as s and tt as code, keeps del ins kbd dfn var samp, and time with a valid datetime only', () => {
    const { nodes } = parse(
      '<strike>a</strike><tt>b</tt></strike><del>c</del><ins>d</ins><kbd>e</kbd><dfn>f</dfn><var>g</var><samp>h</samp>' +
        '<time datetime=" 2024-03-13T10:00Z ">i</time><time datetime="2024-02-30">j</time><time datetime="soon">k</time>',
    );
    expect(nodes).to.deep.equal([
      { tag: 's', children: ['a'] },
      { tag: 'code', children: ['b'] },
      { tag: 'del', children: ['c'] },
      { tag: 'ins', children: ['d'] },
      { tag: 'kbd', children: ['e'] },
      { tag: 'dfn', children: ['f'] },
      { tag: 'var', children: ['g'] },
      { tag: 'samp', children: ['h'] },
      { tag: 'time', datetime: '2024-03-13T10:00Z', children: ['i'] },
      { tag: 'time', children: ['j'] },
      { tag: 'time', children: ['k'] },
    ]);
    const valid = [
      '2024',
      '2024-03',
      '2024-03-13',
      '2024-03-13T10:00',
      '2024-03-13 10:00:05.123+01:00',
      '10:00',
      '23:59:59',
      'Z',
      '-05:00',
      '2024-W11',
      'P1D',
      'PT2H30M',
      'P1DT1.5S',
    ];
    const invalid = [
      '',
      '2024-13',
      '2023-02-29',
      '24:00',
      '2024-03-13T10:00+25:00',
      'P',
      'PT',
      'yesterday',
      '2024-03-13T10:00Z<b>',
    ];
    expect(valid.filter((v) => !validDatetime(v))).to.deep.equal([]);
    expect(invalid.filter(validDatetime)).to.deep.equal([]);
  });

  it('leaves out an <img> in html with a warning that names its path and its src', () => {
    const { nodes, warnings } = parse(
      'Before <img src="https://cdn.example/chart.png" alt="Chart"> after <IMG SRC=/x.png>',
    );
    expect(nodes).to.deep.equal(['Before  after ']);
    expect(warnings).to.deep.equal([
      {
        path: 'p.html',
        message: 'an <img> in rich text is not shown (src "https://cdn.example/chart.png"): use a photo block',
      },
      { path: 'p.html', message: 'an <img> in rich text is not shown (src "/x.png"): use a photo block' },
    ]);
  });

  it('decodes the 252 names of HTML 4 and the typographic ones, case-sensitively, and never a name of Object.prototype', () => {
    expect(
      parse(
        '&Eacute;&eacute; &ntilde;&iexcl;&iquest; &frac12;&sup2; &Omega;&omega;&sigmaf; &hearts;&lang;&rang; &OElig;&euro;&permil; &hairsp;&hyphen;&mldr;',
      ).nodes,
    ).to.deep.equal(['Éé ñ¡¿ ½² Ωως ♥⟨⟩ Œ€‰ \u200a\u2010…']);
    // Without `;` only the legacy (Latin-1) names, as a browser reads them.
    expect(parse('&eacute &copy2 &hellip').nodes).to.deep.equal(['é ©2 &hellip']);
    expect(parse('&constructor; &__proto__; &hasOwnProperty; &EACUTE;').nodes).to.deep.equal([
      '&constructor; &__proto__; &hasOwnProperty; &EACUTE;',
    ]);
    // In URLs the probe reads any case, so no spelling of a scheme gets past the policy.
    expect(decodeEntities('javascript&COLON;x&Tab;&NEWLINE;')).to.equal('javascript:x\t\n');
  });
});
