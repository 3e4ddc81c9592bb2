/** Everything `<news-photo>` shows: the host styles, then the styles of each renderer it uses. */
import { hostStyles } from '../styles/host.styles.js';
import { photoStyles } from '../render/photo.styles.js';

export const styles = [hostStyles, photoStyles];
