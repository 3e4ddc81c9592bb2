/**
 * What the adapters write: Article documents, in the model's own types
 * (src/model/schema.ts is the one definition of our documents).
 */
import type { Issue } from '../model/issues.js';
import type {
  ArticleDocument,
  BlockDocument,
  InlineDocument,
  PhotoDocument,
  RelatedDocument,
} from '../model/schema.js';

export type { Issue };

/** Rich text as documents write it; adapters write plain strings or `{html}` fragments. */
export type Inline = InlineDocument;

export type PhotoOut = PhotoDocument;
export type RelatedOut = RelatedDocument;
export type BlockOut = BlockDocument;

type ListItems = Extract<BlockDocument, { type: 'list' }>['items'];
/** A list item with a list of its own. */
export type ListItemOut = Extract<ListItems[number], { items?: unknown }>;

export type SocialProvider = Extract<BlockDocument, { type: 'social' }>['provider'];
export type VideoProvider = Extract<BlockDocument, { type: 'embed' }>['provider'];

export type AuthorOut = NonNullable<ArticleDocument['authors']>[number];

/** The article; `headline` may be missing (a source without one: the model then says so). */
export type ArticleOut = Omit<ArticleDocument, 'headline'> & { headline?: string };

/**
 * What every adapter returns: our document, and what could not be carried over,
 * each with its path in the *source* document (`content_elements[4].type`,
 * `content.rendered:12:5` for line 12, column 5 of an HTML field).
 */
export interface AdapterResult {
  document: ArticleOut;
  warnings: Issue[];
}
