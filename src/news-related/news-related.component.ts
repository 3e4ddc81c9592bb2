import { type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NewsElement } from '../base/news-element.js';
import { DocumentController } from '../loader/document-controller.js';
import type { Related } from '../model/schema.js';
import { renderRelated } from '../render/related.js';
import { styles } from './news-related.styles.js';

/**
 * A block of related links ("Related", "Read also", "More on this"), from a Related document.
 *
 * @tagname news-related
 * @summary A labelled `nav` with the document's `title` (or the localised "Related") as its heading and one item per link: label, title, description, section, source and date; `layout="cards"` adds thumbnails.
 *
 * @slot - Fallback content, shown until the document renders (and without JavaScript).
 *
 * @fires news-load - `{data, warnings}`: the document rendered.
 * @fires news-error - `{message, issues}`: the document could not be rendered.
 * @fires news-link-click - `{url, title, kind: "related"}`: a reader followed a link (navigation is not prevented).
 *
 * @csspart related - The `nav` landmark around the block.
 * @csspart related-heading - The block's heading.
 * @csspart related-list - The `ul` of links (the grid of cards).
 * @csspart related-item - One link's `li` (a card).
 * @csspart related-link - The link's title, an `a`.
 * @csspart related-title - The title of a link whose URL was refused, shown as text.
 * @csspart related-label - The kicker ("Read also", "Analysis").
 * @csspart related-description - The description.
 * @csspart related-meta - Section, source and date.
 * @csspart related-thumbnail - The card's photo (`layout="cards"`); inside it the photo's parts: `figure`, `image`, `caption`, `credit`…
 * @csspart figure - The thumbnail's `figure`.
 * @csspart image - The thumbnail's `img`.
 * @csspart caption - The thumbnail's caption and credit.
 * @csspart credit - The thumbnail's credit line.
 * @csspart error - The message shown when the document cannot be rendered.
 *
 * @cssprop --news-font-family - Font of the element (default: inherited from the page).
 * @cssprop --news-color - Text colour (default: inherited).
 * @cssprop --news-muted-color - Colour of labels, dates and credits (default: the text colour at 80%).
 * @cssprop --news-link-color - Colour of links (default: inherited).
 * @cssprop --news-rule-color - Colour of the rules between links.
 * @cssprop --news-focus-color - Colour of the focus ring (default: the colour of the focused text).
 * @cssprop --news-space - The gap between links (default: `1rem`).
 * @cssprop --news-caption-font-size - Size of labels, meta and credits (default: `0.875em`).
 * @cssprop --news-related-aspect-ratio - Crop of the card thumbnails (default: `16 / 9`).
 * @cssprop --news-photo-radius - Corner radius of the thumbnails.
 * @cssprop --news-photo-placeholder - Background of a thumbnail's box while it loads.
 * @cssprop --news-line-height - Line height of the links (default: `1.55`).
 * @cssprop --news-radius - Corner radius of the error box (default: `0.25rem`).
 */
export class NewsRelated extends NewsElement<'related'> {
  static override styles = styles;

  /** `list` (default: compact, text only) or `cards` (with thumbnails, one to three columns by the element's width). */
  @property({ reflect: true }) layout: 'list' | 'cards' = 'list';

  /** Show at most this many links (after duplicates are removed); unset or < 1: all. */
  @property({ type: Number }) limit?: number;

  /** Level of the block's `<hN>`, 1–6 (default 2, so an embed does not compete with the page's `h1`). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly source = new DocumentController(this, 'related');

  protected renderDocument(related: Related): TemplateResult {
    const { lang, dir, strings } = this.locale();
    return renderRelated(related, { strings, lang, dir, layout: this.layout, limit: this.limit, headingLevel: this.headingLevel });
  }
}
