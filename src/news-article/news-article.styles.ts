/** Everything `<news-article>` shows: the host styles, then the styles of each renderer it uses. */
import { hostStyles } from '../styles/host.styles.js';
import { photoStyles } from '../render/photo.styles.js';
import { relatedStyles } from '../render/related.styles.js';
import { articleStyles } from '../render/article.styles.js';
// v2: media and notes.
import { galleryStyles } from '../render/gallery.styles.js';
import { mediaStyles } from '../render/media.styles.js';
import { socialStyles } from '../render/social.styles.js';
import { notesStyles } from '../render/notes.styles.js';


export const styles = [hostStyles, photoStyles, relatedStyles, articleStyles, galleryStyles, mediaStyles, socialStyles, notesStyles];
