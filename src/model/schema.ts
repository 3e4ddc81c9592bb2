/**
 * The one definition of our three documents (Article, Photo, Related), one module
 * per kind (./schema/photo.ts, ./schema/related.ts, ./schema/article.ts), each
 * imported by its element only: a page showing photos does not load the article's
 * blocks. This index gathers them for the tools that read every kind (the server
 * renderer, the CLI, `parse`, the JSON Schema writer) and for the types.
 */
import type { Infer } from './shape.js';
import { PhotoSchema } from './schema/photo.js';
import { RelatedSchema } from './schema/related.js';
import { ArticleSchema, BlockSchema, type ListItemsShape } from './schema/article.js';

export type { InlineDocument, SpanDocument } from './shape.js';
export { MAX_ASPECT_RATIO, PhotoSchema } from './schema/photo.js';
export { RelatedSchema } from './schema/related.js';
export { ArticleSchema, BlockSchema, MAX_LIST_DEPTH } from './schema/article.js';

/** A document as a publisher writes it. */
export type ArticleDocument = Infer<typeof ArticleSchema, 'in'>;
export type PhotoDocument = Infer<typeof PhotoSchema, 'in'>;
export type RelatedDocument = Infer<typeof RelatedSchema, 'in'>;
export type BlockDocument = Infer<typeof BlockSchema, 'in'>;

/** A document as renderers see it: URLs checked and resolved, rich text made safe. */
export type Article = Infer<typeof ArticleSchema>;
export type Photo = Infer<typeof PhotoSchema>;
export type Related = Infer<typeof RelatedSchema>;
export type RelatedLink = Related['links'][number];
export type Block = Infer<typeof BlockSchema>;
/** One item of a (possibly nested) list, as renderers see it. */
export type ListItem = Infer<ListItemsShape>[number];
/** One block of the given type, as renderers see it. */
export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;

/** Every kind's schema, for the tools that read any kind; an element imports its own kind's module instead. */
export const SCHEMAS = { article: ArticleSchema, photo: PhotoSchema, related: RelatedSchema };
export type DocumentKind = keyof typeof SCHEMAS;
/** The schema of one kind of document (what an element hands its loader). */
export type DocumentSchema<K extends DocumentKind> = (typeof SCHEMAS)[K];
/** The normalised document each kind renders. */
export interface DocumentTypes {
  article: Article;
  photo: Photo;
  related: Related;
}
/** The document each kind accepts, as a publisher writes it. */
export interface DocumentInputs {
  article: ArticleDocument;
  photo: PhotoDocument;
  related: RelatedDocument;
}
