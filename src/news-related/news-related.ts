/** Registers `<news-related>`. */
import { define } from '../define.js';
import { NewsRelated } from './news-related.component.js';

export { NewsRelated } from './news-related.component.js';
define('news-related', NewsRelated);

declare global {
  interface HTMLElementTagNameMap {
    'news-related': NewsRelated;
  }
}
