// fromWordPress on real WordPress REST API posts (test/adapters/fixtures/wordpress/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromWordPress } from 'news-elements/adapters';
import { assertKeepsWords, fixtureNames, htmlText, json, roundTrip } from './support.mjs';

const names = await fixtureNames('wordpress');
const byType = (doc, type) => doc.body.filter((b) => b.type === type);

test('at least five real posts', () => assert.ok(names.length >= 5, names.join(', ')));

test('a post with _embed: headline, dates, author, featured image with its sizes, section and tags', async () => {
  const { document, warnings } = fromWordPress(await json('wordpress/frontity-post-60.json'));
  assert.deepEqual(warnings, []);
  assert.equal(document.headline, 'The Beauties of Gullfoss');
  assert.equal(document.url, 'https://demo.worona.org/the-beauties-of-gullfoss/');
  assert.equal(
    document.description,
    'Gullfoss is a waterfall located in the canyon of the Hvítá river in southwest Iceland.',
  );
  assert.equal(document.datePublished, '2016-11-25T18:31:11Z');
  assert.equal(document.dateModified, '2018-03-22T17:09:55Z');
  assert.deepEqual(document.authors, [{ name: 'Alan Martin', url: 'https://demo.worona.org/author/alan/' }]);
  const { image } = document;
  assert.equal(image.src, 'https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test.jpg');
  assert.equal(image.alt, 'iceland');
  assert.deepEqual([image.width, image.height], [5000, 3025]);
  assert.deepEqual(
    image.srcset.map((s) => s.width),
    [150, 300, 768, 1024, 1200, 5000],
    'every size once, smallest first',
  );
  assert.equal(document.section, 'Photography');
  assert.deepEqual(document.tags, ['Gullfoss', 'Iceland', 'Nature', 'Waterfall', 'Travel']);
});

test('content.rendered: links, headings, captioned photos, quotes, YouTube, lists, tweets and galleries', async () => {
  const { document } = fromWordPress(await json('wordpress/frontity-post-60.json'));
  const second = document.body[1];
  assert.equal(second.type, 'paragraph');
  assert.match(
    second.text.html,
    /^<a href="https:\/\/en\.wikipedia\.org\/wiki\/Gullfoss">Gullfoss<\/a> is one of the most popular <a href="https:\/\/demo\.worona\.org\/iceland\/">/,
  );
  assert.deepEqual(byType(document, 'heading'), [
    { type: 'heading', text: 'An iconic waterfall of Iceland', level: 3 },
  ]);
  assert.deepEqual(byType(document, 'photo')[0], {
    type: 'photo',
    src: 'https://demo.worona.org/wp-content/uploads/2016/11/Gullfoss-1024x577.jpg',
    alt: 'gullfoss',
    width: 840,
    height: 473,
    caption: 'Gullfoss, an iconic waterfall of Iceland.',
  });
  assert.deepEqual(byType(document, 'quote'), [
    { type: 'quote', text: 'Iceland is not a destination. It’s an adventure set in stunning scenery.' },
  ]);
  assert.deepEqual(byType(document, 'embed'), [{ type: 'embed', provider: 'youtube', id: '3bUtvUAeX8s' }]);
  const [list] = byType(document, 'list');
  assert.equal(list.items.length, 9);
  assert.equal(
    list.items[0].html,
    '<a href="https://en.wikipedia.org/wiki/Geography_of_Iceland">Geography of Iceland</a>',
  );
  const [tweet, instagram] = byType(document, 'social');
  assert.deepEqual(
    { ...tweet, text: undefined },
    {
      type: 'social',
      provider: 'x',
      url: 'https://twitter.com/Travel_Places_/status/911998747198009344?ref_src=twsrc%5Etfw',
      author: { name: 'Traveling Ideas', handle: '@Travel_Places_' },
      text: undefined,
      datePublished: '2017-09-24',
    },
  );
  assert.match(tweet.text.html, /^Exploring Iceland <a href="https:\/\/t\.co\/G5c2iVAKHg">/);
  assert.equal(instagram.provider, 'instagram');
  assert.equal(instagram.url, 'https://www.instagram.com/p/BdqJaLiAYfe/');
  assert.deepEqual(instagram.author, { name: 'LOVES ☆ AMAZING SCANDINAVIA', handle: '@loves_united_scandinavia' });
  assert.equal(instagram.datePublished, '2018-01-07');
  // The [gallery] shortcode at the end: one gallery of its thumbnails, not a run of photos.
  const [gallery] = byType(document, 'gallery');
  assert.equal(gallery.images.length, 5);
  assert.deepEqual(gallery.images[0], {
    src: 'https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test-150x150.jpg',
    alt: 'iceland',
    width: 150,
    height: 150,
  });
});

test('every post: its title as plain text, an author and a featured image', async () => {
  for (const name of names) {
    const post = await json(`wordpress/${name}`);
    const { document } = fromWordPress(post);
    assert.equal(document.headline, htmlText(post.title.rendered), name);
    assert.ok(!/[<&]/.test(document.headline), `${name}: no markup or references left in ${document.headline}`);
    assert.equal(document.authors?.length, 1, name);
    assert.ok(document.image?.src.startsWith('https://demo.worona.org/wp-content/uploads/'), name);
    assert.ok(document.body.length > 3, name);
  }
});

test('without _embed: the ids that cannot be named become warnings, the rest converts', async () => {
  const { _embedded, ...post } = await json('wordpress/frontity-post-23.json');
  assert.ok(_embedded);
  const { document, warnings } = fromWordPress(post);
  assert.deepEqual(
    warnings.map((w) => w.path),
    ['author', 'featured_media', 'categories', 'tags'],
  );
  assert.match(warnings[0].message, /request the post with \?_embed/);
  assert.equal(document.headline, 'Switzerland’s Mountains');
  assert.equal(document.authors, undefined);
  assert.equal(document.image, undefined);
  assert.ok(document.body.length > 3);
});

test('not a post: a warning, and a document the model refuses (no headline)', () => {
  assert.deepEqual(fromWordPress('nope').warnings, [
    { path: '(document)', message: 'is not a WordPress post: expected an object with title and content' },
  ]);
  assert.deepEqual(
    fromWordPress({ content: { rendered: '<p>x</p>' } }).warnings.map((w) => w.path),
    ['title.rendered'],
  );
});

for (const name of names) {
  test(`round trip keeps every word of the body: ${name}`, async (t) => {
    const post = await json(`wordpress/${name}`);
    const { document } = fromWordPress(post);
    // A social post's byline and date become the card's author and datePublished (checked above), not body text.
    const source = post.content.rendered.replace(
      /<blockquote class="(?:twitter-tweet|instagram-media)"[\s\S]*?<\/blockquote>/g,
      (quote) => htmlText(quote.replace(/<p>\u2014[\s\S]*$|<p [^>]*>A post shared by[\s\S]*$/, '')),
    );
    assertKeepsWords(t, htmlText(source), await roundTrip(document));
  });
}
