/** Everything `<news-article>` shows: the host styles, then the styles of each renderer it uses. */
import { hostStyles } from '../styles/host.styles.js';
import { photoStyles } from '../render/photo.styles.js';
import { relatedStyles } from '../render/related.styles.js';
import { articleStyles } from '../render/article.styles.js';
// v2 blocks (issue 15): the styles of rare renderers, beside them.
import { codeStyles } from '../render/code.styles.js';
import { tableStyles } from '../render/table.styles.js';
import { footnotesStyles } from '../render/footnotes.styles.js';
import { galleryStyles } from '../render/gallery.styles.js';
import { mediaStyles } from '../render/media.styles.js';
import { socialStyles } from '../render/social.styles.js';
import { notesStyles } from '../render/notes.styles.js';

export const styles = [
  hostStyles, photoStyles, relatedStyles, articleStyles,
  codeStyles, tableStyles, footnotesStyles, galleryStyles, mediaStyles, socialStyles, notesStyles,
];
