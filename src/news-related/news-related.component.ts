import { type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NewsElement } from '../base/news-element.js';
import { DocumentController } from '../loader/document-controller.js';
import { RelatedSchema } from '../model/schema/related.js';
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
 * @csspart caption - The thumbnail's `figcaption`: caption text, credit and slug.
 * @csspart caption-text - The thumbnail's caption.
 * @csspart credit - The thumbnail's credit line, with its label.
 * @csspart credit-label - The localised "Photo:" label.
 * @csspart credit-link - A credit that links to its `creditUrl`.
 * @csspart copyright - The thumbnail's copyright notice.
 * @csspart slug - The thumbnail's agency slug (`title`).
 * @csspart link - A link inside a thumbnail's caption.
 * @csspart error - The message shown when the document cannot be rendered.
 *
 * @cssprop [--news-font-family=inherited] - Font of the element.
 * @cssprop [--news-color=inherited] - Text colour.
 * @cssprop [--news-muted-color=the text colour at 80%] - Colour of labels, meta and credits.
 * @cssprop [--news-link-color=inherited] - Colour of links.
 * @cssprop [--news-rule-color=the text colour at 18%] - Colour of the rules between links.
 * @cssprop [--news-focus-color=the focused text's colour] - Colour of the focus ring.
 * @cssprop [--news-space=1rem] - The gap between links and cards.
 * @cssprop [--news-caption-font-size=0.875em] - Size of labels, meta and credits.
 * @cssprop [--news-caption-color=inherited] - Colour of a thumbnail's caption text.
 * @cssprop [--news-related-aspect-ratio=16 / 9] - Crop of the card thumbnails (around each photo's `focalPoint`).
 * @cssprop [--news-photo-radius=0] - Corner radius of the thumbnails.
 * @cssprop [--news-photo-placeholder=the text colour at 8%] - Background of a thumbnail's box while it loads.
 * @cssprop [--news-line-height=1.55] - Line height of the text.
 * @cssprop [--news-radius=0.25rem] - Corner radius of the error box.
 */
export class NewsRelated extends NewsElement<'related'> {
  static override styles = styles;

  /** `list` (default: compact, text only) or `cards` (with thumbnails, one to three columns by the element's width). */
  @property({ reflect: true }) layout: 'list' | 'cards' = 'list';

  /** Show at most this many links (after duplicates are removed); unset or < 1: all. */
  @property({ type: Number }) limit?: number;

  /** Level of the block's `<hN>`, 1–6 (default 2, so an embed does not compete with the page's `h1`). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly loader = new DocumentController(this, 'related', RelatedSchema);

  protected renderDocument(related: Related): TemplateResult {
    const { lang, dir, strings } = this.locale();
    return renderRelated(related, {
      strings,
      lang,
      dir,
      layout: this.layout,
      limit: this.limit,
      headingLevel: this.headingLevel,
    });
  }
}
