import { type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NewsElement } from '../base/news-element.js';
import { DocumentController } from '../loader/document-controller.js';
import type { Article } from '../model/schema.js';
import { renderArticle } from '../render/article.js';
import type { BlockKey } from '../render/blocks.js';
import { JsonLdController } from '../controllers/jsonld-controller.js';
import { clampLevel } from '../render/heading.js';
import { styles } from './news-article.styles.js';

/**
 * A whole news story, from an Article document: kicker, headline, standfirst,
 * byline and dates, lead photo, body blocks, related links, tags and publisher.
 *
 * @tagname news-article
 *
 * @summary A news story rendered from JSON, in the document's language and direction.
 *
 * @slot - Fallback content, shown until the document renders (and without JavaScript).
 *
 * @fires news-load - `{data, warnings}`: the document rendered.
 * @fires news-error - `{message, issues}`: the document could not be rendered.
 * @fires news-link-click - `{url, title, kind}`: a reader followed a link (`inline` in rich text, `body` for "Read also" links, authors and publisher, `related` in related blocks). Navigation is not prevented.
 *
 * @csspart article - The `article`.
 * @csspart header - The `header`: kicker, headline, standfirst, meta line.
 * @csspart section - The kicker (the document's `section`).
 * @csspart headline - The headline, an `hN` at `heading-level`.
 * @csspart standfirst - The summary under the headline (`description`).
 * @csspart meta - The line with byline and dates.
 * @csspart byline - "By A, B and C".
 * @csspart author - One author's name (a link when the document gives a URL).
 * @csspart date-published - The publication `time`.
 * @csspart date-modified - "Updated" and its `time`, shown when `dateModified` is later.
 * @csspart lead - The box around the lead photo.
 * @csspart body - The box around the body blocks.
 * @csspart paragraph - A paragraph.
 * @csspart heading - A heading inside the body.
 * @csspart quote - A quote: `figure` with `blockquote` and the attribution.
 * @csspart quote-cite - The attribution of a quote.
 * @csspart list - An `ol` or `ul`.
 * @csspart divider - The `hr` of a divider block.
 * @csspart promo - A "Read also" link block.
 * @csspart promo-label - Its label ("Read also", or the block's `label`).
 * @csspart promo-link - Its link.
 * @csspart video - A video embed (`figure`).
 * @csspart video-frame - The 16:9 box holding the poster and button, then the player.
 * @csspart play - The play `button` (its accessible name is "Play video: <title> (<provider>)").
 * @csspart play-icon - The icon inside it.
 * @csspart video-title - The title shown on the placeholder when there is no poster.
 * @csspart video-player - The provider's player `iframe` (YouTube, Vimeo, Dailymotion), after activation.
 * @csspart video-caption - The caption under a video.
 * @csspart label - The story's kind (Opinion, Analysis…), above the section.
 * @csspart dateline - The place the story was filed, in the meta line.
 * @csspart author-role - An author's job title and organisation, after the name.
 * @csspart gallery - A gallery (`figure`); `gallery-list` its list, `gallery-item` each photo, `gallery-caption` its caption.
 * @csspart media - A video or audio file's `figure`; `video-file` the `video`, `audio-file` the `audio`.
 * @csspart media-caption - The title (`media-title`), duration (`media-duration`), caption and `transcript` link of a file.
 * @csspart media-link - The file's URL, shown in print only.
 * @csspart social - A social post's static card; `social-header`, `social-author`, `social-handle`, `social-text`, `social-footer`, `social-date`, `social-link` its pieces.
 * @csspart aside - A fact box (`aside`); `aside-title` its heading.
 * @csspart note - A note (`role="note"`), also `note-correction`, `note-update` or `note-editors-note`; `note-label`, `note-date`, `note-text` its pieces.
 * @csspart corrections - The list of corrections after the body; `corrections-title`, `corrections-list`, `correction` its pieces.
 * @csspart footer - The `footer`: tags and publisher.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart publisher - The publisher line.
 * @csspart publisher-logo - The publisher's logo.
 * @csspart publisher-name - The publisher's name (a link when the document gives a URL).
 * @csspart figure - A photo's `figure` (lead, body, poster); see `<news-photo>` for its other parts (`image`, `caption`, `credit`…).
 * @csspart related - A related-links block; see `<news-related>` for its other parts.
 * @csspart link - A link inside rich text.
 * @csspart error - The message shown when the document cannot be rendered.
 *
 * @cssprop --news-font-family - Font of the element (default: inherited from the page).
 * @cssprop --news-headline-font-family - Font of headline and headings (default: `--news-font-family`).
 * @cssprop --news-color - Text colour (default: inherited).
 * @cssprop --news-muted-color - Colour of the meta line, captions and credits (default: the text colour at 80%).
 * @cssprop --news-accent-color - Colour of the kicker, promo label and quote rule (default: the text colour).
 * @cssprop --news-link-color - Colour of links (default: inherited).
 * @cssprop --news-rule-color - Colour of rules and borders (default: the text colour at 18%).
 * @cssprop --news-focus-color - Colour of the focus ring (default: the colour of the focused text).
 * @cssprop --news-measure - Width of the text column (default: `40rem`).
 * @cssprop --news-wide - Width of the headline, lead photo and video on wide containers (default: `60rem`).
 * @cssprop --news-line-height - Line height of body text (default: `1.55`).
 * @cssprop --news-space - The base spacing unit (default: `1rem`).
 * @cssprop --news-radius - Corner radius of promos, the video and the error box (default: `0.25rem`).
 * @cssprop --news-caption-font-size - Size of captions and credits (default: `0.875em`).
 * @cssprop --news-photo-aspect-ratio - Crop every photo to this ratio (e.g. `16 / 9`), around its `focalPoint`.
 * @cssprop --news-related-aspect-ratio - Crop of the closing related cards' thumbnails (default: `16 / 9`).
 */
export class NewsArticle extends NewsElement<'article'> {
  static override styles = styles;

  /** Level of the headline's heading, 1–6 (default 2, so an embed does not compete with the page's `h1`). Body headings follow it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Also write a schema.org `NewsArticle` as JSON-LD into the element's light DOM. */
  @property({ type: Boolean }) jsonld = false;

  /**
   * Indexes of the body's video embeds the reader started, by document. Every document
   * that arrives is a new object (the loader normalises it), so it starts with every video on its facade.
   */
  private readonly played = new WeakMap<Article, ReadonlySet<BlockKey>>();

  protected readonly source = new DocumentController(this, 'article');
  protected readonly jsonLd = new JsonLdController(this, () => this.source.document);

  protected renderDocument(article: Article): TemplateResult {
    const { lang, dir, strings } = this.locale(article.lang, article.dir);
    return renderArticle(article, {
      lang, dir, strings,
      headingLevel: clampLevel(this.headingLevel),
      played: this.played.get(article) ?? new Set(),
      onPlay: this.play,
    });
  }

  private play = async (index: BlockKey, event: Event) => {
    // The figure stays; only its content changes from facade to player.
    const figure = (event.currentTarget as Element).closest('figure');
    const article = this.source.document;
    if (article) this.played.set(article, new Set(this.played.get(article)).add(index));
    // A WeakMap is not a reactive property: ask for the render that shows the player.
    this.requestUpdate();
    await this.updateComplete;
    figure?.querySelector('iframe')?.focus();
  };
}
