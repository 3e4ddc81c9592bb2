/**
 * An inert reader for the `{ "html": … }` form of rich text. It never builds
 * DOM from the string: it tokenises it, keeps the allowlisted elements with
 * their allowed attributes, unwraps unknown elements (keeping their text) and
 * drops the content of scripts, styles, frames and the like. The result is a
 * plain tree that Lit renders through text bindings, so it runs the same way in
 * a browser, under a strict CSP with Trusted Types, and on the server.
 */
import { DIRECTIONS, INLINE_TAGS, LANGUAGE_TAG, MAX_INLINE_DEPTH, appendNode } from './nodes.js';
import { spend } from '../budget.js';
import type { Direction, InlineContext, InlineTag, RichElement, RichNode, RichText } from './nodes.js';
import { checkUrl } from '../url-policy.js';
import { decodeHtmlEntities } from './html-entities.js';
import { shown } from '../issues.js';

const ALLOWED = new Set<string>(INLINE_TAGS);
/** Old names read as their modern equivalents (a Map: a tag named `constructor` finds nothing). */
const ALIASES = new Map<string, InlineTag>([
  ['strike', 's'],
  ['tt', 'code'],
]);

/**
 * A valid HTML `datetime`: a year, month, date, week, time, local or global date and
 * time, time-zone offset, or duration. Each alternative is anchored and bounded: linear.
 */
const DATE = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const TIME = '([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?';
const ZONE = '(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)';
const DATETIME = new RegExp(
  `^(\\d{4}(-(0[1-9]|1[0-2]))?|${DATE}([T ]${TIME}${ZONE}?)?|${TIME}|${ZONE}|\\d{4}-W([0-4]\\d|5[0-3])|P(?=[\\dT])(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,3})?S)?)?)$`,
);

/** Whether `value` is a datetime a browser (and a search engine) can read; a date must exist (no 30 February). */
export function validDatetime(value: string): boolean {
  if (!DATETIME.test(value)) return false;
  const date = /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  return !date || new Date(Date.UTC(+date[1], +date[2] - 1, +date[3])).getUTCDate() === +date[3];
}
/** Elements whose whole content is dropped, not just their tags. */
const DROPPED = new Set(
  (
    'script style template iframe frame frameset object embed applet noscript noembed noframes ' +
    'textarea title xmp plaintext svg math select head canvas audio video picture'
  ).split(' '),
);
/** Elements whose content the HTML parser reads as raw text up to the closing tag. */
export const RAW_TEXT = new Set(
  'script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '),
);
/** Block elements: unwrapped like any other, but their text stays apart from its neighbours. */
const BLOCK =
  /^(p|div|[ou]l|li|d[dlt]|h[1-6r]|t[dhr]|table|pre|blockquote|address|article|aside|header|footer|main|nav|section|figure|figcaption)$/;

