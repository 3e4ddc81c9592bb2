/** The events every element fires, for typed `addEventListener`. */
import type { NewsLinkClickDetail } from './base/news-element.js';
import type { NewsErrorDetail, NewsLoadDetail } from './loader/document-controller.js';

export interface NewsEventMap {
  'news-load': CustomEvent<NewsLoadDetail>;
  'news-error': CustomEvent<NewsErrorDetail>;
  'news-link-click': CustomEvent<NewsLinkClickDetail>;
}

declare global {
  interface HTMLElementEventMap extends NewsEventMap {}
}
