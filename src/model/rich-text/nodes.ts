/** The normalised rich-text tree: the only form of `Inline` that renderers see. */
import type { Issue } from '../issues.js';

export const INLINE_TAGS = [
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'br', 'code', 'mark', 'q',
  'small', 'abbr', 'cite', 'bdi', 'span',
  // v2: the marks of corrections and technical text.
  'del', 'ins', 'kbd', 'dfn', 'var', 'samp', 'time',
] as const;
export type InlineTag = (typeof INLINE_TAGS)[number];

/** Text directions, for `dir` in documents, on elements and in HTML fragments. */
export const DIRECTIONS = ['ltr', 'rtl', 'auto'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * Text a reader would see: anything besides white space and zero-width characters.
 * Without it a headline, a title or a paragraph is blank. (A JSON Schema pattern too.)
 */
export const VISIBLE = /[^\s\u200b-\u200d\u2060]/;

/** A BCP 47 language tag, roughly: `en`, `ar-EG`, `zh-Hant-TW`. No `i` flag: JSON Schema patterns have none. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z\d]{1,8})*$/;

export interface RichElement {
  tag: InlineTag;
  children: RichNode[];
  href?: string;
  title?: string;
  lang?: string;
  dir?: Direction;
  /** On `time`: a valid HTML date, time or duration (an invalid one is left out). */
  datetime?: string;
  /**
   * A footnote reference (on an empty `sup`): the note's text. `n` is its number,
   * given in document order once the whole article is read.
   */
  note?: RichText;
  n?: number;
}
export type RichNode = string | RichElement;
export type RichText = RichNode[];

/** Deepest nesting of rich-text elements we build; deeper markup keeps only its text. */
export const MAX_INLINE_DEPTH = 32;

/**
 * Most rich-text elements we build for one document; past it, markup is shown
 * as plain text. Far more than any story uses, yet it bounds rendering: a 10 MB
 * document of `<b>x</b>` would otherwise be over a million elements. (Text nodes
 * are bounded too: neighbouring text is joined, see appendNode.)
 */
export const MAX_INLINE_ELEMENTS = 20000;

/** Shared by all the rich text of one document. */
export interface InlineContext {
  base?: string;
  warn(issue: Issue): void;
  /** Rich-text elements built so far, counted against MAX_INLINE_ELEMENTS. */
  elements?: number;
  /** Whether a span may carry a footnote here: in an article, outside another note. */
  notes?: boolean;
}

/** Counts one more element at `path`; false once the document has built its share (one warning, at the first place). */
export function canBuild(ctx: InlineContext, path: string): boolean {
  ctx.elements = (ctx.elements ?? 0) + 1;
  if (ctx.elements === MAX_INLINE_ELEMENTS + 1) {
    ctx.warn({ path, message: `more than ${MAX_INLINE_ELEMENTS} rich-text elements in the document: the rest is shown as plain text` });
  }
  return ctx.elements <= MAX_INLINE_ELEMENTS;
}


/** Adds a node to a list of siblings, joining neighbouring text into one string (one text node to render). */
export function appendNode(siblings: RichNode[], node: RichNode): void {
  const last = siblings[siblings.length - 1];
  if (typeof node !== 'string') siblings.push(node);
  else if (!node) return;
  else if (typeof last === 'string') siblings[siblings.length - 1] = last + node;
  else siblings.push(node);
}
