/** Everything `<news-article>` shows: the host styles, then the styles of each renderer it uses. */
import { hostStyles } from '../styles/host.styles.js';
import { photoStyles } from '../render/photo.styles.js';
import { relatedStyles } from '../render/related.styles.js';
import { articleStyles } from '../render/article.styles.js';

/**
 * The element's own styles. Rare blocks' styles come with their on-demand code
 * (src/loader/on-demand.ts): adopted when a document needs them.
 */
export const styles = [hostStyles, photoStyles, relatedStyles, articleStyles];
