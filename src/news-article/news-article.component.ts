import { adoptStyles, isServer, type CSSResult, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NewsElement } from '../base/news-element.js';
import { DocumentController } from '../loader/document-controller.js';
import { ArticleSchema } from '../model/schema/article.js';
import { featureStyles, isFeature, register, type Feature } from '../loader/on-demand.js';
import { ARTICLE_LOADERS } from '../loader/article-features.js';
import type { Article } from '../model/schema.js';
import { renderArticle } from '../render/article.js';
import type { BlockKey } from '../render/blocks.js';
import { JsonLdController } from '../controllers/jsonld-controller.js';
import { clampLevel } from '../render/heading.js';
import { styles } from './news-article.styles.js';

// The article's on-demand features (its rare blocks, footnotes, JSON-LD) join the shared registry.
register(ARTICLE_LOADERS);

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
 * @csspart heading - A heading inside the body (rich text; JSON levels 2–6 offset from `heading-level`, at most `h6`).
 * @csspart quote - A quote: `figure` with `blockquote` (one `p` per paragraph) and the attribution.
 * @csspart pull-quote - A pull quote (also `quote`): display type repeating the text, `inert` so it is read once.
 * @csspart quote-cite - The attribution of a quote.
 * @csspart list - An `ol` or `ul`, nested ones included.
 * @csspart nested-list - A list inside a list item (also `list`).
 * @csspart code - A code block: the language label and the box.
 * @csspart code-language - The language of a code block, as written in the document.
 * @csspart code-box - The `pre`: a focusable, labelled region that scrolls sideways.
 * @csspart table-scroll - The focusable, labelled region around a table, which scrolls when the table is wider.
 * @csspart table - The `table`.
 * @csspart table-caption - Its `caption`.
 * @csspart note-ref - A footnote reference in the text (`sup` with a link to the note).
 * @csspart notes - The footnotes at the end of the article (`section`).
 * @csspart notes-heading - Their heading ("Notes").
 * @csspart notes-list - Their `ol`.
 * @csspart footnote - One footnote (`li`), focused when a reader follows its reference.
 * @csspart note-back - The link from a note back to its reference.
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
 * @csspart gallery - A gallery: a `figure` holding the list of photos and the gallery's caption.
 * @csspart gallery-list - The gallery's list of photos (a grid; one column on narrow containers).
 * @csspart gallery-item - One photo's `li`.
 * @csspart gallery-caption - The gallery's own caption.
 * @csspart media - The `figure` of a video or audio file.
 * @csspart video-file - The `video` of a video block.
 * @csspart audio-file - The `audio` of an audio block.
 * @csspart media-caption - A file's `figcaption`: title, duration, caption, transcript link.
 * @csspart media-title - A file's title.
 * @csspart media-duration - An audio file's duration, a `time`.
 * @csspart media-link - The file's URL, shown in print only.
 * @csspart transcript - The link to an audio file's transcript.
 * @csspart social - A social post's static card (`figure`).
 * @csspart social-header - The card's `figcaption`: author and handle.
 * @csspart social-author - The author's name (a link when the document gives a URL).
 * @csspart social-handle - The author's handle.
 * @csspart social-text - The post's text, a `blockquote`.
 * @csspart social-footer - The line with the date and the link to the original.
 * @csspart social-date - The post's date, a `time`.
 * @csspart social-link - The link to the original post ("View the post by <author> on <provider>").
 * @csspart aside - A fact box, an `aside` named by its title.
 * @csspart aside-title - The fact box's heading.
 * @csspart note - A correction, update or editor's note (`role="note"`).
 * @csspart note-label - The note's kind ("Correction", "Update", "Editor's note").
 * @csspart note-date - The date of a note or a correction, a `time`.
 * @csspart note-text - The text of a note or a correction.
 * @csspart corrections - The `section` listing the article's corrections after the body.
 * @csspart corrections-title - Its heading ("Corrections").
 * @csspart corrections-list - Its `ul`.
 * @csspart correction - One correction's `li`.
 * @csspart footer - The `footer`: tags and publisher.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart publisher - The publisher line.
 * @csspart publisher-logo - The publisher's logo.
 * @csspart publisher-name - The publisher's name (a link when the document gives a URL).
 * @csspart figure - A photo's `figure` (the lead, body photos, video posters, card thumbnails).
 * @csspart image - A photo's `img`.
 * @csspart caption - A photo's `figcaption`: caption text, credit and slug.
 * @csspart caption-text - A photo's caption.
 * @csspart credit - A photo's credit line, with its label.
 * @csspart credit-label - The localised "Photo:" label.
 * @csspart credit-link - A credit that links to its `creditUrl`.
 * @csspart copyright - A photo's copyright notice.
 * @csspart slug - A photo's agency slug (`title`).
 * @csspart related - A related-links `nav` (the closing block and `related` body blocks).
 * @csspart related-heading - Its heading.
 * @csspart related-list - Its `ul` (the grid of cards).
 * @csspart related-item - One link's `li` (a card).
 * @csspart related-link - A related link's title, an `a`.
 * @csspart related-title - The title of a related link whose URL was refused, shown as text.
 * @csspart related-label - A related link's kicker.
 * @csspart related-description - A related link's description.
 * @csspart related-meta - A related link's section, source and date.
 * @csspart related-thumbnail - A card's photo.
 * @csspart link - A link inside rich text.
 * @csspart error - The message shown when the document cannot be rendered.
 *
 * @cssprop [--news-font-family=inherited] - Font of the element.
 * @cssprop [--news-headline-font-family=--news-font-family] - Font of the headline and headings.
 * @cssprop [--news-color=inherited] - Text colour.
 * @cssprop [--news-muted-color=the text colour at 80%] - Colour of the meta line, captions and credits.
 * @cssprop [--news-accent-color=the text colour] - Colour of the kicker, the promo label and the rule of quotes and promos.
 * @cssprop [--news-link-color=inherited] - Colour of links.
 * @cssprop [--news-rule-color=the text colour at 18%] - Colour of rules and borders.
 * @cssprop [--news-focus-color=the focused text's colour] - Colour of the focus ring.
 * @cssprop [--news-measure=40rem] - Width of the text column.
 * @cssprop [--news-wide=60rem] - Width of the lead photo, videos and the closing related cards.
 * @cssprop [--news-line-height=1.55] - Line height of the text.
 * @cssprop [--news-space=1rem] - The base spacing unit.
 * @cssprop [--news-radius=0.25rem] - Corner radius of promos, the video and the error box.
 * @cssprop [--news-caption-font-size=0.875em] - Size of captions and credits.
 * @cssprop [--news-caption-color=inherited] - Colour of caption text.
 * @cssprop [--news-code-font-family=the system's monospace] - Font of code blocks.
 * @cssprop [--news-photo-aspect-ratio=the image's own] - Crop every photo to this ratio (e.g. `16 / 9`), keeping its `focalPoint` in view.
 * @cssprop [--news-photo-radius=0] - Corner radius of images.
 * @cssprop [--news-photo-placeholder=the text colour at 8%] - Background of an image's reserved box while it loads.
 * @cssprop [--news-related-aspect-ratio=16 / 9] - Crop of the closing related cards' thumbnails.
 */
export class NewsArticle extends NewsElement<'article'> {
  /**
   * Its own styles, plus those of on-demand features already provided when the class is
   * defined (the server renderer and the hydrating client provide every feature first, so
   * the server's HTML carries them); otherwise they are adopted with the feature (renderDocument).
   */
  static override styles = [...styles, ...featureStyles()];

  /** Styles of on-demand features adopted into this element's shadow root, beside its own. */
  private readonly adopted = new Set<CSSResult>();

  /** Level of the headline's heading, 1–6 (default 2, so an embed does not compete with the page's `h1`). Body headings follow it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Also write a schema.org `NewsArticle` as JSON-LD into the element's light DOM. */
  @property({ type: Boolean }) jsonld = false;

  /**
   * Indexes of the body's video embeds the reader started, by document. Every document
   * that arrives is a new object (the loader normalises it), so it starts with every video on its facade.
   */
  private readonly played = new WeakMap<Article, ReadonlySet<BlockKey>>();

  protected readonly loader = new DocumentController(this, 'article', ArticleSchema);
  protected readonly jsonLd = new JsonLdController(this, () => this.loader.document);

  /**
   * Besides the language's words: the renderers of its rare blocks, and the JSON-LD writer.
   * @internal
   */
  override needs(article?: Article): Feature[] {
    const needs = super.needs(article);
    // Blocks that hold blocks (a `body` of their own) are read through.
    const visit = (blocks: readonly { type: string; body?: unknown }[]) => {
      for (const block of blocks) {
        if (isFeature(block.type)) needs.push(block.type);
        if (Array.isArray(block.body)) visit(block.body);
      }
    };
    visit(article?.body ?? []);
    // The article's corrections are listed by the note blocks' renderer.
    if (article?.corrections?.length) needs.push('note');
    if (article && this.jsonld) needs.push('jsonld');
    return needs;
  }

  protected renderDocument(article: Article): TemplateResult {
    this.adoptFeatureStyles();
    const { lang, dir, strings } = this.locale(article.lang, article.dir);
    return renderArticle(article, {
      lang,
      dir,
      strings,
      headingLevel: clampLevel(this.headingLevel),
      played: this.played.get(article) ?? new Set(),
      onPlay: this.play,
    });
  }

  /**
   * Adopts the styles of the on-demand features loaded so far (those this document needs
   * among them) beside the element's own, in the update that renders the document: its
   * rare blocks never show unstyled. Styles once adopted stay (they only match parts the
   * feature renders).
   */
  private adoptFeatureStyles(): void {
    if (isServer) return;
    const own = (this.constructor as typeof NewsArticle).elementStyles;
    const added = featureStyles().filter((sheet) => !own.includes(sheet) && !this.adopted.has(sheet));
    if (!added.length) return;
    for (const sheet of added) this.adopted.add(sheet);
    adoptStyles(this.renderRoot as ShadowRoot, [...own, ...this.adopted]);
  }

  private play = async (index: BlockKey, event: Event) => {
    // The figure stays; only its content changes from facade to player.
    const figure = (event.currentTarget as Element).closest('figure');
    const article = this.loader.document;
    if (article) this.played.set(article, new Set(this.played.get(article)).add(index));
    // A WeakMap is not a reactive property: ask for the render that shows the player.
    this.requestUpdate();
    await this.updateComplete;
    figure?.querySelector('iframe')?.focus();
  };
}
