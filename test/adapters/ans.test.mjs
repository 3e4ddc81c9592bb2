// fromAns on the Arc XP ANS fixtures of washingtonpost/ans-schema (test/adapters/fixtures/ans/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromAns } from 'news-elements/adapters';
import { assertKeepsWords, at, fixtureNames, htmlText, json, roundTrip, strings } from './support.mjs';

const stories = await fixtureNames('ans', /^story-.*\.json$/);
/** An element fixture of the schema, as the one element of a story's body. */
const storyOf = async (name) => ({
  type: 'story',
  headlines: { basic: name },
  content_elements: [await json(`ans/${name}.json`)],
});

test('at least five real stories', () => assert.ok(stories.length >= 5, stories.join(', ')));

test('a full story: headline, description, dates, credits, label, section, tags, lead image with its credit', async () => {
  const { document } = fromAns(await json('ans/story-fixture-good.json'));
  assert.equal(document.headline, 'The default headline for this story');
  assert.equal(document.description, 'A Vienna man went in for a colonoscopy and intended to record his doctor');
  assert.equal(document.lang, 'en');
  assert.deepEqual(document.authors[0], {
    name: 'John Q. Reporter',
    url: 'https://www.washingtonpost.com/people/anthony-faiola',
    organization: 'The Washington Post',
  });
  assert.equal(document.label, 'The Kicker');
  assert.deepEqual(document.tags, ['Fred', 'Writing']);
  assert.deepEqual(document.image, {
    src: 'https://tinyurl.com/mqyonhb',
    width: 800,
    height: 640,
    caption: 'Never gonna give you up',
    credit: 'Ansel Adams',
    title: 'Never gonna let you down',
  });
  assert.deepEqual(document.corrections, [
    { text: 'What I said before was not exactly true.' },
    { text: 'What I said before was false and not true.' },
  ]);
});

test('content elements: text, image, nested list, quotes, correction, Vimeo, interstitial link, element group', async () => {
  const { document } = fromAns(await json('ans/story-fixture-good.json'));
  const types = document.body.map((b) => b.type);
  assert.deepEqual(types, [
    'paragraph',
    'paragraph',
    'photo',
    'list',
    'quote',
    'quote',
    'note',
    'embed',
    'link',
    'photo',
    'photo',
  ]);
  assert.deepEqual(document.body[3], {
    type: 'list',
    items: ['Foo', { text: 'Bar', items: ['Hi', 'Mom'], ordered: true }],
  });
  assert.deepEqual(document.body[4], { type: 'quote', text: { html: "<i>Here's my html</i>" } });
  const nested = document.body[5];
  // Its own paragraph, then the quote inside it: its text and its citation (the image in it is a warning).
  assert.deepEqual(
    nested.text.map((p) => htmlText(p.html ?? p)),
    [
      'I really like this sample sentence. Maybe we should use it?',
      'Now is the time for all good men to come to the aid of their party.',
      '\u2014 Charles E. Weller; The Early History of the Typewriter, p. 21 (1918)',
    ],
  );
  assert.equal(nested.cite, 'Me, on Slack, two minutes ago.');
  assert.deepEqual(document.body[6], {
    type: 'note',
    kind: 'update',
    text: 'An earlier version of this article attributed the above quote to David Foster Wallace.',
  });
  assert.deepEqual(document.body[7], {
    type: 'embed',
    provider: 'vimeo',
    id: '76979871',
    title: 'The New Vimeo Player (You Know, For Videos)',
  });
  assert.equal(document.body[8].title, 'Can Clinton and Trump ride to big victories in next weeks Acela primary?');
});

test('what has no place in our document is a warning with its path in the story', async () => {
  const { warnings } = fromAns(await json('ans/story-fixture-good.json'));
  assert.deepEqual(
    warnings.map((w) => w.path),
    [
      'content_elements[5].content_elements[1].content_elements',
      'content_elements[7].content:1:1',
      'content_elements[8]',
      'content_elements[12].type',
      'content_elements[13].type',
    ],
  );
  assert.match(warnings[1].message, /<iframe> from www\.google\.com left out/);
  assert.match(warnings[2].message, /unresolved reference/);
  assert.match(warnings[3].message, /"numeric_rating" has no block/);
  const mystery = fromAns(await json('ans/story-fixture-good-mystery-element.json'));
  assert.deepEqual(mystery.warnings, [
    { path: 'content_elements[0].type', message: '"ghost" has no block in our document: left out' },
  ]);
  const tiny = fromAns(await json('ans/story-fixture-tiny-house.json'));
  assert.deepEqual(
    tiny.warnings.map((w) => w.path),
    ['content_elements[7].type'],
  );
});

