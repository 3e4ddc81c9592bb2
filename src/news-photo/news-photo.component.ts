import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NewsElement } from '../base/news-element.js';
import { DocumentController } from '../loader/document-controller.js';
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
 * @cssprop --news-font-family - Font of the element (default: inherited from the page).
 * @cssprop --news-color - Text colour (default: inherited).
 * @cssprop --news-muted-color - Colour of captions, credits and dates (default: the text colour at 80%).
 * @cssprop --news-link-color - Colour of links (default: inherited).
 * @cssprop --news-rule-color - Colour of rules and borders.
 * @cssprop --news-focus-color - Colour of the focus ring (default: the colour of the focused text).
 * @cssprop --news-caption-font-size - Size of captions and credits (default: `0.875em`).
 * @cssprop --news-caption-color - Colour of the caption text (default: inherited).
 * @cssprop --news-photo-aspect-ratio - Crop every photo to this ratio (e.g. `16 / 9`), around the document's `focalPoint`.
 * @cssprop --news-photo-radius - Corner radius of the image.
 * @cssprop --news-photo-placeholder - Background of the reserved box while the image loads.
 * @cssprop --news-line-height - Line height of the caption (default: `1.55`).
 * @cssprop --news-space - Padding of the error box (default: `1rem`).
 * @cssprop --news-radius - Corner radius of the error box (default: `0.25rem`).
 */
export class NewsPhoto extends NewsElement<'photo'> {
  static override styles = styles;

  /** `lazy` (default) or `eager`; `eager` also asks for the image with high priority. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** The `sizes` attribute for the document's `srcset` (default: a column of at most 48rem). */
  @property() sizes?: string;

  protected readonly source = new DocumentController(this, 'photo');

  protected renderDocument(photo: Photo): TemplateResult {
    const { lang, dir, strings } = this.locale();
    return html`<div lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
      ${renderPhoto(photo, { strings, eager: this.loading === 'eager', sizes: this.sizes })}
    </div>`;
  }
}
