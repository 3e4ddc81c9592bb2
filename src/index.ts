/** `import 'news-elements'` registers all three elements and exports their classes and types. */
import './news-photo/news-photo.js';
import './news-article/news-article.js';
import './news-related/news-related.js';

export { NewsPhoto } from './news-photo/news-photo.component.js';
export { NewsArticle } from './news-article/news-article.component.js';
export { NewsRelated } from './news-related/news-related.component.js';
export type { LoadState } from './loader/document-controller.js';
export type { Issue } from './model/issues.js';
export type { UiStrings } from './i18n/strings.js';
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
export type { RichText } from './model/rich-text/nodes.js';
export type {
  LinkKind,
  NewsEventMap,
  NewsArticleEventMap,
  NewsPhotoEventMap,
  NewsRelatedEventMap,
  NewsErrorDetail,
  NewsLinkClickDetail,
  NewsLoadDetail,
} from './events.js';
export type { ParseResult } from './parse.js';