// Sticky pieces of a tag, each matched once at a known position: no pattern can
// backtrack over the input, so reading is linear however hostile the markup.
const NAME = /[a-zA-Z][^\t\n\f\r />]*/y;
const GAP = /[\t\n\f\r /]*/y;
const ATTR = /([^\t\n\f\r />][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*("[^"]*"?|'[^']*'?|[^\t\n\f\r >]*))?/y;

export interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Map<string, string>;
  /** Index just past the tag's `>`; -1 when the tag never ends, so the rest is text. */
  end: number;
}

/**
 * Reads the tag starting at `at` (a `<`) as the HTML tokenizer does: attributes
 * in one pass, the first of a name kept, `/` between them ignored. Returns
 * `undefined` when no tag starts there.
 */
function readTag(html: string, at: number): Tag | undefined {
  const closing = html[at + 1] === '/';
  NAME.lastIndex = at + (closing ? 2 : 1);
  const name = NAME.exec(html)?.[0];
  if (!name) return undefined;
  const tag: Tag = { name: name.toLowerCase(), closing, selfClosing: false, attrs: new Map(), end: -1 };
  let i = NAME.lastIndex;
  for (;;) {
    GAP.lastIndex = i;
    GAP.exec(html);
    i = GAP.lastIndex;
    if (i >= html.length) return tag;
    if (html[i] === '>') return { ...tag, selfClosing: html[i - 1] === '/', end: i + 1 };
    ATTR.lastIndex = i;
    const [all, key, raw = ''] = ATTR.exec(html)!; // html[i] starts a name, so this matches
    i += all.length;
    const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : '';
    if (quote && (raw.length < 2 || !raw.endsWith(quote))) return tag; // an unclosed quote runs to the end
    const { attrs } = tag;
    const k = key.toLowerCase();
    if (!attrs.has(k)) attrs.set(k, decodeHtmlEntities(quote ? raw.slice(1, -1) : raw, 'attribute'));
  }
}

/** Index just past the closing tag of `name` from `from` on, or the end when there is none. */
export function skipPast(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}(?:[\\t\\n\\f\\r />]|$)`, 'gi');
  close.lastIndex = from;
  const m = close.exec(html);
  if (!m) return html.length;
  const end = html.indexOf('>', m.index);
  return end < 0 ? html.length : end + 1;
}

/**
 * Walks `html` as the HTML tokenizer does: `onText` gets each run of text (its
 * references still encoded), `onTag` each tag with the index just past it (and its
 * start) and may return where to go on from (past a raw-text element's content). Comments,
 * doctypes and processing instructions are skipped; a `<` that starts no tag is
 * text, and a tag that never ends makes the rest text.
 */
export function scanHtml(
  html: string,
  onText: (source: string) => void,
  onTag: (tag: Tag, next: number, start: number) => number | void,
): void {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      onText(html.slice(i));
      break;
    }
    onText(html.slice(i, lt));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) {
      onText('<');
      i++;
      continue;
    }
    if (tag.end < 0) {
      // A tag that never ends: show the rest as it was written rather than drop it.
      onText(html.slice(i));
      break;
    }
    i = onTag(tag, tag.end, i) ?? tag.end;
  }
}

export function parseHtmlFragment(html: string, path: string, ctx: InlineContext): RichText {
  const root: RichElement = { tag: 'span', children: [] };
  const open: RichElement[] = [root];
  let tooDeep = false;
  /** `<a>` tags read inside a link: unwrapped, so their `</a>` must not close it. */
  let nested = 0;
  /** The last text shown so far ('' before any). */
  let last = '';
  /** A block element opened or closed since: what comes next is another word. */
  let owed = false;
  /**
   * Adds `node` to the open element; `shown` is how it reads (a line break for `br`,
   * nothing yet for another element). After a block boundary a space goes first,
   * unless white space or the start of the fragment is there already.
   */
  const add = (node: RichNode, shown: string) => {
    const { children } = open[open.length - 1];
    if (owed && /\S$/.test(last) && !/^\s/.test(shown)) appendNode(children, (last = ' '));
    owed = false;
    appendNode(children, node);
    last = shown || last;
  };
  /** Adds source text, its references decoded, to the open element. */
  const text = (source: string) => {
    const t = decodeHtmlEntities(source, 'text');
    if (t) add(t, t); // an empty one shows nothing: a space owed stays owed
  };
  scanHtml(html, text, (m, i) => {
    const { closing } = m;
    const name: string = ALIASES.get(m.name) ?? m.name;
    owed ||= BLOCK.test(name);
    if (closing) {
      if (name === 'a' && nested) {
        nested--;
        return;
      }
      const at = open.map((el) => el.tag as string).lastIndexOf(name);
      if (at > 0 && ALLOWED.has(name)) open.length = at;
      return;
    }
    if (DROPPED.has(name)) {
      // Everything up to the closing tag goes, except after a self-closing
      // foreign element (`<svg/>`); raw-text elements cannot self-close.
      return RAW_TEXT.has(name) || !m.selfClosing ? skipPast(html, name, i) : undefined;
    }
    if (name === 'img') {
      // An image has no place in a line of text; say so, with its address, so the publisher can make it a photo block.
      ctx.warn({
        path,
        message: `an <img> in rich text is not shown (src ${shown(m.attrs.get('src') ?? '')}): use a photo block`,
      });
      return;
    }
    if (!ALLOWED.has(name)) return; // unwrapped: its text stays
    const tag = name as InlineTag;
    const { attrs } = m;
    const el: RichElement = { tag, children: [] };
    const lang = attrs.get('lang');
    if (lang !== undefined && LANGUAGE_TAG.test(lang)) el.lang = lang;
    const dir = attrs.get('dir')?.toLowerCase() as Direction;
    if (DIRECTIONS.includes(dir)) el.dir = dir;
    if (tag === 'abbr' && attrs.has('title')) el.title = attrs.get('title');
    const datetime = attrs.get('datetime')?.trim();
    if (tag === 'time' && datetime && validDatetime(datetime)) el.datetime = datetime;
    if (tag === 'a') {
      // A link in a link is invalid HTML that a browser splits in two, so server
      // output would not hydrate: keep its text in the outer link instead.
      if (open.some((el) => el.tag === 'a')) {
        nested++;
        return;
      }
      nested = 0; // a count left by a link that closed with an ancestor
      const raw = attrs.get('href');
      const href = raw === undefined ? undefined : checkUrl(raw, 'link', path, ctx);
      if (href === undefined) return; // a link without a usable href is plain text
      el.href = href;
    }
    if (open.length > MAX_INLINE_DEPTH) {
      if (!tooDeep)
        ctx.warn({
          path,
          message: `nested deeper than ${MAX_INLINE_DEPTH} elements: the deeper markup is shown as plain text`,
        });
      tooDeep = true;
      return;
    }
    if (!spend(ctx, path)) return;
    add(el, tag === 'br' ? '\n' : '');
    if (tag !== 'br') open.push(el);
  });
  return root.children;
}
