import { expect } from '@open-wc/testing';
import { parseHtmlFragment } from '../../src/model/rich-text/html-fragment.js';
import type { RichText } from '../../src/model/rich-text/nodes.js';
import type { Issue } from '../../src/model/issues.js';

function parse(html: string) {
  const warnings: Issue[] = [];
  const nodes = parseHtmlFragment(html, 'p.html', { warn: (w) => warnings.push(w) });
  return { nodes, warnings };
}
const text = (nodes: RichText): string => nodes.map((n) => (typeof n === 'string' ? n : text(n.children))).join('');

describe('html fragments', () => {
  it('keeps allowlisted elements with their allowed attributes only', () => {
    const { nodes } = parse(
      '<b class="x" onclick="evil()">bold</b> <a href="https://a.example/" target="_blank" rel="x" title="t">link</a> <abbr title="North Atlantic" style="color:red">NATO</abbr> <span lang="ar" dir="rtl">مرحبا</span>',
    );
    expect(nodes).to.deep.equal([
      { tag: 'b', children: ['bold'] },
      ' ',
      { tag: 'a', href: 'https://a.example/', children: ['link'] },
      ' ',
      { tag: 'abbr', title: 'North Atlantic', children: ['NATO'] },
      ' ',
      { tag: 'span', lang: 'ar', dir: 'rtl', children: ['مرحبا'] },
    ]);
  });

  it('unwraps unknown elements, keeping their text', () => {
    const { nodes } = parse('<div><p>One <font color=red>two</font></p><h1>three</h1></div>');
    expect(nodes).to.deep.equal(['One two three']);
  });

  it('drops scripts, styles, frames, templates and comments with their content', () => {
    const { nodes } = parse(
      'a<script>alert(1)</script>b<style>*{}</style>c<iframe src="x">no</iframe>d<template><b>t</b></template>e<noscript>n</noscript>f<!-- c -->g<svg><text>s</text></svg>h<math><mi>m</mi></math>i<object>o</object>j',
    );
    expect(text(nodes)).to.equal('abcdefghij');
  });

  it('turns a link with a refused href into plain text, with a warning', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      ' &#106;avascript:x',
      'java&#9;script:x',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      const { nodes, warnings } = parse(`<a href="${href}">click</a>`);
      expect(nodes, href).to.deep.equal(['click']);
      expect(warnings[0].path).to.equal('p.html');
    }
  });

  it('decodes entities into text and never into markup', () => {
    const { nodes } = parse('&lt;script&gt;alert(1)&lt;/script&gt; &amp; caf&eacute; &mdash; &#x1F600;');
    expect(nodes).to.deep.equal(['<script>alert(1)</script> & café \u2014 \u{1F600}']);
  });

  it('reads only its own entity names, never those of Object.prototype', () => {
    // &constructor; rendered as "function Object() { [native code] }".
    const { nodes } = parse('<abbr title="&valueOf;">a</abbr> &constructor; &toString &hasOwnProperty;');
    expect(nodes).to.deep.equal([
      { tag: 'abbr', title: '&valueOf;', children: ['a'] },
      ' &constructor; &toString &hasOwnProperty;',
    ]);
  });

  it('leaves a reference without its ; in an attribute as written before = or an alphanumeric, as browsers do', () => {
    // A query such as ?num=10&copy=1 came out as #=10©=1: a broken link.
    const { nodes, warnings } = parse(
      "<a href='https://ex.com/search?q=x&num=10&copy=1&lt2'>s</a> <abbr title='&copy 2024, &amp;c, &copy2'>c</abbr>",
    );
    expect(nodes).to.deep.equal([
      { tag: 'a', href: 'https://ex.com/search?q=x&num=10&copy=1&lt2', children: ['s'] },
      ' ',
      { tag: 'abbr', title: '\u00a9 2024, &c, &copy2', children: ['c'] },
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('reads a name without its ; only where browsers do (the legacy ones such as &amp &lt &copy)', () => {
    // &tab became a tab, so the URL policy refused the whole link; &mdash became a dash.
    const { nodes, warnings } = parse(
      '<a href="/live?id=3&tab&sort=new">live</a> &copy2024 &lt;b&gt &mdash &mdash; a&#8212b',
    );
    expect(nodes).to.deep.equal([
      { tag: 'a', href: '/live?id=3&tab&sort=new', children: ['live'] },
      ' \u00a92024 <b> &mdash \u2014 a\u2014b',
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('still refuses a link whose scheme a reference left as written could spell', () => {
    for (const href of ['javascript&colon;x', 'javascript&colon=x', 'java&Tab;script:x', '&#106avascript:x']) {
      const { nodes, warnings } = parse(`<a href="${href}">click</a>`);
      expect(nodes, href).to.deep.equal(['click']);
      expect(warnings, href).to.have.length(1);
    }
  });

  it('keeps a link inside a link as text of the outer one, its </a> included', () => {
    // Nested links are invalid HTML: a browser splits them, so the server's output did not match the client's tree.
    expect(parse("<a href='/a'>x <a href='/b'>y</a> z</a> w").nodes).to.deep.equal([
      { tag: 'a', href: '/a', children: ['x y z'] },
      ' w',
    ]);
    expect(parse("<a href='/a'><b>x <a href='javascript:y'>y</a></b> z</a> <a href='/c'>c</a>").nodes).to.deep.equal([
      { tag: 'a', href: '/a', children: [{ tag: 'b', children: ['x y'] }, ' z'] },
      ' ',
      { tag: 'a', href: '/c', children: ['c'] },
    ]);
    // The outer link closes with its <b>, the inner one never does: the next link's </a> is its own.
    expect(parse("<b><a href='/a'>x<a href='/b'>y</b><a href='/c'>z</a>w").nodes).to.deep.equal([
      { tag: 'b', children: [{ tag: 'a', href: '/a', children: ['xy'] }] },
      { tag: 'a', href: '/c', children: ['z'] },
      'w',
    ]);
  });

  it('keeps the text of unwrapped block elements apart with a space, unless white space already does', () => {
    // Paragraphs, headings, list items and cells ran into each other: "One.Two.".
    expect(parse('<p>One.</p><p>Two.</p>').nodes).to.deep.equal(['One. Two.']);
    expect(
      parse('<div><h2>Title</h2>Text<hr>More<table><tr><th>5</th><td>6</td></tr></table></div>').nodes,
    ).to.deep.equal(['Title Text More 5 6']);
    expect(parse('<p>One. </p><p>Two.</p>\n<p> Three.</p>').nodes).to.deep.equal(['One. Two.\n Three.']);
    // The space goes between the links, not inside one (where it would be underlined).
    expect(parse('<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>').nodes).to.deep.equal([
      { tag: 'a', href: '/1', children: ['One'] },
      ' ',
      { tag: 'a', href: '/2', children: ['Two'] },
    ]);
    expect(parse('<b>One<p>Two</p></b>Three<p><br></p><p>Four</p><p><br></p>').nodes).to.deep.equal([
      { tag: 'b', children: ['One Two'] },
      ' Three',
      { tag: 'br', children: [] },
      'Four',
      { tag: 'br', children: [] },
    ]);
    // Inline elements still join their text, as a browser shows it.
    expect(parse('<font>a</font><font>b</font>c<big>d</big>').nodes).to.deep.equal(['abcd']);
  });

  it('shows deep nesting as text beyond 32 levels instead of overflowing', () => {
    const { nodes, warnings } = parse('<b>'.repeat(5000) + 'deep' + '</b>'.repeat(5000));
    expect(text(nodes)).to.equal('deep');
    expect(warnings).to.have.length(1);
    let depth = 0;
    for (let n = nodes[0]; typeof n !== 'string'; n = n.children[0]) depth++;
    expect(depth).to.equal(32);
  });

  it('treats a stray < as text', () => {
    expect(parse('1 < 2 and a<b').nodes).to.deep.equal(['1 < 2 and a<b']);
  });
});
