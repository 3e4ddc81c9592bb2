// The schema.org NewsArticle for the seed story, field by field, and the
// serialiser that keeps JSON inside a <script> element (against dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { renderToString } from 'news-elements/ssr';
import { normalise } from '../../dist/model/normalise.js';
import { articleJsonLd, scriptJson } from '../../dist/render/jsonld.js';

const seed = JSON.parse(await readFile(new URL('../../demo/articles/seed.json', import.meta.url), 'utf8'));

function jsonLdOf(raw) {
  const result = normalise('article', raw);
  assert.ok(result.ok);
  // What a consumer reads: the serialised object.
  return JSON.parse(scriptJson(articleJsonLd(result.document)));
}

/** The contents of the first `<script type=…>` in server output: up to the first `</script>`, as an HTML parser reads it. */
function scriptIn(html, type) {
  const open = `<script type="${type}">`;
  const start = html.indexOf(open);
  assert.ok(start >= 0, `a ${type} script`);
  return html.slice(start + open.length, html.indexOf('</script>', start));
}

test('the seed story as a schema.org NewsArticle, field by field', () => {
  const ld = jsonLdOf(seed);
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@type'], 'NewsArticle');
  assert.equal(
    ld.headline,
    'Russia Seeks To Exert Influence Over New Regime as Taliban Attends High-Profile Afghanistan Talks',
  );
  assert.equal(ld.description, seed.description);
  assert.equal(ld.datePublished, '2021-10-20T15:30:00Z');
  assert.equal(ld.dateModified, '2021-10-20T18:45:00Z');
  assert.deepEqual(ld.author, [{ '@type': 'Person', name: 'Daniel Mercer', url: '/authors/daniel-mercer' }]);
  assert.deepEqual(ld.publisher, {
    '@type': 'Organization',
    name: 'Example News',
    url: 'https://example.com/',
    logo: { '@type': 'ImageObject', url: '../images/publisher-logo.png' },
  });
  assert.deepEqual(ld.mainEntityOfPage, {
    '@type': 'WebPage',
    '@id': 'https://example.com/world/russia-taliban-moscow-talks',
  });
  assert.equal(ld.url, 'https://example.com/world/russia-taliban-moscow-talks');
  assert.equal(ld.inLanguage, 'en');
  assert.equal(ld.articleSection, 'World');
  assert.deepEqual(ld.keywords, ['Russia', 'Afghanistan', 'Taliban', 'Diplomacy']);

  const { image } = ld;
  assert.equal(image['@type'], 'ImageObject');
  assert.equal(image.url, '../images/lead-1600.jpg');
  assert.equal(image.contentUrl, '../images/lead-1600.jpg');
  assert.equal(image.width, 1600);
  assert.equal(image.height, 1067);
  assert.equal(image.caption, seed.image.caption);
  assert.equal(image.creditText, 'ALEXANDER ZEMLIANICHENKO/POOL/AFP via Getty Images');
  assert.deepEqual(image.creator, { '@type': 'Person', name: 'ALEXANDER ZEMLIANICHENKO/POOL/AFP via Getty Images' });
  // The seed gives no copyright or licence: nothing is made up.
  assert.ok(!('copyrightNotice' in image) && !('license' in image));

  assert.deepEqual(Object.keys(ld).sort(), [
    '@context',
    '@type',
    'articleSection',
    'author',
    'dateModified',
    'datePublished',
    'description',
    'headline',
    'image',
    'inLanguage',
    'keywords',
    'mainEntityOfPage',
    'publisher',
    'url',
  ]);
});

test('the image carries copyright, licence and the credit link when the document gives them', () => {
  const { image } = jsonLdOf({
    ...seed,
    image: {
      ...seed.image,
      copyright: '© 2021 AFP',
      license: 'https://example.com/licensing',
      creditUrl: 'https://www.gettyimages.com/',
    },
  });
  assert.equal(image.copyrightNotice, '© 2021 AFP');
  assert.equal(image.license, 'https://example.com/licensing');
  assert.deepEqual(image.creator, {
    '@type': 'Person',
    name: 'ALEXANDER ZEMLIANICHENKO/POOL/AFP via Getty Images',
    url: 'https://www.gettyimages.com/',
  });
});

test('rich text becomes plain text; refused URLs and empty lists leave their field out', () => {
  const ld = jsonLdOf({
    headline: 'H',
    description: [{ text: 'Bold', strong: true }, ' and ', { text: 'linked', href: 'https://example.com/' }],
    image: { src: 'javascript:alert(1)', caption: { html: 'A <b>caption</b>' } },
    authors: [{ name: 'A', url: 'javascript:alert(1)' }],
    publisher: { name: 'P', logo: 'data:image/png;base64,AAAA' },
    tags: [],
  });
  assert.equal(ld.description, 'Bold and linked');
  assert.equal(ld.image, undefined, 'an image without a usable URL is no ImageObject');
  assert.deepEqual(ld.author, [{ '@type': 'Person', name: 'A' }]);
  assert.deepEqual(ld.publisher, { '@type': 'Organization', name: 'P' });
  assert.equal(ld.keywords, undefined);
  assert.equal(ld.url, undefined);
  assert.equal(ld.mainEntityOfPage, undefined);
});

test('scriptJson: no string can close the script, open a comment or break a JavaScript reader, and the value survives', () => {
  const hostile = '</script><script>alert(1)</script><!-- & </SCRIPT > \u2028\u2029 <![CDATA[';
  const text = scriptJson({ headline: hostile });
  assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(text), { headline: hostile });
  fc.assert(
    fc.property(fc.jsonValue(), fc.string({ unit: 'grapheme' }), (value, s) => {
      const out = scriptJson({ value, s });
      return !/[<>&\u2028\u2029]/.test(out) && JSON.stringify(JSON.parse(out)) === JSON.stringify({ value, s });
    }),
  );
});

test('renderToString writes the same NewsArticle into the light DOM when jsonld is set, and only then', async () => {
  const html = await renderToString('news-article', seed, { attributes: { jsonld: true } });
  assert.deepEqual(JSON.parse(scriptIn(html, 'application/ld+json')), jsonLdOf(seed));
  // After the shadow root, as a child of the element.
  assert.ok(html.indexOf('<script type="application/ld+json">') > html.indexOf('</template>'));
  assert.ok(html.indexOf('<script type="application/ld+json">') < html.lastIndexOf('</news-article>'));

  const without = await renderToString('news-article', seed);
  assert.ok(!without.includes('application/ld+json'));
  const photo = await renderToString('news-photo', seed.image, { attributes: { jsonld: true } });
  assert.ok(!photo.includes('application/ld+json'), 'only articles have structured data');
});

test('a hostile headline stays inside both scripts of the server output', async () => {
  const headline = '</script><script>window.pwned=1</script><!--';
  const html = await renderToString('news-article', { ...seed, headline }, { attributes: { jsonld: true } });
  assert.equal(html.match(/<script/g).length, 2, 'no script element beyond ours');
  assert.equal(JSON.parse(scriptIn(html, 'application/json')).headline, headline);
  assert.equal(JSON.parse(scriptIn(html, 'application/ld+json')).headline, headline);
  assert.ok(
    html.includes('&lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;!--'),
    'escaped as text in the shadow root',
  );
});
