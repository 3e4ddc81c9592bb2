/**
 * A small HTML tree builder for the adapters: no DOM, so it runs the same in
 * Node and in a browser. It reads tags with the model's inert tag reader and
 * follows the parts of the HTML parsing rules that article markup relies on:
 * void elements, raw-text elements, and the end tags that `<p>`, `<li>`,
 * `<td>` and friends imply. Linear in the input: each tag is read once and
 * matched against at most MAX_DEPTH open elements.
 *
 * Nothing built here reaches an HTML sink: the adapters read text and
 * attributes from it and write documents that the model validates.
 */
// The inert tokenizer and character references of the rich-text reader, read directly: the
// adapters are their own bundle, while the elements load the HTML reader on demand.
import { RAW_TEXT, scanHtml, skipPast } from '../model/rich-text/html-fragment.js';
import { decodeHtmlEntities } from '../model/rich-text/html-entities.js';

export interface HtmlElement {
  tag: string;
  attrs: Map<string, string>;
  children: HtmlNode[];
  /** Offset of the `<` that opened it, for warnings with a line and column. */
  at: number;
  /** Holds an element that is not inline (a block, an image, a frame…) somewhere inside. */
  hasBlock: boolean;
}
export type HtmlNode = string | HtmlElement;

const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Elements that are not phrasing content: where they open, inline text stops. */
export const BLOCK_TAGS = new Set(
  (
    'address article aside audio blockquote body canvas center details dd div dl dt embed fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr html iframe img li main nav noscript object ol p picture pre section ' +
    'table tbody td tfoot th thead tr ul video'
  ).split(' '),
);
/** Opening one of these closes an open `<p>`, as the HTML parser does. */
const CLOSES_P =
  /^(address|article|aside|blockquote|center|details|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hgroup|hr|main|nav|ol|p|pre|section|table|ul)$/;
/** An element whose own kind closes the previous one, up to (not past) the listed containers. */
const SIBLING_ENDS: Record<string, RegExp> = {
  li: /^(ul|ol)$/,
  dt: /^dl$/,
  dd: /^dl$/,
  tr: /^(table|thead|tbody|tfoot)$/,
  td: /^(tr|table)$/,
  th: /^(tr|table)$/,
  thead: /^table$/,
  tbody: /^table$/,
  tfoot: /^table$/,
  option: /^select$/,
};
const SAME_END: Record<string, RegExp> = {
  li: /^li$/,
  dt: /^d[dt]$/,
  dd: /^d[dt]$/,
  tr: /^tr$/,
  td: /^t[dh]$/,
  th: /^t[dh]$/,
  thead: /^t(head|body)$/,
  tbody: /^t(head|body)$/,
  tfoot: /^t(head|body)$/,
  option: /^option$/,
};
/** Deeper elements are read as part of the deepest one: bounded work on hostile nesting. */
const MAX_DEPTH = 128;

/** Parses `html` into a tree under a `#root` element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: new Map(), children: [], at: 0, hasBlock: false };
  const open: HtmlElement[] = [root];
  const top = () => open[open.length - 1];
  const text = (source: string) => {
    if (source) top().children.push(decodeHtmlEntities(source, 'text'));
  };
  /** Closes the open elements from the top down to index `at` (exclusive). */
  const closeTo = (at: number) => {
    while (open.length > at) {
      const el = open.pop()!;
      const parent = top();
      parent.hasBlock ||= el.hasBlock || BLOCK_TAGS.has(el.tag);
    }
  };
  /** Index of the innermost open element whose tag `matches`, not looking past `stop`; -1 when none. */
  const find = (matches: (tag: string) => boolean, stop?: RegExp) => {
    for (let i = open.length - 1; i > 0; i--) {
      if (matches(open[i].tag)) return i;
      if (stop?.test(open[i].tag)) return -1;
    }
    return -1;
  };

  scanHtml(html, text, (tag, next, at) => {
    const { name } = tag;
    if (tag.closing) {
      const index =
        name === 'p' || name === 'li'
          ? find((t) => t === name, /^(ul|ol|table|blockquote|figure|div)$/)
          : find((t) => t === name);
      if (index > 0) closeTo(index);
      return undefined;
    }
    if (CLOSES_P.test(name)) {
      const p = find((t) => t === 'p', /^(blockquote|figure|div|li|td|th|section|article)$/);
      if (p > 0) closeTo(p);
    }
    const same = SAME_END[name];
    if (same) {
      const previous = find((t) => same.test(t), SIBLING_ENDS[name]);
      if (previous > 0) closeTo(previous);
    }
    const el: HtmlElement = { tag: name, attrs: tag.attrs, children: [], at, hasBlock: false };
    top().children.push(el);
    if (RAW_TEXT.has(name)) {
      // Its content is text up to the closing tag: kept for a title, otherwise unread.
      const end = skipPast(html, name, next);
      if (name === 'title') {
        const close = /<\/title/gi;
        close.lastIndex = next;
        el.children.push(decodeHtmlEntities(html.slice(next, close.exec(html)?.index ?? end), 'text'));
      }
      top().hasBlock ||= BLOCK_TAGS.has(name);
      return end;
    }
    if (VOID.has(name) || (tag.selfClosing && !BLOCK_TAGS.has(name))) {
      top().hasBlock ||= BLOCK_TAGS.has(name);
      return undefined;
    }
    if (open.length < MAX_DEPTH) open.push(el);
    return undefined;
  });
  closeTo(1);
  return root;
}

/** The text of a node as a reader sees it, white space left as written. */
export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'br') return '\n';
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

/** The elements under `node` (depth first, document order) that `test` accepts. */
export function findAll(node: HtmlElement, test: (el: HtmlElement) => boolean, out: HtmlElement[] = []): HtmlElement[] {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

/** The first element under `node` that `test` accepts. */
export function find(node: HtmlElement, test: (el: HtmlElement) => boolean): HtmlElement | undefined {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Whether the element's `class` has `name` (a string: one class; a pattern: tested on each). */
export function hasClass(el: HtmlElement, name: string | RegExp): boolean {
  const classes = (el.attrs.get('class') ?? '').split(/\s+/);
  return typeof name === 'string' ? classes.includes(name) : classes.some((c) => name.test(c));
}

/** A function giving the 1-based `line:column` of an offset in `source` (lines indexed once, looked up by halves). */
export function lineColumns(source: string): (offset: number) => string {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return `${low + 1}:${offset - starts[low] + 1}`;
  };
}
