/** The normalised rich-text tree: the only form of `Inline` that renderers see. */
import type { Issue } from './issues.js';

export const INLINE_TAGS = [
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'br', 'code', 'mark', 'q',
  'small', 'abbr', 'cite', 'bdi', 'span',
] as const;
export type InlineTag = (typeof INLINE_TAGS)[number];

export interface RichElement {
  tag: InlineTag;
  children: RichNode[];
  href?: string;
  title?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}
export type RichNode = string | RichElement;
export type RichText = RichNode[];

/** Deepest nesting of rich-text elements we build; deeper markup keeps only its text. */
export const MAX_INLINE_DEPTH = 32;

export interface InlineContext {
  base?: string;
  warn(issue: Issue): void;
}

