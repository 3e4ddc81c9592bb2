// The JSON Schema that `npm run build` writes (scripts/build/write-schemas.mjs) says
// what the runtime model accepts: here, the bounds of pixel sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = (kind) =>
  JSON.parse(readFileSync(new URL(`../../dist/schema/${kind}.schema.json`, import.meta.url), 'utf8'));

/** Every `width` and `height` property anywhere in a schema. */
function sizes(node, found = []) {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties')
        found.push(...['width', 'height'].filter((name) => value[name]).map((name) => value[name]));
      sizes(value, found);
    }
  }
  return found;
}

test('every pixel size (width, height, srcset width) is a whole number from 1 to 100,000', () => {
  // photo: width, height, srcset. Elsewhere every photo (lead, poster, a link's image) is
  // one $defs/Photo; article also has the photo block's own fields.
  // article: 6, plus the video block's own width and height, plus the photo and video blocks
  // again inside an aside (whose blocks are every block but the aside): 6 + 2 + 5.
  for (const [kind, count] of [
    ['photo', 3],
    ['related', 3],
    ['article', 13],
  ]) {
    const found = sizes(schema(kind));
    assert.equal(found.length, count, kind);
    for (const size of found) assert.deepEqual([size.type, size.minimum, size.maximum], ['integer', 1, 100000], kind);
  }
});

test('paragraphs, quotes, list items, captions and the standfirst must have something to show; headings and titles must not be blank', () => {
  const blocks = Object.fromEntries(
    schema('article').properties.body.items.oneOf.map((block) => [block.properties.type.const, block.properties]),
  );
  // Generated descriptions aside.
  const rule = ({ description, ...rest }) => rest;
  /** Whether a plain string passes `field` (rich text: the rule for its string form; a string: its pattern). */
  const accepts = (field, value) => new RegExp(field.then?.pattern ?? field.pattern).test(value);
  const blank = ['', ' \n\u00a0', '\u200b\u200d\u2060\ufeff'];
  // A list item is rich text or {text, items}; a quote, one paragraph or several; a heading, rich text (v2).
  const shownText = [
    blocks.paragraph.text,
    blocks.quote.text.anyOf[0],
    blocks.list.items.items.anyOf[0],
    blocks.list.items.items.anyOf[1].properties.text,
    blocks.heading.text,
    blocks.embed.caption,
    schema('article').properties.description,
    schema('photo').properties.caption,
  ];
  assert.deepEqual(rule(blocks.list.items), { type: 'array', minItems: 1, items: blocks.list.items.items });
  for (const field of shownText) {
    assert.deepEqual([field.$ref, field.if], ['#/$defs/Inline', { type: 'string' }]);
    assert.deepEqual(
      [...blank, 'Talks'].map((v) => accepts(field, v)),
      [false, false, false, true],
    );
  }
  // Not blank: white space or zero-width characters alone are refused, as the model refuses them.
  for (const field of [blocks.code.text, schema('article').properties.headline]) {
    assert.equal(field.type, 'string');
    assert.deepEqual(
      [...blank, 'Talks', ' x '].map((v) => accepts(field, v)),
      [false, false, false, true, true],
    );
  }
});

test('the schema accepts what the model accepts: a language tag in any case, every photo as one definition', () => {
  const lang = new RegExp(schema('article').properties.lang.pattern);
  assert.deepEqual(
    ['en', 'EN-gb', 'zh-Hant-TW', 'e', 'en_US'].map((tag) => lang.test(tag)),
    [true, true, true, false, false],
  );
  const article = schema('article');
  assert.deepEqual(
    [article.properties.image, article.properties.related.properties.links.items.properties.image],
    [{ $ref: '#/$defs/Photo' }, { $ref: '#/$defs/Photo' }],
  );
  assert.equal(article.$defs.Photo.required[0], 'src');
});

test("a `title` is described for what it is: only a photo's is the agency slug", () => {
  /** Every `title` property anywhere in a schema, with the `type` const of its block (if any) and whether it is a photo's. */
  function titles(node, where, found = []) {
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const here = key === 'Photo' ? 'photo' : (value?.properties?.type?.const ?? where);
        if (key === 'properties' && value.title) found.push([where, value.title.description]);
        titles(value, here, found);
      }
    }
    return found;
  }
  const found = titles(schema('article'), 'article');
  // 8 before the media blocks; with them 22: an embed per provider, the video, audio and aside
  // blocks, and every titled block again inside an aside's body.
  assert.equal(found.length, 22);
  for (const [where, description] of found) {
    assert.equal(/agency slug/.test(description), where === 'photo', `${where}: ${description}`);
  }
  assert.match(schema('photo').properties.title.description, /agency slug/);
  assert.doesNotMatch(schema('related').properties.title.description, /agency slug/);
});

