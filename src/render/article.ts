/** A whole Article: header, lead photo, body, related links, tags and publisher. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article } from '../model/schema.js';
import type { Direction } from '../model/rich-text/index.js';
import { renderInline } from './inline.js';
import { renderPhoto } from './photo.js';
import { renderRelated } from './related.js';
import { renderByline, renderDates } from './byline.js';
import { renderBlock, type BlockOptions } from './blocks.js';
import { renderHeading } from './heading.js';
import { feature } from '../loader/on-demand.js';
import { notesIn } from '../model/rich-text/notes.js';

export interface ArticleOptions extends BlockOptions {
  dir?: Direction;
}

/** The lead photo spans the wide column (see the styles): at most about 60rem. */
const LEAD_SIZES = '(min-width: 60rem) 60rem, 100vw';

export function renderArticle(article: Article, options: ArticleOptions): TemplateResult {
  const { strings, lang, headingLevel } = options;
  const { section, description, authors, image, body, related, tags, publisher } = article;
  const hasMeta = authors?.length || article.datePublished || article.dateModified || article.dateline;
  return html`<article part="article" lang=${ifDefined(lang)} dir=${ifDefined(options.dir)}>
    <header part="header">
      ${article.label ? html`<p part="label">${article.label}</p>` : nothing}
      ${section ? html`<p part="section">${section}</p>` : nothing}
      ${renderHeading(headingLevel, 'headline', article.headline)}
      ${description?.length ? html`<p part="standfirst">${renderInline(description)}</p>` : nothing}
      ${
        hasMeta
          ? html`<p part="meta">${renderByline(authors, options)}${
              article.dateline ? html`<span part="dateline">${article.dateline}</span>` : nothing
            }${renderDates(article, options)}</p>`
          : nothing
      }
    </header>
    ${image ? html`<div part="lead">${renderPhoto(image, { strings, eager: true, sizes: LEAD_SIZES })}</div>` : nothing}
    ${body?.length ? html`<div part="body">${body.map((block, i) => renderBlock(block, i, options))}</div>` : nothing}
    ${feature('footnotes')?.renderNotes(notesIn(article), { strings, level: headingLevel + 1 })}
    ${feature('note')?.renderCorrections(article.corrections, options)}
    ${related ? renderRelated(related, { strings, lang, layout: 'cards', headingLevel: headingLevel + 1 }) : nothing}
    ${
      tags?.length || publisher
        ? html`<footer part="footer">
          ${tags?.length ? html`<ul part="tags" aria-label=${strings.tags}>${tags.map((tag) => html`<li part="tag">${tag}</li>`)}</ul>` : nothing}
          ${
            publisher
              ? html`<p part="publisher">${
                  publisher.logo
                    ? html`<img part="publisher-logo" src=${publisher.logo} alt="" loading="lazy" decoding="async" />`
                    : nothing
                }${
                  publisher.url
                    ? html`<a part="publisher-name" href=${publisher.url} data-kind="body">${publisher.name}</a>`
                    : html`<span part="publisher-name">${publisher.name}</span>`
                }</p>`
              : nothing
          }
        </footer>`
        : nothing
    }
  </article>`;
}
