/**
 * A gallery: two or more photos, each a figure with its own caption and
 * labelled credit (the photo renderer's), in a list so that a screen reader
 * says how many there are, under the gallery's own caption. Every image keeps
 * its reserved box and loads lazily. On narrow containers the grid is one column.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BlockOf } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { renderInline } from './inline.js';
import { renderPhoto } from './photo.js';

export type GalleryBlock = BlockOf<'gallery'>;

/** Two columns from about 30rem: each image is at most half the wide column. */
const GALLERY_SIZES = '(min-width: 30rem) 30rem, 100vw';

export function renderGallery(block: GalleryBlock, { strings }: { strings: UiStrings }): TemplateResult {
  const { images, caption } = block;
  // One usable photo is not a gallery (the model warned): it shows as a photo block,
  // with the gallery's caption when it has none of its own.
  if (images.length === 1) return renderPhoto({ ...images[0], caption: images[0].caption ?? caption }, { strings });
  return html`<figure part="gallery">
    <ul part="gallery-list" role="list">
      ${images.map((photo) => html`<li part="gallery-item">${renderPhoto(photo, { strings, sizes: GALLERY_SIZES })}</li>`)}
    </ul>
    ${caption?.length ? html`<figcaption part="gallery-caption">${renderInline(caption)}</figcaption>` : nothing}
  </figure>`;
}

/** The styles of the parts this module renders (adopted by the element with the module). */
export { galleryStyles as styles } from './gallery.styles.js';