test('the tiny-house story: divider, link list, image credit, author', async () => {
  const { document } = fromAns(await json('ans/story-fixture-tiny-house.json'));
  assert.equal(document.headline, 'Tiny house, big benefits: Freedom from a mortgage and worries — and stuff');
  assert.deepEqual(document.authors, [{ name: 'Nina Patel', organization: 'The Washington Post' }]);
  assert.deepEqual(
    document.body.map((b) => b.type),
    ['paragraph', 'paragraph', 'divider', 'paragraph', 'related', 'photo', 'paragraph'],
  );
  const related = document.body[4];
  assert.equal(related.title, 'Learn More');
  assert.equal(related.links[0].title, 'Can Clinton and Trump ride to big victories in next weeks Acela primary?');
  assert.equal(document.body[5].credit, 'Ansel Adams');
});

test('element fixtures of the schema: header, code, table, nested list, tweet, link list', async () => {
  const body = async (name) => fromAns(await storyOf(name)).document.body;
  assert.deepEqual(await body('header-fixture-good'), [{ type: 'heading', text: 'A New Deal', level: 2 }]);
  assert.deepEqual(await body('code-fixture-good'), [
    { type: 'code', text: 'var x = "foo";\nconsole.log("foo");', language: 'javascript' },
  ]);
  const [table] = await body('table-fixture-good');
  assert.deepEqual(table.head, [['Header Y = 1', 'Header Y = 1']]);
  assert.deepEqual(table.rows, [
    ['X = 1, Y = 1', 'X = 2, Y = 1'],
    ['X = 2, Y = 1', 'X = 2, Y = 2'],
  ]);
  const [list] = await body('ul-fixture-good-nested');
  assert.equal(list.type, 'list');
  assert.ok(
    list.items.some((item) => typeof item === 'object' && Array.isArray(item.items)),
    'a nested list',
  );
  const [tweet] = await body('oembed-response-fixture-good');
  assert.deepEqual(
    { ...tweet, text: undefined },
    {
      type: 'social',
      provider: 'x',
      url: 'https://twitter.com/pathfinderSport/status/1234567890',
      author: { name: 'Pathfinder Sports', handle: '@pathfinderSport', url: 'https://twitter.com/pathfinderSport' },
      text: undefined,
      datePublished: '2009-02-21',
    },
  );
  assert.equal(htmlText(tweet.text), 'Αρσεναλ - Σάντερλαντ: (X) 0-0 τελικό');
  const [links] = await body('link-list-fixture-good');
  assert.equal(links.type, 'related');
  assert.equal(links.title, 'Learn More');
});

/** The text an ANS element holds for readers: its content, caption, citation, items, cells and children. */
const TEXT_KEYS = [
  'content',
  'caption',
  'text',
  'citation',
  'title',
  'items',
  'rows',
  'header',
  'content_elements',
  'description',
];
function textIn(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textIn);
  if (value && typeof value === 'object') return TEXT_KEYS.flatMap((key) => (key in value ? textIn(value[key]) : []));
  return [];
}

for (const name of stories) {
  test(`round trip keeps every word of the body: ${name}`, async (t) => {
    const story = await json(`ans/${name}`);
    const { document, warnings } = fromAns(story);
    // The body's words: the text of every element; those of parts left out with a warning are excused.
    const source = htmlText(textIn(story.content_elements).join(' '));
    const leftOut = warnings.map((w) =>
      strings(at(story, w.path.replace(/:\d+:\d+$/, '').replace(/\.type$/, ''))).join(' '),
    );
    assertKeepsWords(t, source, await roundTrip(document), leftOut);
  });
}
