/**
 * Renders a Related block: a labelled landmark with a list of links.
 * One renderer for `<news-related>`, `article.related` and `related` blocks.
 * (Foundation version: the news-related issue completes layouts and cards.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Related } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';

export interface RelatedOptions {
  strings: UiStrings;
  layout?: 'list' | 'cards';
  limit?: number;
  /** Level of the block's heading (2–6). */
  headingLevel?: number;
}

export function renderRelated(related: Related, { strings, limit }: RelatedOptions): TemplateResult {
  const links = related.links.slice(0, limit ?? related.links.length);
  return html`<nav part="related" aria-label=${related.title ?? strings.related}>
    <h2 part="related-heading">${related.title ?? strings.related}</h2>
    <ul part="related-list">
      ${links.map(
        (link) => html`<li part="related-item">
          ${link.url
            ? html`<a part="related-link" href=${link.url} data-kind="related" data-title=${link.title}>${link.title}</a>`
            : link.title}
          ${link.description ? html`<p>${link.description}</p>` : nothing}
        </li>`,
      )}
    </ul>
  </nav>`;
}