// ---------------------------------------------------------------- v2 text blocks (issue 15)

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validateArticle = ajv.compile(schema('article'));
/** The paths (JSON Pointers) where the article schema refuses `doc`; [] when it accepts it. */
const refusals = (doc) => (validateArticle(doc) ? [] : [...new Set(validateArticle.errors.map((e) => e.instancePath))]);
const withBody = (...body) => ({ headline: 'H', body });

test('the article schema accepts the test story, which uses every v2 text block and mark', () => {
  const story = JSON.parse(readFileSync(new URL('../../demo/articles/v2-text.json', import.meta.url), 'utf8'));
  assert.deepEqual(refusals(story), []);
});

test('the article schema accepts each v2 text block in its short forms', () => {
  const good = [
    { type: 'heading', text: [{ text: 'Rich', em: true, code: true }], level: 6 },
    { type: 'quote', text: 'One paragraph' },
    { type: 'quote', text: ['One', { html: '<b>two</b>' }, [{ text: 'three' }]], variant: 'pull' },
    { type: 'list', items: ['a', { text: 'b', ordered: true, items: ['c', { text: 'd', items: ['e'] }] }] },
    { type: 'code', text: '  x = 1', language: 'python' },
    { type: 'code', text: 'no language' },
    {
      type: 'table',
      rows: [
        ['a', ''],
        [[{ text: 'b', href: '/b' }], { html: '<ins>c</ins>' }],
      ],
    },
    { type: 'table', caption: 'C', head: [['x', 'y']], rows: [['1', '2']], rowHeaders: true, align: ['start', 'end'] },
    { type: 'paragraph', text: [{ text: 'claim', note: [{ text: 'source', href: 'https://example.com/' }] }] },
  ];
  assert.deepEqual(
    good.map((block) => refusals(withBody(block))),
    good.map(() => []),
  );
});

test('the article schema rejects bad v2 values, at their path', () => {
  const bad = [
    [{ type: 'heading', text: 'H', level: 7 }, '/body/0/level'],
    [{ type: 'heading', text: ' ' }, '/body/0/text'],
    [{ type: 'quote', text: 'Q', variant: 'side' }, '/body/0/variant'],
    [{ type: 'quote', text: 42 }, '/body/0/text'],
    [{ type: 'list', items: [{ text: 'a', items: 'b' }] }, '/body/0/items/0/items'],
    [{ type: 'list', items: [{ text: 'a', ordered: 'yes' }] }, '/body/0/items/0/ordered'],
    [{ type: 'code', text: '' }, '/body/0/text'],
    [{ type: 'code', text: 42 }, '/body/0/text'],
    [{ type: 'table', rows: [] }, '/body/0/rows'],
    [{ type: 'table', rows: [['a']], align: ['left'] }, '/body/0/align/0'],
    [{ type: 'table', rows: [['a']], rowHeaders: 'yes' }, '/body/0/rowHeaders'],
    [{ type: 'table', rows: [[42]] }, '/body/0/rows/0/0'],
    [{ type: 'paragraph', text: [{ text: 'x', code: 'yes' }] }, '/body/0/text'],
  ];
  for (const [block, path] of bad) {
    // A oneOf over block types reports at the block and at the bad field: the field must be among them.
    assert.ok(
      refusals(withBody(block)).includes(path),
      `${JSON.stringify(block)}: ${refusals(withBody(block)).join(', ')}`,
    );
  }
});

// ---------------------------------------------------------------- v2: media and notes

/** Validates with a real JSON Schema validator (draft 2020-12), as a publisher's CI would. */
function validator(kind) {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(schema(kind));
}
const story = (...body) => ({ headline: 'H', body });
const photo = (src) => ({ src, alt: 'A', width: 400, height: 300, caption: 'C', credit: 'AFP' });

