// fromSchemaOrg on the JSON-LD of real news pages (test/adapters/fixtures/schema.org/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromSchemaOrg } from 'news-elements/adapters';
import { normalise } from '../../dist/model/normalise.js';
import { assertKeepsWords, fixtureNames, json, roundTrip } from './support.mjs';

const names = await fixtureNames('schema.org');

test('at least five real pages', () => assert.ok(names.length >= 5, names.join(', ')));

test('a ReportageNewsArticle: headline, description, date, authors, image size, publisher; a paywall is a warning', async () => {
  const { document, warnings } = fromSchemaOrg(await json('schema.org/folha.json'));
  assert.equal(document.headline, 'Tite diz que errou ao levar taça da Libertadores a Lula em 2012');
  assert.equal(document.description, 'Na ocasião, técnico do Corinthians entregou réplica do troféu ao ex-presidente');
  assert.equal(document.datePublished, '2018-12-21T12:55:00Z');
  assert.deepEqual(document.authors, [{ name: 'Bruno (Henrique Zecchin) Rodrigues' }]);
  assert.deepEqual(document.image, {
    src: 'https://f.i.uol.com.br/fotografia/2018/12/21/15454034955c1cfc67131dc_1545403495_3x2_md.jpg',
    width: 768,
    height: 512,
  });
  assert.equal(document.publisher.name, 'Folha de S.Paulo');
  assert.deepEqual(
    warnings.map((w) => w.path),
    ['articleBody', 'isAccessibleForFree'],
  );
});

test('an image with its credit, keywords as tags, a protocol-relative logo made https', async () => {
  const { document } = fromSchemaOrg(await json('schema.org/aktualne.json'));
  assert.equal(document.image.credit, 'Reuters');
  assert.equal(document.tags[0], 'West Ham United FC');
  assert.equal(document.publisher.logo, 'https://asset.stdout.cz/fe/aktualne/img/apple-touch-icon.png');
  assert.equal(document.authors[0].name, 'Aleš Vávra');
});

test('articleBody split into paragraphs; extra images are a warning', async () => {
  const { document, warnings } = fromSchemaOrg(await json('schema.org/theverge.json'));
  assert.equal(document.body.length, 3);
  assert.ok(document.body.every((b) => b.type === 'paragraph' && typeof b.text === 'string'));
  assert.match(document.body[0].text, /^I still remember using the iPhone 4 for the first time in 20/);
  assert.deepEqual(warnings, [
    { path: 'image', message: 'has 3 images; the first is the lead image, the others have no place in our document' },
  ]);
  assert.deepEqual(document.authors, [{ name: 'Alex Heath', url: 'https://www.theverge.com/authors/alex-heath' }]);
});

test('a list of JSON-LD objects: the article in it is found, and warnings name its place', async () => {
  const list = await json('schema.org/spiceworks.json');
  assert.ok(Array.isArray(list));
  const { document, warnings } = fromSchemaOrg(list);
  assert.equal(
    document.headline,
    'Rewriting Rules of Engagement with Video in 2020: Vidyard Introduces New Features on its Video Platform',
  );
  assert.ok(
    warnings.every((w) => w.path.startsWith('[1].')),
    JSON.stringify(warnings),
  );
  assert.deepEqual(fromSchemaOrg({ '@type': 'WebPage', name: 'x' }).warnings, [
    { path: '(document)', message: 'holds no schema.org Article, NewsArticle or BlogPosting' },
  ]);
});

test('every page converts into a valid document with its headline and lead image', async () => {
  for (const name of names) {
    const { document } = fromSchemaOrg(await json(`schema.org/${name}`));
    const result = normalise('article', document);
    assert.ok(result.ok, `${name}: ${JSON.stringify(result.issues)}`);
    assert.ok(document.headline.length > 10, name);
    assert.ok(result.document.image?.src.startsWith('http'), `${name}: lead image`);
  }
});

for (const name of names) {
  test(`round trip keeps every word of articleBody: ${name}`, async (t) => {
    const jsonld = await json(`schema.org/${name}`);
    const article = (Array.isArray(jsonld) ? jsonld : [jsonld]).find((n) => /Article|Posting/.test(String(n['@type'])));
    const { document } = fromSchemaOrg(jsonld);
    assertKeepsWords(t, article.articleBody ?? '', await roundTrip(document));
  });
}
