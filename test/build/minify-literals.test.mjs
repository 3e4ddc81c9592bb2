// The build's template minifier (scripts/build/minify-literals.mjs): what it removes,
// what it must keep, and that our real style sheets and templates mean the same
// to a browser before and after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseAst } from 'rollup/parseAst';
import ts from 'typescript';
import { minifyCss, minifyHtml, templateEdits, applyEdits } from '../../scripts/build/minify-literals.mjs';
import { launchBrowser } from '../../scripts/dev/find-chrome.mjs';

test('CSS: comments, whitespace and the last semicolon go', () => {
  assert.equal(
    minifyCss(`
      /* a comment */
      :host {
        display: block;
        margin: 0 auto var(--_space, 1rem) ;
      }
      header > *, p + p { color: red; }
    `),
    ':host{display:block;margin:0 auto var(--_space,1rem)}header>*,p + p{color:red}',
  );
});

test('CSS: the spaces that carry meaning stay', () => {
  // A descendant combinator before a pseudo-class; `and (` is not the function `and(`.
  assert.equal(minifyCss('figure :is(img) { x: 1 }'), 'figure :is(img){x:1}');
  assert.equal(
    minifyCss('@media screen and (min-width: 40rem) { a { b: c } }'),
    '@media screen and (min-width:40rem){a{b:c}}',
  );
  assert.equal(minifyCss('@container (width > 30rem) { a { b: c } }'), '@container (width>30rem){a{b:c}}');
  assert.equal(minifyCss('a { width: calc(100% - 2 * var(--x)); }'), 'a{width:calc(100% - 2 * var(--x))}');
  assert.equal(minifyCss('a b  c { x: 1px  2px }'), 'a b c{x:1px 2px}');
});

test('CSS: strings and url() are copied as written', () => {
  assert.equal(minifyCss(`a::after { content: ' (' attr(href) ') ' ; }`), `a::after{content:' (' attr(href) ') '}`);
  assert.equal(minifyCss(`a { content: "/* not a comment */  {;}" }`), `a{content:"/* not a comment */  {;}"}`);
  assert.equal(minifyCss(`a { content: 'it\\'s  0.5' }`), `a{content:'it\\'s  0.5'}`);
  assert.equal(minifyCss('a { background: url( my  image.png ) }'), 'a{background:url( my  image.png )}');
});

test('CSS: attribute values that are identifiers lose their quotes; leading zeros go', () => {
  assert.equal(
    minifyCss(`[part~='video-frame'] > [a="b c"], [x='1a'] { y: 0.5em -0.25em 10.5em }`),
    `[part~=video-frame]>[a="b c"],[x='1a']{y:.5em -.25em 10.5em}`,
  );
});

test('HTML: line breaks and indentation become one space, attribute values stay', () => {
  assert.equal(
    minifyHtml(`<img
      part="image"
      alt="two  spaces
      and a line"
      src=\u00000\u0000
    />
    <p>  a
       <b>x</b> <i>y</i>
    </p>`),
    '<img part="image" alt="two  spaces\n      and a line" src=\u00000\u0000 /> <p>  a <b>x</b> <i>y</i> </p>',
  );
  // After a quoted value no space is needed before the end of the tag; after an unquoted one it is.
  assert.equal(minifyHtml('<hr part="divider" />'), '<hr part="divider"/>');
  assert.equal(minifyHtml('<a\n  href=x\n>t</a>'), '<a href=x >t</a>');
});

test('HTML: raw-text elements and comments are left alone', () => {
  const pre = '<pre>\n  code\n    indented\n</pre>';
  assert.equal(minifyHtml(pre), pre);
  assert.equal(minifyHtml('<!--\n  keep\n-->\n  <p></p>'), '<!--\n  keep\n--> <p></p>');
});

test('minifying twice changes nothing (server rendering and hydration must agree)', () => {
  for (const sheet of sheetTexts()) assert.equal(minifyCss(minifyCss(sheet)), minifyCss(sheet));
  for (const strings of htmlTemplates()) {
    const once = minifyHtml(strings.join('\u00000\u0000'));
    assert.equal(minifyHtml(once), once);
  }
});

