/** Every event the elements fire, and its detail type. */
import type { Issue } from './model/issues.js';
import type { Article, Photo, Related } from './model/schema.js';

/** `news-load`: the document rendered. */
export interface NewsLoadDetail<T = unknown> {
  /** The normalised document that is shown. */
  data: T;
  /** Every part that was left out or changed, with its path. */
  warnings: Issue[];
}

/** `news-error`: the document could not be rendered. */
export interface NewsErrorDetail {
  message: string;
  issues: Issue[];
}

/** The kind of link, as reported in `news-link-click`. */
export type LinkKind = 'related' | 'inline' | 'body';

/** `news-link-click`: a reader followed a link. Navigation is not prevented. */
export interface NewsLinkClickDetail {
  url: string;
  title: string;
  kind: LinkKind;
}

/**
 * The events of an element that renders documents of type `T`, for typed `addEventListener`
 * and the framework typings: `news-load`'s `detail.data` is the normalised document
 * (URLs checked and resolved, rich text made safe).
 */
export interface NewsEventMap<T = Article | Photo | Related> {
  'news-load': CustomEvent<NewsLoadDetail<T>>;
  'news-error': CustomEvent<NewsErrorDetail>;
  'news-link-click': CustomEvent<NewsLinkClickDetail>;
}

/** The events of `<news-article>`. */
export type NewsArticleEventMap = NewsEventMap<Article>;
/** The events of `<news-photo>`. */
export type NewsPhotoEventMap = NewsEventMap<Photo>;
/** The events of `<news-related>`. */
export type NewsRelatedEventMap = NewsEventMap<Related>;

declare global {
  interface HTMLElementEventMap extends NewsEventMap {}
}
