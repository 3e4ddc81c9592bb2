import { type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NewsElement } from '../base/news-element.js';
import { DocumentController } from '../loader/document-controller.js';
import type { Related } from '../model/schema.js';
import { renderRelated } from '../render/related.js';
import { hostStyles } from '../styles/tokens.js';
import { photoStyles } from '../news-photo/news-photo.styles.js';
import { relatedStyles } from './news-related.styles.js';

/**
 * A block of related links, from a Related document.
 *
 * @slot - Fallback content, shown until the document renders (and without JavaScript).
 * @fires news-load - `{data, warnings}`: the document rendered.
 * @fires news-error - `{message, issues}`: the document could not be rendered.
 * @fires news-link-click - `{url, title, kind: "related"}`: a reader followed a link.
 * @csspart related - The labelled landmark.
 * @csspart error - The message shown when the document cannot be rendered.
 */
export class NewsRelated extends NewsElement<'related'> {
  static override styles = [hostStyles, photoStyles, relatedStyles];

  /** `list` (default, text only) or `cards` (with thumbnails). */
  @property({ reflect: true }) layout: 'list' | 'cards' = 'list';

  /** Show at most this many links. */
  @property({ type: Number }) limit?: number;

  protected readonly source = new DocumentController(this, 'related');

  protected renderDocument(related: Related): TemplateResult {
    const { strings } = this.locale();
    return renderRelated(related, { strings, layout: this.layout, limit: this.limit });
  }
}