test('only the templates of Lit tags are rewritten, holes kept in place', () => {
  const code = [
    "import { html, css as litCss } from 'lit';",
    "import { html as staticHtml } from 'lit/static-html.js';",
    'const html2 = (s) => s;',
    'export const a = html`<p>\n  ${1}\n  <b>${2}</b>\n</p>`;',
    'export const b = staticHtml`<${3} part="x">\n  y\n</${3}>`;',
    'export const c = litCss`a {\n  b: c;\n}`;',
    'export const d = html2`<p>\n  keep\n</p>`;',
    'export const e = String.raw`<p>\n  keep\n</p>`;',
  ].join('\n');
  const edits = templateEdits(code, parseAst(code));
  const { code: out } = applyEdits(code, edits, 'm.js');
  assert.match(out, /html`<p> \$\{1\} <b>\$\{2\}<\/b> <\/p>`/);
  assert.match(out, /staticHtml`<\$\{3\} part="x"> y <\/\$\{3\}>`/);
  assert.match(out, /litCss`a\{b:c\}`/);
  assert.match(out, /html2`<p>\n {2}keep\n<\/p>`/);
  assert.match(out, /String\.raw`<p>\n {2}keep\n<\/p>`/);
});

test('the source map points code after a shortened template back to where it was', () => {
  const code = "import { css } from 'lit';\nconst s = css`\n  a {\n    b: c;\n  }\n`;\nexport function after() {}\n";
  const { code: out, map } = applyEdits(code, templateEdits(code, parseAst(code)), 'm.js');
  const at = out.indexOf('function after');
  const line = out.slice(0, at).split('\n').length - 1;
  const column = at - out.lastIndexOf('\n', at - 1) - 1;
  const segment = decode(map.mappings)[line].find((s) => s[0] === column);
  assert.deepEqual(segment?.slice(2), [6, 7], 'maps to line 7, column 8 (0-based 6, 7)');
});

test('our style sheets and templates mean the same to a browser after minifying', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    for (const sheet of sheetTexts()) {
      const [before, after] = await page.evaluate(
        (texts) =>
          texts.map((text) => {
            const s = new CSSStyleSheet();
            s.replaceSync(text);
            // Custom properties and var() in calc() serialize as written: compared with the same
            // whitespace after commas and the same form of numbers (0.5 = .5).
            return [...s.cssRules]
              .map((r) => r.cssText)
              .join('\n')
              .replace(/,\s*/g, ', ')
              .replace(/\b0\.(\d)/g, '.$1');
          }),
        [sheet, minifyCss(sheet)],
      );
      assert.ok(before.length > 100);
      assert.equal(after, before);
    }
    const templates = htmlTemplates();
    assert.ok(templates.length > 20, `${templates.length} templates found`);
    for (const strings of templates) {
      // Holes become a word that can stand for a tag name, an attribute value or text; whitespace in text is compared collapsed.
      const [before, after] = await page.evaluate(
        (list) =>
          list.map((text) => {
            const t = document.createElement('template');
            t.innerHTML = text;
            const walk = (n) =>
              n.nodeType === 3
                ? `#${n.data.replace(/\s+/g, ' ')}`
                : n.nodeType === 8
                  ? '<!>'
                  : `<${n.localName}${[...(n.attributes ?? [])].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('')}>${[...n.childNodes].map(walk).join('')}`;
            return [...t.content.childNodes].map(walk).join('');
          }),
        [strings.join('x-hole'), minifyHtml(strings.join('\u00000\u0000')).split('\u00000\u0000').join('x-hole')],
      );
      assert.equal(after, before);
    }
  } finally {
    await browser.close();
  }
});

/** The static strings of every Lit template in src/, by kind (`css` or `html`), from the TypeScript compiled alone. */
function templates(kind) {
  const found = [];
  for (const file of readdirSync(new URL('../../src', import.meta.url), { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2021, module: ts.ModuleKind.ES2022, experimentalDecorators: true },
    });
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
        const tag =
          node.tag.name === 'css' ? 'css' : /^(html|staticHtml|svg)$/.test(node.tag.name) ? 'html' : undefined;
        if (tag === kind) found.push(node.quasi.quasis.map((q) => q.value.raw));
      }
      for (const value of Object.values(node))
        (Array.isArray(value) ? value : [value]).forEach((v) => v && typeof v === 'object' && visit(v));
    };
    visit(parseAst(outputText));
  }
  return found;
}

const sheetTexts = () => templates('css').map((strings) => strings.join(''));
const htmlTemplates = () => templates('html');

/** Decodes source map mappings into [column, source, line, column] per line (absolute). */
function decode(mappings) {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      ? line.split(',').map((seg) => {
          const values = [];
          let value = 0;
          let shift = 0;
          for (const ch of seg) {
            const digit = B64.indexOf(ch);
            value += (digit & 31) << shift;
            shift += 5;
            if (!(digit & 32)) {
              values.push(value & 1 ? -(value >>> 1) : value >>> 1);
              value = 0;
              shift = 0;
            }
          }
          values.forEach((v, i) => (state[i] += v));
          return [...state];
        })
      : [];
  });
}
