// fromHtml on reader-mode extracts of real news pages and on WordPress block markup
// (test/adapters/fixtures/html/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromHtml } from 'news-elements/adapters';
import { assertKeepsWords, fixture, fixtureNames, htmlText, json, roundTrip } from './support.mjs';

const names = (await fixtureNames('html', /^[\w-]+\.html$/)).map((n) => n.replace(/\.html$/, ''));

/** A reader-mode page: Readability's extract inside a page with the title and byline it found. */
async function readerPage(name) {
  const meta = await json(`html/${name}.metadata.json`);
  const extract = await fixture(`html/${name}.html`);
  const byline = meta.byline ? `<meta name="author" content="${meta.byline}">` : '';
  const date = meta.publishedTime ? `<meta property="article:published_time" content="${meta.publishedTime}">` : '';
  return {
    meta,
    extract,
    page: `<html lang="${meta.lang}"><head><title>${meta.title}</title>${byline}${date}</head><body>${extract}</body></html>`,
  };
}

test('at least five real articles', () => assert.ok(names.length >= 5, names.join(', ')));

test('a reader-mode page: headline, byline, date, language; links, lists, headings and photos in the body', async () => {
  const { page } = await readerPage('bbc-1');
  const { document, warnings } = fromHtml(page, { url: 'http://www.bbc.com/news/world-us-canada-33646704' });
  assert.deepEqual(warnings, []);
  assert.equal(document.headline, "Obama admits US gun laws are his 'biggest frustration'");
  assert.deepEqual(document.authors, [{ name: 'BBC News' }]);
  assert.equal(document.datePublished, '2015-07-24T05:36:09+01:00');
  assert.equal(document.lang, 'en');
  assert.equal(document.url, 'http://www.bbc.com/news/world-us-canada-33646704');
  const list = document.body.find((b) => b.type === 'list');
  assert.equal(
    list.items[0].html,
    '<a href="http://www.bbc.co.uk/news/uk-politics-33647154">The UK must stay in the EU</a> to have influence on the world stage',
  );
  const headings = document.body.filter((b) => b.type === 'heading').map((b) => b.text);
  assert.equal(headings.length, 2);
  const photos = document.body.filter((b) => b.type === 'photo');
  assert.ok(photos.length >= 4);
  assert.ok(
    photos.every((p) => /^https?:\/\//.test(p.src)),
    'image URLs are absolute',
  );
});

test('every article converts, with its headline and each paragraph of the extract', async () => {
  for (const name of names) {
    const { meta, page, extract } = await readerPage(name);
    const { document } = fromHtml(page, { url: 'https://example.com/' });
    assert.equal(document.headline, meta.title, name);
    const paragraphs = (extract.match(/<p[\s>]/g) ?? []).length;
    assert.ok(
      document.body.filter((b) => b.type === 'paragraph').length >= Math.min(paragraphs, 3),
      `${name}: paragraphs`,
    );
  }
});

test('an extract without a title: the missing headline is a warning', async () => {
  const { document, warnings } = fromHtml(await fixture('html/telegraph.html'));
  assert.equal(document.headline, undefined);
  assert.deepEqual(
    warnings.map((w) => w.path),
    ['html'],
  );
});

test('WordPress blocks: a pull quote with its citation, a table with its head and links, a gallery, an embed of a page', async () => {
  const body = async (name) => fromHtml(`<h1>t</h1>${await fixture(`html/gutenberg/${name}.html`)}`).document.body;
  assert.deepEqual(await body('core__pullquote'), [
    { type: 'quote', text: 'Testing pullquote block...', cite: '...with a caption', variant: 'pull' },
  ]);
  const [table] = await body('core__table');
  assert.deepEqual(table.head, [['Version', 'Musician', 'Date']]);
  assert.equal(table.rows.length, 7);
  assert.deepEqual(table.rows[1], [
    { html: '<a href="https://wordpress.org/news/2004/01/wordpress-10/">1.0</a>' },
    'Miles Davis',
    'January 3, 2004',
  ]);
  assert.deepEqual(table.rows[2][1], '…');
  assert.deepEqual(await body('core__gallery'), [
    {
      type: 'gallery',
      images: [
        { src: 'http://localhost:8888/wp-content/uploads/foo.png', alt: 'title' },
        { src: 'http://localhost:8888/wp-content/uploads/foo.jpg', alt: 'title' },
      ],
    },
  ]);
  assert.deepEqual(await body('core__embed'), [
    { type: 'link', url: 'https://example.com/', title: 'Embedded content from an example URL' },
  ]);
});

test('what has no block is a warning at its line:column in the HTML; scripts never become content', () => {
  const html =
    '<h1>Title</h1>\n<p>Text</p>\n<iframe src="https://maps.example.com/embed"></iframe>\n<script>alert(1)</script><nav><a href="/">Home</a></nav>';
  const { document, warnings } = fromHtml(html);
  assert.deepEqual(document.body, [{ type: 'paragraph', text: 'Text' }]);
  assert.deepEqual(warnings, [
    { path: 'html:4:26', message: '<nav> is page furniture, not the article: left out' },
    {
      path: 'html:3:1',
      message: '<iframe> from maps.example.com left out: only YouTube, Vimeo and Dailymotion players become embeds',
    },
  ]);
});

test('linear time: a body four times longer and deeper costs about four times the work', () => {
  const page = (n) =>
    `<h1>x</h1>${'<div><p>para <b>bold</b> <a href="/x">link</a></p>'.repeat(n)}${'<span>'.repeat(n * 2.5)}end`;
  // CPU time of this process, not wall time: other work on the machine does not count.
  const cpuMs = (html) => {
    const start = process.cpuUsage();
    const { document } = fromHtml(html);
    const used = process.cpuUsage(start);
    assert.ok(document.body.length >= 1);
    return (used.user + used.system) / 1000;
  };
  cpuMs(page(500)); // warm up the JIT
  const small = cpuMs(page(5000));
  const large = cpuMs(page(20000));
  // Linear work grows about 4×, quadratic 16×: 8× leaves room for the garbage collector.
  assert.ok(
    large < 8 * Math.max(small, 5),
    `4× the input took ${(large / small).toFixed(1)}× the CPU (${small.toFixed(0)} ms, then ${large.toFixed(0)} ms)`,
  );
});

for (const name of names) {
  test(`round trip keeps every word of the extract: ${name}`, async (t) => {
    const { page, extract } = await readerPage(name);
    const { document } = fromHtml(page, { url: 'https://example.com/' });
    assertKeepsWords(t, htmlText(extract), await roundTrip(document));
  });
}
