/** Every event the elements fire, and its detail type. */
import type { Issue } from './model/issues.js';

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

/** The events every element fires, for typed `addEventListener`. */
export interface NewsEventMap {
  'news-load': CustomEvent<NewsLoadDetail>;
  'news-error': CustomEvent<NewsErrorDetail>;
  'news-link-click': CustomEvent<NewsLinkClickDetail>;
}

declare global {
  interface HTMLElementEventMap extends NewsEventMap {}
}
