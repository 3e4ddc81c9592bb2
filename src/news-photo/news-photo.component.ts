import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NewsElement } from '../base/news-element.js';
import { DocumentController } from '../loader/document-controller.js';
import { PhotoSchema } from '../model/schema/photo.js';
import type { Photo } from '../model/schema.js';
import { renderPhoto } from '../render/photo.js';
import { styles } from './news-photo.styles.js';

/**
 * A photo with its caption and its credit, from a Photo document.
 *
 * @tagname news-photo
 *
 * @summary A figure: the image (box reserved from `width`/`height`), the caption, and the labelled credit.
 *
 * @slot - Fallback content, shown until the document renders (and without JavaScript).
 *
 * @fires news-load - `{data, warnings}`: the document rendered.
 * @fires news-error - `{message, issues}`: the document could not be rendered.
 * @fires news-link-click - `{url, title, kind}`: a reader followed a link.
 *
 * @csspart figure - The `figure` around image and caption.
 * @csspart image - The `img`.
 * @csspart caption - The `figcaption`: caption text, credit and slug.
 * @csspart caption-text - The caption itself.
 * @csspart credit - The credit line, with its label.
 * @csspart credit-label - The localised "Photo:" label.
 * @csspart credit-link - The credit, when it links to `creditUrl`.
 * @csspart copyright - The copyright notice.
 * @csspart slug - The agency slug (`title`).
 * @csspart error - The message shown when the document cannot be rendered.
 * @csspart link - Links inside the caption.
 *
 * @cssprop [--news-font-family=inherited] - Font of the element.
 * @cssprop [--news-color=inherited] - Text colour.
 * @cssprop [--news-muted-color=the text colour at 80%] - Colour of captions and credits.
 * @cssprop [--news-link-color=inherited] - Colour of links.
 * @cssprop [--news-rule-color=the text colour at 18%] - Colour of the error box's border.
 * @cssprop [--news-focus-color=the focused text's colour] - Colour of the focus ring.
 * @cssprop [--news-caption-font-size=0.875em] - Size of captions and credits.
 * @cssprop [--news-caption-color=inherited] - Colour of the caption text.
 * @cssprop [--news-photo-aspect-ratio=the image's own] - Crop the photo to this ratio (e.g. `16 / 9`), keeping the document's `focalPoint` in view.
 * @cssprop [--news-photo-radius=0] - Corner radius of the image.
 * @cssprop [--news-photo-placeholder=the text colour at 8%] - Background of the reserved box while the image loads.
 * @cssprop [--news-line-height=1.55] - Line height of the text.
 * @cssprop [--news-space=1rem] - The base spacing unit (the error box's padding).
 * @cssprop [--news-radius=0.25rem] - Corner radius of the error box.
 */
export class NewsPhoto extends NewsElement<'photo'> {
  static override styles = styles;

  /** `lazy` (default) or `eager`; `eager` also asks for the image with high priority. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** The `sizes` attribute for the document's `srcset` (default: a column of at most 48rem). */
  @property() sizes?: string;

  protected readonly loader = new DocumentController(this, 'photo', PhotoSchema);

  protected renderDocument(photo: Photo): TemplateResult {
    const { lang, dir, strings } = this.locale();
    return html`<div lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
      ${renderPhoto(photo, { strings, eager: this.loading === 'eager', sizes: this.sizes })}
    </div>`;
  }
}
