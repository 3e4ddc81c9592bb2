/** The events every element fires, for typed `addEventListener` and framework typings. */
import type { NewsLinkClickDetail } from './base/news-element.js';
import type { NewsErrorDetail, NewsLoadDetail } from './loader/document-controller.js';
import type { Article, Photo, Related } from './model/schema.js';

/**
 * The events of an element that renders documents of type `T`: `news-load`'s
 * `detail.data` is the normalised document (URLs checked and resolved, rich text made safe).
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
