import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NewsElement } from '../base/news-element.js';
import { DocumentController } from '../loader/document-controller.js';
import type { Article } from '../model/schema.js';
import { hostStyles } from '../styles/tokens.js';
import { photoStyles } from '../news-photo/news-photo.styles.js';
import { relatedStyles } from '../news-related/news-related.styles.js';
import { articleStyles } from './news-article.styles.js';

/**
 * A whole news story, from an Article document.
 * (Foundation version: the news-article issue completes it.)
 *
 * @slot - Fallback content, shown until the document renders (and without JavaScript).
 * @fires news-load - `{data, warnings}`: the document rendered.
 * @fires news-error - `{message, issues}`: the document could not be rendered.
 * @fires news-link-click - `{url, title, kind}`: a reader followed a link.
 * @csspart article - The `article`.
 * @csspart error - The message shown when the document cannot be rendered.
 */
export class NewsArticle extends NewsElement<'article'> {
  static override styles = [hostStyles, photoStyles, relatedStyles, articleStyles];

  /** Level of the headline's heading, 1–6 (default 2, so an embed does not compete with the page's `h1`). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Also write a schema.org `NewsArticle` as JSON-LD into the element's light DOM. */
  @property({ type: Boolean }) jsonld = false;

  protected readonly source = new DocumentController(this, 'article');

  protected renderDocument(article: Article): TemplateResult {
    const { lang, dir } = this.locale(article.lang, article.dir);
    return html`<article part="article" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
      <h2 part="headline">${article.headline}</h2>
    </article>`;
  }
}
