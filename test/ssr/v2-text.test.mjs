// The text half of issue 15 through renderToString (against dist/): the server output
// of demo/articles/v2-text.json holds every new block and mark, readable before
// (and without) JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { renderToString } from 'news-elements/ssr';

const story = JSON.parse(await readFile(new URL('../../demo/articles/v2-text.json', import.meta.url), 'utf8'));
const { warn } = console;
console.warn = () => {}; // the story's two intended warnings
const html = await renderToString('news-article', story, { attributes: { 'heading-level': 1 } });
console.warn = warn;
/** The shadow root's markup without Lit's comment markers. */
const shadow = html.slice(html.indexOf('<template '), html.indexOf('</template>')).replace(/<!--[^>]*-->/g, '');
/** Opening tags with these attributes (in any order), e.g. tags('th', 'scope="col"'). */
const tags = (name, ...attributes) =>
  (shadow.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? []).filter((tag) => attributes.every((a) => tag.includes(a)));

test('headings h2–h6 with their rich text', () => {
  const headings = [...shadow.matchAll(/<(h[1-6]) part="heading"[^>]*>(.*?)<\/\1>/g)].map(
    ([, tag, inner]) => `${tag} ${inner}`,
  );
  assert.deepEqual(
    headings.map((h) => h.slice(0, 2)),
    ['h2', 'h3', 'h4', 'h5', 'h6'],
  );
  assert.match(headings[0], /What <em[^>]*>the council<\/em> published/);
  assert.match(
    headings[1],
    /<a part="link" data-kind="inline" href="https:\/\/example.com\/council\/data"[^>]*>raw data<\/a>/,
  );
  assert.match(headings[2], /<code[^>]*>sum\(\)<\/code>/);
});

test('a quote of two paragraphs, and a pull quote that is inert', () => {
  assert.match(shadow, /<blockquote><p>We published what we had at the time.<\/p><p><em[^>]*>The transport fund/);
  assert.equal(tags('figure', 'part="quote pull-quote"', 'inert').length, 1);
  assert.equal(tags('figure', 'part="quote"').length, 1);
});

test('nested lists, ordered where the item says so', () => {
  assert.match(shadow, /<ol part="list">\s*<li>We downloaded/);
  assert.match(shadow, /We compared three sources:<ul part="list nested-list">/);
  assert.match(shadow, /the spreadsheets, split into<ol part="list nested-list">/);
  assert.match(shadow, /capital costs<ul part="list nested-list">\s*<li>buildings<\/li>/);
});

test('code: a labelled, focusable, left-to-right region keeping white space', () => {
  const [pre] = tags('pre', 'part="code-box"');
  for (const attribute of ['role="region"', 'tabindex="0"', 'dir="ltr"', 'translate="no"', 'aria-label="Code: python"'])
    assert.ok(pre.includes(attribute), attribute);
  assert.ok(shadow.includes('\n    for row in csv.DictReader(f):\n'), 'indentation and line breaks kept');
  assert.ok(
    shadow.includes('if row[&quot;fund&quot;] != &quot;transport&quot;:') ||
      shadow.includes('if row["fund"] != "transport":'),
  );
});

test('table: region named by its caption, th scope col and row, alignment', () => {
  assert.equal(
    tags(
      'div',
      'part="table-scroll"',
      'role="region"',
      'tabindex="0"',
      'aria-label="Spending by department, € million"',
    ).length,
    1,
  );
  assert.equal(tags('th', 'scope="col"').length, 4);
  assert.equal(tags('th', 'scope="row"').length, 3);
  assert.equal(tags('td', 'class="align-end"').length, 6);
  assert.equal(tags('td', 'class="align-center"').length, 3);
  assert.match(shadow, /<caption part="table-caption">Spending by department, € million<sup part="note-ref">/);
});

test('footnotes: numbered references and the notes, linked both ways by id', () => {
  for (const n of [1, 2, 3]) {
    assert.equal(
      tags(
        'a',
        `id="note-ref-${n}"`,
        `href="#note-${n}"`,
        'role="doc-noteref"',
        `aria-labelledby="note-word note-ref-${n}"`,
      ).length,
      1,
      `ref ${n}`,
    );
    assert.equal(tags('li', `id="note-${n}"`, 'tabindex="-1"').length, 1, `note ${n}`);
    assert.equal(
      tags('a', `href="#note-ref-${n}"`, 'role="doc-backlink"', `aria-label="Back to reference ${n}"`).length,
      1,
      `back ${n}`,
    );
  }
  assert.match(
    shadow,
    /<section part="notes" role="doc-endnotes" aria-labelledby="notes-heading">\s*<h2 part="notes-heading" id="notes-heading">Notes<\/h2>\s*<span id="note-word" hidden>Note<\/span>/,
  );
  // The notes come after the body, before the footer.
  assert.ok(
    shadow.indexOf('part="notes"') > shadow.indexOf('part="body"') &&
      shadow.indexOf('part="notes"') < shadow.indexOf('part="footer"'),
  );
});

test('marks and named references', () => {
  for (const mark of [
    '<del>€12 million</del>',
    '<ins>€21 million</ins>',
    '<s>balanced</s>',
    '<kbd>Ctrl</kbd>',
    '<samp>TOTAL_EXP</samp>',
    '<dfn>line item</dfn>',
    '<var>n</var>',
    '<code>NULL</code>',
    '<time datetime="2024-03-13">13 March</time>',
  ]) {
    // Lit leaves the spaces of attributes it did not write (lang, dir, title absent).
    assert.ok(
      shadow
        .replace(/<(\w+)\s+(datetime="[^"]*")?\s*>/g, (_, tag, datetime) => `<${tag}${datetime ? ` ${datetime}` : ''}>`)
        .includes(mark),
      mark,
    );
  }
  assert.ok(shadow.includes('Café owners on Calle Peña asked ¡por qué? – and got ½ an answer…'));
  assert.ok(!shadow.includes('chart.png'), 'the <img> in html is not rendered');
});
