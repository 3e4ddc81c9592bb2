// Adapters take untrusted input: whatever JSON or text arrives, they return a result and never throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromAns, fromHtml, fromSchemaOrg, fromWordPress } from 'news-elements/adapters';
import { json } from './support.mjs';

const ok = (result) => typeof result.document === 'object' && Array.isArray(result.warnings);

test('any JSON value: a result, never an exception', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => ok(fromWordPress(value)) && ok(fromAns(value)) && ok(fromSchemaOrg(value))),
    { numRuns: 500 },
  );
});

test('real documents with parts replaced by odd values: a result, never an exception', async () => {
  const post = await json('wordpress/frontity-post-60.json');
  const story = await json('ans/story-fixture-good.json');
  const odd = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.string(),
    fc.constant([]),
    fc.constant({}),
    fc.array(fc.constant(null)),
  );
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(post)), odd, (key, value) =>
      ok(fromWordPress({ ...post, [key]: value })),
    ),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(story)), odd, (key, value) => ok(fromAns({ ...story, [key]: value }))),
    { numRuns: 300 },
  );
  // An ANS body with null elements (ans-schema's ACMS-1870).
  assert.deepEqual(fromAns({ headlines: { basic: 'h' }, content_elements: [null] }).warnings, [
    { path: 'content_elements[0]', message: 'is not an element: left out' },
  ]);
});

test('any text as HTML: a result, never an exception', () => {
  const tags = fc.constantFrom(
    '<p>',
    '</p>',
    '<li>',
    '<ul>',
    '</ul>',
    '<table>',
    '<tr>',
    '<td>',
    '<figure>',
    '<img src=x>',
    '<iframe src="https://youtu.be/dQw4w9WgXcQ">',
    '<blockquote class="twitter-tweet">',
    '</blockquote>',
    '<script>',
    '<!--',
    '<a href="javascript:x">',
    '&amp;',
    'text ',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(tags, fc.string()), { maxLength: 60 }), (parts) => ok(fromHtml(parts.join('')))),
    { numRuns: 500 },
  );
});

test('a self-referencing JSON-LD graph is read once', () => {
  const graph = {
    '@graph': [
      { '@id': '#a', '@type': 'NewsArticle', headline: 'H', author: { '@id': '#a' }, publisher: { '@id': '#a' } },
    ],
  };
  assert.equal(fromSchemaOrg(graph).document.headline, 'H');
});
