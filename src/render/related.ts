/**
 * Renders a Related block: a labelled `nav` with a list of links, compact text
 * (`list`) or cards with thumbnails (`cards`). One renderer for `<news-related>`,
 * `article.related` and `related` blocks inside an article's body.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Related, RelatedLink } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import type { Direction } from '../model/rich-text/index.js';
import { formatDate } from '../i18n/format.js';
import { renderPhoto } from './photo.js';
import { renderHeading } from './heading.js';

export interface RelatedOptions {
  strings: UiStrings;
  layout?: 'list' | 'cards';
  /** Show at most this many links (after duplicates are removed). */
  limit?: number;
  /** Level of the block's heading (1–6, default 2). */
  headingLevel?: number;
  /** Language for dates (default: the reader's). */
  lang?: string;
  /** Set on the block when it stands alone (inside an article, it follows the article's). */
  dir?: Direction;
}

// Cards are one column up to 32rem, two up to 48rem, then three (see relatedStyles).
const SIZES = '(min-width: 60rem) 20rem, (min-width: 32rem) 50vw, 100vw';

/** The links to show: one per URL (the model resolved them), the first `limit`. */
export function relatedLinks(links: readonly RelatedLink[], limit?: number): RelatedLink[] {
  const seen = new Set<string>();
  const unique = links.filter((link) => {
    if (!link.url) return true; // refused URLs are distinct links shown as text
    if (seen.has(link.url)) return false;
    seen.add(link.url);
    return true;
  });
  return limit && limit >= 1 ? unique.slice(0, Math.floor(limit)) : unique;
}

function renderLink(link: RelatedLink, cards: boolean, { strings, lang }: RelatedOptions): TemplateResult {
  const meta = [link.section, link.source].filter(Boolean);
  return html`<li part="related-item">
    ${
      cards && link.image
        ? html`<div part="related-thumbnail">${renderPhoto(link.image, { strings, sizes: SIZES })}</div>`
        : nothing
    }
    ${link.label ? html`<span part="related-label">${link.label}</span>` : nothing}
    ${
      link.url
        ? html`<a part="related-link" href=${link.url} data-kind="related" data-title=${link.title}>${link.title}</a>`
        : html`<span part="related-title">${link.title}</span>`
    }
    ${link.description ? html`<p part="related-description">${link.description}</p>` : nothing}
    ${
      meta.length || link.datePublished
        ? html`<p part="related-meta">${meta.map((m) => html`<span>${m}</span>`)}${
            link.datePublished
              ? html`<time datetime=${link.datePublished}>${formatDate(link.datePublished, lang)}</time>`
              : nothing
          }</p>`
        : nothing
    }
  </li>`;
}

export function renderRelated(related: Related, options: RelatedOptions): TemplateResult {
  const links = relatedLinks(related.links, options.limit);
  if (!links.length) return html``;
  const title = related.title || options.strings.related;
  const cards = options.layout === 'cards';
  // aria-label rather than aria-labelledby: no ids, so two blocks in one shadow root cannot collide.
  return html`<nav part="related" class=${cards ? 'cards' : 'list'} dir=${ifDefined(options.dir)} aria-label=${title}>
    ${renderHeading(options.headingLevel ?? 2, 'related-heading', title)}
    <ul part="related-list">${links.map((link) => renderLink(link, cards, options))}</ul>
  </nav>`;
}