test('the JSON Schema accepts every media and notes block and the new article fields', () => {
  const valid = validator('article');
  const doc = {
    ...story(
      { type: 'gallery', images: [photo('/a.jpg'), photo('/b.jpg')], caption: 'Two' },
      { type: 'embed', provider: 'vimeo', id: '76979871', title: 'T', start: 5 },
      { type: 'embed', provider: 'dailymotion', id: 'x8abc12', player: 'xa1b2' },
      { type: 'embed', provider: 'youtube', id: 'dQw4w9WgXcQ' },
      {
        type: 'video',
        src: '/v.mp4',
        poster: photo('/p.jpg'),
        width: 1280,
        height: 720,
        title: 'V',
        caption: 'C',
        tracks: [{ src: '/v.en.vtt', lang: 'en', label: 'English', kind: 'captions' }],
      },
      { type: 'audio', src: '/a.mp3', title: 'A', duration: 245, transcript: '/a.txt', caption: 'C' },
      {
        type: 'social',
        provider: 'bluesky',
        url: 'https://bsky.app/x',
        author: { name: 'N', handle: '@n', url: 'https://bsky.app/n' },
        text: 'T',
        datePublished: '2021-10-20',
        image: photo('/s.jpg'),
      },
      {
        type: 'aside',
        title: 'Facts',
        body: [
          { type: 'paragraph', text: 'P' },
          { type: 'note', kind: 'update', text: 'U' },
        ],
      },
      { type: 'note', kind: 'editors-note', text: 'N', date: '2021-10-21' },
    ),
    label: 'Analysis',
    dateline: 'MOSCOW',
    authors: [{ name: 'A', jobTitle: 'Correspondent', organization: 'Reuters' }],
    corrections: [{ text: 'Fixed', date: '2021-10-22' }, { text: { html: 'A <b>c</b>' } }],
  };
  assert.equal(valid(doc), true, JSON.stringify(valid.errors?.slice(0, 3)));
});

test('the JSON Schema rejects bad media and notes values, at their path', () => {
  const valid = validator('article');
  /** Where the document is wrong: not the oneOf's "no branch matched" nor every other block type's "type" mismatch. */
  const paths = (doc) => {
    assert.equal(valid(doc), false);
    return new Set(
      valid.errors
        .filter((e) => e.keyword !== 'oneOf' && !e.instancePath.endsWith('/type'))
        .map((e) => `${e.instancePath} ${e.keyword}`),
    );
  };
  const cases = [
    [{ type: 'gallery', images: [photo('/a.jpg')] }, '/body/0/images minItems'],
    [{ type: 'embed', provider: 'vimeo', id: 'abc' }, '/body/0/id pattern'],
    [{ type: 'embed', provider: 'dailymotion', id: 'dQw4w9WgXcQ' }, '/body/0/id pattern'],
    [{ type: 'embed', provider: 'twitch', id: '1' }, '/body/0/provider const'],
    [{ type: 'video', src: '/v.mp4', tracks: [{ src: '/t.vtt', lang: 'e' }] }, '/body/0/tracks/0/lang pattern'],
    [
      { type: 'video', src: '/v.mp4', tracks: [{ src: '/t.vtt', lang: 'en', kind: 'chapters' }] },
      '/body/0/tracks/0/kind enum',
    ],
    [{ type: 'audio', src: '/a.mp3' }, '/body/0 required'],
    [{ type: 'audio', src: '/a.mp3', title: 'A', duration: -1 }, '/body/0/duration minimum'],
    [{ type: 'social', provider: 'myspace', url: '/u', author: { name: 'N' } }, '/body/0/provider enum'],
    [{ type: 'social', provider: 'x', url: '/u', author: {} }, '/body/0/author required'],
    [{ type: 'note', kind: 'erratum', text: 'N' }, '/body/0/kind enum'],
    [{ type: 'note', kind: 'update', text: 'N', date: 'yesterday' }, '/body/0/date pattern'],
    [{ type: 'aside', body: [] }, '/body/0/body minItems'],
  ];
  for (const [block, expected] of cases) {
    const found = [...paths(story(block))];
    assert.ok(found.includes(expected), `${JSON.stringify(block)}: ${found.join(', ')}`);
  }
  // Only the nested aside fails, at its own place: "type" is not one an aside may hold.
  const nested = [
    ...paths(story({ type: 'aside', body: [{ type: 'aside', body: [{ type: 'paragraph', text: 'P' }] }] })),
  ];
  assert.ok(
    nested.some((p) => p.startsWith('/body/0/body/0')),
    nested.join(', '),
  );
  assert.ok(!valid({ headline: 'H', corrections: [{ date: '2021-10-22' }] }));
  assert.deepEqual(
    valid.errors.map((e) => `${e.instancePath} ${e.keyword}`),
    ['/corrections/0 required'],
  );
});
