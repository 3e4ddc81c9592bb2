/** Everything `<news-related>` shows: the host styles, then the styles of each renderer it uses. */
import { hostStyles } from '../styles/host.styles.js';
import { photoStyles } from '../render/photo.styles.js';
import { relatedStyles } from '../render/related.styles.js';

export const styles = [hostStyles, photoStyles, relatedStyles];
