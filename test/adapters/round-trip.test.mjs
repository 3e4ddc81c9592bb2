// Round trip, per format, on every fixture: convert, then validate. What an adapter
// claims to map must survive the model: every block it writes (of a type the model
// reads) validates whole, keeps every field it was given, and every warning points
// at a place in the source. The v2 blocks and fields included: the model reads them all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromFormat } from 'news-elements/adapters';
import { normalise } from '../../dist/model/normalise.js';
import { BlockSchema } from '../../dist/model/schema.js';
import { at, fixture, fixtureNames } from './support.mjs';

/** The block types the model reads today, from the model itself. */
const MODEL_TYPES = new Set(Object.keys(BlockSchema.of));

/** What the model may say of a block without anything being lost: an alt text to add, a box kept within bounds or not known. */
const HARMLESS = /^(missing alt text|makes the image more than|has no width and height)/;

const SOURCES = {
  wordpress: { folder: 'wordpress', pattern: /\.json$/ },
  ans: { folder: 'ans', pattern: /\.json$/ },
  'schema.org': { folder: 'schema.org', pattern: /\.json$/ },
  html: { folder: 'html', pattern: /\.html$/ },
};

async function sourceOf(format, name) {
  const text = await fixture(`${SOURCES[format].folder}/${name}`);
  return format === 'html' ? text : JSON.parse(text);
}

/** The keys of `raw` that are missing from `out`, one level down into photos too. */
function lostKeys(raw, out, prefix = '') {
  const lost = [];
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'type') continue;
    if (!(key in out)) lost.push(`${prefix}${key}`);
    else if (value && typeof value === 'object' && !Array.isArray(value) && 'src' in value)
      lost.push(...lostKeys(value, out[key], `${prefix}${key}.`));
  }
  return lost;
}

/**
 * Whether `path` (with an HTML field's `:line:column`, when it has one) names a place in
 * `source`: a field that is there, or one the message says is missing.
 */
function inSource(source, path, message) {
  const [, field, line, column] = /^(.*?)(?::(\d+):(\d+))?$/.exec(path);
  if (typeof source === 'string') {
    // fromHtml: the path is `html`, or `html:line:column` in the page.
    if (field !== 'html') return false;
    return line === undefined || Number(line) <= source.split('\n').length;
  }
  if (line !== undefined) {
    const html = at(source, field);
    return typeof html === 'string' && Number(line) <= html.split('\n').length && Number(column) >= 1;
  }
  return at(source, field) !== undefined || /\bis missing\b/.test(message);
}

for (const format of Object.keys(SOURCES)) {
  test(`${format}: every block the adapter writes validates whole; every warning points into the source`, async (t) => {
    const names = await fixtureNames(SOURCES[format].folder, SOURCES[format].pattern);
    assert.ok(names.length >= 5, `at least five fixtures: ${names.join(', ')}`);
    let checked = 0;
    for (const name of names) {
      const source = await sourceOf(format, name);
      const { document, warnings } = fromFormat(format, source);

      for (const { path, message } of warnings) {
        assert.ok(
          inSource(source, path, message),
          `${name}: the warning "${path}: ${message}" points at a place in the source`,
        );
      }

      for (const [index, block] of (document.body ?? []).entries()) {
        const where = `${name} body[${index}] (${block.type})`;
        assert.ok(MODEL_TYPES.has(block.type), `${where}: a block type the model reads`);
        const result = normalise('article', { headline: 'x', body: [block] });
        assert.ok(
          result.ok && result.document.body.length === 1,
          `${where} validates: ${JSON.stringify(result.ok ? result.warnings : result.issues)}`,
        );
        const lost = result.warnings.filter((w) => !HARMLESS.test(w.message));
        assert.deepEqual(lost, [], `${where}: the model leaves nothing of it out`);
        assert.deepEqual(
          lostKeys(block, result.document.body[0]),
          [],
          `${where}: every field the adapter wrote is kept`,
        );
        checked++;
      }

      // The article's own fields (the body apart, checked above).
      if (document.headline === undefined) continue;
      const { body, ...fields } = document;
      const result = normalise('article', fields);
      assert.ok(result.ok, `${name}: the article validates: ${JSON.stringify(result.ok ? [] : result.issues)}`);
      for (const key of Object.keys(fields)) assert.ok(key in result.document, `${name}: the article keeps ${key}`);
      for (const [i, author] of (fields.authors ?? []).entries()) {
        for (const key of Object.keys(author))
          assert.ok(key in result.document.authors[i], `${name}: authors[${i}] keeps ${key}`);
      }
      if (fields.image)
        assert.deepEqual(
          lostKeys({ image: fields.image }, result.document),
          [],
          `${name}: the lead image keeps every field`,
        );
    }
    assert.ok(checked > 0, 'some blocks were checked');
    t.diagnostic(`${checked} blocks checked whole`);
  });
}
