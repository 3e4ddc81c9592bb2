/** Registers `<news-photo>`. */
import { define } from '../define.js';
import { NewsPhoto } from './news-photo.component.js';

export { NewsPhoto } from './news-photo.component.js';
define('news-photo', NewsPhoto);

declare global {
  interface HTMLElementTagNameMap {
    'news-photo': NewsPhoto;
  }
}
