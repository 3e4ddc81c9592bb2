/**
 * `news-elements/parse.js`: checks a value (a JSON import, a fetched body) against
 * a document's shape with the elements' own validation, and types it. Side-effect
 * free and not part of `import 'news-elements'` or the CDN file: an app that does
 * not check documents itself pays nothing for it.
 *
 * ```ts
 * import story from './story.json';
 * import { parseArticle } from 'news-elements/parse.js';
 * const result = parseArticle(story);
 * if (result.ok) element.data = result.document; // typed ArticleDocument
 * else console.error(result.issues);
 * ```
 */
import { normalise } from './model/normalise.js';
import * as html from './model/rich-text/html-fragment.js';
import { provide } from './loader/on-demand.js';
import type { Issue } from './model/issues.js';
import type { DocumentInputs, DocumentKind, DocumentTypes } from './model/schema.js';

// Checking reads `{"html"}` text in one pass, so the HTML reader (on demand in the elements) is here at once.
provide({ html });

/** What `parseArticle` and its siblings return. */
export type ParseResult<K extends DocumentKind> =
  | {
      ok: true;
      /** The value passed in, unchanged, typed as the document it is. */
      document: DocumentInputs[K];
      /** The document as the element renders it: URLs checked, rich text made safe, invalid parts left out. */
      normalised: DocumentTypes[K];
      /** The parts the element will leave out or change, with their paths. */
      warnings: Issue[];
    }
  | {
      ok: false;
      /** Why the element would show its error message instead, with paths. */
      issues: Issue[];
      warnings: Issue[];
    };

/**
 * Checks `value` as a document of `kind` (`article`, `photo` or `related`), exactly
 * as an element would. `base` resolves relative URLs in the normalised document.
 */
export function parseDocument<K extends DocumentKind>(kind: K, value: unknown, base?: string): ParseResult<K> {
  const result = normalise(kind, value, base);
  if (!result.ok) return result;
  return { ok: true, document: value as DocumentInputs[K], normalised: result.document, warnings: result.warnings };
}

/** Checks a value as an Article (for `<news-article>`); see {@link parseDocument}. */
export const parseArticle = (value: unknown, base?: string): ParseResult<'article'> =>
  parseDocument('article', value, base);
/** Checks a value as a Photo (for `<news-photo>`); see {@link parseDocument}. */
export const parsePhoto = (value: unknown, base?: string): ParseResult<'photo'> => parseDocument('photo', value, base);
/** Checks a value as a Related block (for `<news-related>`); see {@link parseDocument}. */
export const parseRelated = (value: unknown, base?: string): ParseResult<'related'> =>
  parseDocument('related', value, base);

export type { Issue } from './model/issues.js';
export type {
  ArticleDocument,
  PhotoDocument,
  RelatedDocument,
  BlockDocument,
  InlineDocument,
  SpanDocument,
  Article,
  Photo,
  Related,
  RelatedLink,
  Block,
} from './model/schema.js';
