// renderToString(tag, source, {format}): the adapter runs on the server, and the page gets our document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToString } from 'news-elements/ssr';
import { json } from './support.mjs';

const quietly = async (run) => {
  const warn = console.warn;
  const logged = [];
  console.warn = (message) => logged.push(message);
  try {
    return { result: await run(), logged };
  } finally {
    console.warn = warn;
  }
};

test('format: "wordpress" renders a REST API post, and the inline JSON is the converted document', async () => {
  const post = await json('wordpress/frontity-post-60.json');
  const { result: html, logged } = await quietly(() => renderToString('news-article', post, { format: 'wordpress' }));
  assert.match(html, /<h2[^>]*>(<!--[^>]*-->)*The Beauties of Gullfoss(<!--[^>]*-->)*<\/h2>/);
  const open = '<script type="application/json">';
  const inline = JSON.parse(html.slice(html.indexOf(open) + open.length, html.indexOf('</script>')));
  assert.equal(inline.headline, 'The Beauties of Gullfoss');
  assert.equal(inline.title, undefined, 'not the WordPress post');
  // Its social embed is a block of ours now (issue 15): a static card, with its styles in the server's HTML.
  assert.match(html, /<figure part="social"/);
  assert.match(html, /\[part~=social\]\{/);
  assert.ok(!logged.some((m) => /social/.test(m)), 'the social post is not left out');
});

test('format: "ans" and "news"; an unknown format is a TypeError', async () => {
  const story = await json('ans/story-fixture-tiny-house.json');
  const { result: html } = await quietly(() => renderToString('news-article', story, { format: 'ans' }));
  assert.match(html, /Tiny house, big benefits/);
  await assert.rejects(() => renderToString('news-article', { headline: 'Plain' }, { format: 'rss' }), TypeError);
  const { result: plain } = await quietly(() =>
    renderToString('news-article', { headline: 'Plain' }, { format: 'news' }),
  );
  assert.match(plain, /Plain/);
});

test('the server writes no format attribute: the page gets our document, which the browser and hydration read as it is', async () => {
  const post = await json('wordpress/frontity-post-60.json');
  for (const options of [{ format: 'wordpress' }, { attributes: { format: 'wordpress', 'heading-level': 1 } }]) {
    const { result: html } = await quietly(() => renderToString('news-article', post, options));
    const open = html.slice(0, html.indexOf('>') + 1);
    assert.doesNotMatch(open, /\sformat=/, `no format attribute with ${JSON.stringify(options)}: ${open}`);
    assert.match(html, /The Beauties of Gullfoss/, 'an attribute format converts like the option');
  }
});

test('format on <news-photo> or <news-related> is a TypeError naming the element', async () => {
  const post = await json('wordpress/frontity-post-60.json');
  await assert.rejects(
    () => renderToString('news-photo', post, { format: 'wordpress' }),
    (error) => error instanceof TypeError && /<news-photo>/.test(error.message),
  );
});
