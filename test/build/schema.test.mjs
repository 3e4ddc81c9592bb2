// The JSON Schema that `npm run build` writes (scripts/build/write-schemas.mjs) says
// what the runtime model accepts: here, the bounds of pixel sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const schema = (kind) => JSON.parse(readFileSync(new URL(`../../dist/schema/${kind}.schema.json`, import.meta.url), 'utf8'));

/** Every `width` and `height` property anywhere in a schema. */
function sizes(node, found = []) {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties') found.push(...['width', 'height'].filter((name) => value[name]).map((name) => value[name]));
      sizes(value, found);
    }
  }
  return found;
}

test('every pixel size (width, height, srcset width) is a whole number from 1 to 100,000', () => {
  // photo: width, height, srcset. Elsewhere every photo (lead, poster, a link's image) is
  // one $defs/Photo; article also has the photo block's own fields.
  for (const [kind, count] of [['photo', 3], ['related', 3], ['article', 6]]) {
    const found = sizes(schema(kind));
    assert.equal(found.length, count, kind);
    for (const size of found) assert.deepEqual([size.type, size.minimum, size.maximum], ['integer', 1, 100000], kind);
  }
});

test('paragraphs, quotes, list items, captions and the standfirst must have something to show; headings and titles must not be blank', () => {
  const blocks = Object.fromEntries(schema('article').properties.body.items.oneOf.map((block) => [block.properties.type.const, block.properties]));
  // Generated descriptions aside.
  const rule = ({ description, ...rest }) => rest;
  /** Whether a plain string passes `field` (rich text: the rule for its string form; a string: its pattern). */
  const accepts = (field, value) => new RegExp(field.then?.pattern ?? field.pattern).test(value);
  const blank = ['', ' \n\u00a0', '\u200b\u200d\u2060\ufeff'];
  const shownText = [blocks.paragraph.text, blocks.quote.text, blocks.list.items.items, blocks.embed.caption, schema('article').properties.description, schema('photo').properties.caption];
  assert.deepEqual(rule(blocks.list.items), { type: 'array', minItems: 1, items: blocks.list.items.items });
  for (const field of shownText) {
    assert.deepEqual([field.$ref, field.if], ['#/$defs/Inline', { type: 'string' }]);
    assert.deepEqual([...blank, 'Talks'].map((v) => accepts(field, v)), [false, false, false, true]);
  }
  // Not blank: white space or zero-width characters alone are refused, as the model refuses them.
  for (const field of [blocks.heading.text, schema('article').properties.headline]) {
    assert.equal(field.type, 'string');
    assert.deepEqual([...blank, 'Talks', ' x '].map((v) => accepts(field, v)), [false, false, false, true, true]);
  }
});

test('the schema accepts what the model accepts: a language tag in any case, every photo as one definition', () => {
  const lang = new RegExp(schema('article').properties.lang.pattern);
  assert.deepEqual(['en', 'EN-gb', 'zh-Hant-TW', 'e', 'en_US'].map((tag) => lang.test(tag)), [true, true, true, false, false]);
  const article = schema('article');
  assert.deepEqual([article.properties.image, article.properties.related.properties.links.items.properties.image], [{ $ref: '#/$defs/Photo' }, { $ref: '#/$defs/Photo' }]);
  assert.equal(article.$defs.Photo.required[0], 'src');
});

test("a `title` is described for what it is: only a photo's is the agency slug", () => {
  /** Every `title` property anywhere in a schema, with the `type` const of its block (if any) and whether it is a photo's. */
  function titles(node, where, found = []) {
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const here = key === 'Photo' ? 'photo' : value?.properties?.type?.const ?? where;
        if (key === 'properties' && value.title) found.push([where, value.title.description]);
        titles(value, here, found);
      }
    }
    return found;
  }
  const found = titles(schema('article'), 'article');
  assert.equal(found.length, 8);
  for (const [where, description] of found) {
    assert.equal(/agency slug/.test(description), where === 'photo', `${where}: ${description}`);
  }
  assert.match(schema('photo').properties.title.description, /agency slug/);
  assert.doesNotMatch(schema('related').properties.title.description, /agency slug/);
});
