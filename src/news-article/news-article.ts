/** Registers `<news-article>`. */
import { define } from '../define.js';
import { NewsArticle } from './news-article.component.js';

export { NewsArticle } from './news-article.component.js';
define('news-article', NewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
