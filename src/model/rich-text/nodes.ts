/** The normalised rich-text tree: the only form of `Inline` that renderers see. */
import type { Budget } from '../budget.js';
import type { Feature } from '../../loader/on-demand.js';

export const INLINE_TAGS = [
  'a',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'br',
  'code',
  'mark',
  'q',
  'small',
  'abbr',
  'cite',
  'bdi',
  'span',
  // v2: the marks of corrections and technical text.
  'del',
  'ins',
  'kbd',
  'dfn',
  'var',
  'samp',
  'time',
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

/** Shared by all the rich text of one document (and its node budget, see budget.ts). */
export interface InlineContext extends Budget {
  base?: string;
  /** On-demand code the document needs (the loader loads what is missing, then reads the document again). */
  needs?: Set<Feature>;
  /** Whether a span may carry a footnote here: in an article, outside another note. */
  notes?: boolean;
}

/** Adds a node to a list of siblings, joining neighbouring text into one string (one text node to render). */
export function appendNode(siblings: RichNode[], node: RichNode): void {
  const last = siblings[siblings.length - 1];
  if (typeof node !== 'string') siblings.push(node);
  else if (!node) return;
  else if (typeof last === 'string') siblings[siblings.length - 1] = last + node;
  else siblings.push(node);
}
