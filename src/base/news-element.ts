/**
 * What the three elements share: the document inputs, the `state`, the
 * language and direction, the error message, and `news-link-click`.
 * Each element adds its own renderer and styles.
 */
import { LitElement, html, isServer, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DocumentController, type LoadState } from '../loader/document-controller.js';
import type { DocumentInputs, DocumentKind, DocumentTypes } from '../model/schema.js';
import { DIRECTIONS, type Direction } from '../model/rich-text/index.js';
import { directionOf, needsTranslation, stringsFor, type UiStrings } from '../i18n/strings.js';
import { feature, load, type Feature } from '../loader/on-demand.js';
import type { LinkKind, NewsEventMap, NewsLinkClickDetail } from '../events.js';
import type { DocumentFormat } from '../adapters/formats.js';
import { warn } from './log.js';

/** What a renderer needs to know about the reader's language. */
export interface Locale {
  lang?: string;
  dir?: Direction;
  strings: UiStrings;
}

type Options = boolean | AddEventListenerOptions;

/** Said once per page: every server-rendered element would say the same. */
let warnedNoHydration = false;

/** `addEventListener('news-load', …)` on an element knows the document type of `detail.data`. */
export interface NewsElement<K extends DocumentKind> {
  addEventListener<E extends keyof NewsEventMap>(
    type: E,
    listener: (this: this, event: NewsEventMap<DocumentTypes[K]>[E]) => unknown,
    options?: Options,
  ): void;
  addEventListener<E extends keyof HTMLElementEventMap>(
    type: E,
    listener: (this: this, event: HTMLElementEventMap[E]) => unknown,
    options?: Options,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: Options): void;
  removeEventListener<E extends keyof NewsEventMap>(
    type: E,
    listener: (this: this, event: NewsEventMap<DocumentTypes[K]>[E]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<E extends keyof HTMLElementEventMap>(
    type: E,
    listener: (this: this, event: HTMLElementEventMap[E]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

// The interface above only adds overloads of methods every HTMLElement has: nothing is left unimplemented.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class NewsElement<K extends DocumentKind> extends LitElement {
  /**
   * The document, set from JavaScript. Wins over inline JSON and `src`.
   * Typed as the document this element renders (`ArticleDocument` for `<news-article>`…);
   * at run time any value is accepted and checked, as with `src`.
   */
  @property({ attribute: false }) data?: DocumentInputs[K];

  /** URL of the JSON document to fetch when there is no `data` and no inline JSON. */
  @property({ reflect: true }) src?: string;

  /**
   * The URL that relative URLs in `data` and inline JSON resolve against (default: the
   * page's base URL). Set it to the feed's URL when the document comes from someone
   * else, so `"/account"` means their site, not yours. A `src` document always
   * resolves against its own URL.
   */
  @property() base?: string;

  /**
   * The format of what `data`, the inline source or `src` supplies: `news` (the default,
   * our own documents), or `wordpress` (a WordPress REST API post), `ans` (an Arc XP
   * story), `schema.org` (JSON-LD) or `html` (an article's HTML), which the adapter of
   * that format converts before the document is validated; its warnings are listed with
   * the model's, each with its path in the source and `source` set to the format. The
   * adapter's code loads only when a format is set. With `html`, `data` is the HTML
   * string, `src` is fetched as text (any content type) and inline JSON holds a JSON string.
   * Only `<news-article>` takes a format other than `news` (the adapters write articles);
   * an unknown format is an error that names it.
   */
  @property() format?: DocumentFormat;

  /** `empty`, `loading`, `ready` or `error`; reflected as the `state` attribute. */
  @property({ reflect: true }) state: LoadState = 'empty';

  /** Overrides for the built-in UI strings ("By", "Photo:", …). */
  @property({ attribute: false }) strings?: Partial<UiStrings>;

  // Read under other names so the built-in `lang`/`dir` properties keep working.
  /** The language of the element's words, dates and bylines; wins over the document's `lang`. */
  @property({ attribute: 'lang' }) protected langAttribute?: string;
  /** `ltr`, `rtl` or `auto`; wins over the document's `dir` and the language's direction. */
  @property({ attribute: 'dir' }) protected dirAttribute?: string;

  /** Picks, loads and normalises the document (`data`, inline JSON or `src`). */
  protected abstract readonly loader: DocumentController<K>;

  /** The language of the page around the element, when neither the element nor the document names one. */
  private pageLang?: string;

  override connectedCallback(): void {
    // The page's language first: connecting starts the loader, which loads that language's words.
    // The nearest `lang` around the element, also across the shadow roots of an app that embeds it.
    let node: Element | null | undefined = this;
    do node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host;
    while (node && !node.hasAttribute('lang'));
    const lang = node?.getAttribute('lang') ?? undefined;
    // Moved to another part of the page: its words and direction follow.
    if (lang !== this.pageLang) this.requestUpdate();
    this.pageLang = lang;
    super.connectedCallback();
  }

  protected override createRenderRoot() {
    // A server-rendered shadow root is kept only when Lit's hydration support is
    // loaded; otherwise Lit would render a second copy of the story into it.
    if (!isServer && this.shadowRoot && !('litElementHydrateSupport' in globalThis)) {
      this.shadowRoot.replaceChildren();
      if (!warnedNoHydration) {
        warnedNoHydration = true;
        warn(
          `<${this.localName}> was server-rendered, but hydration support is not loaded: rendering it again. Load news-elements/hydrate.js instead.`,
        );
      }
    }
    const root = super.createRenderRoot();
    if (!isServer) {
      root.addEventListener('click', this.onLinkActivated);
      root.addEventListener('auxclick', this.onLinkActivated);
    }
    return root;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('data') || changed.has('src') || changed.has('base') || changed.has('format')) this.loader.sync();
  }

  /**
   * The on-demand code (src/loader/on-demand.ts) needed to show `document`, or
   * the error message when there is none; the loader loads it before either shows.
   * Here: the words of the language. Elements add what their documents hold
   * (an article: its rare blocks). For the loader, not part of the element's API.
   * @internal
   */
  needs(document?: DocumentTypes[K]): Feature[] {
    // Only an article names its language; a photo or related block takes the element's or the page's.
    return needsTranslation(this.language((document as { lang?: string } | undefined)?.lang)) ? ['strings'] : [];
  }

  /** Resolves once the element shows its current input, on-demand code included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    let awaited: Promise<void> | undefined;
    while (this.loader.loading && this.loader.loading !== awaited) {
      awaited = this.loader.loading;
      await awaited;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The language the element shows: its own `lang`, the document's, then the page's. */
  private language(documentLang?: string): string | undefined {
    return this.langAttribute || documentLang || this.pageLang || undefined;
  }

  /** The language, direction and strings for a document (or for none). */
  protected locale(documentLang?: string, documentDir?: Locale['dir']): Locale {
    const lang = this.language(documentLang);
    // A language set after the document showed (a `lang` attribute): its words follow when loaded.
    if (needsTranslation(lang) && !feature('strings'))
      load(['strings']).then(
        () => this.requestUpdate(),
        () => undefined,
      );
    const dirAttr = this.dirAttribute as Direction;
    const dir = DIRECTIONS.includes(dirAttr) ? dirAttr : (documentDir ?? (lang ? directionOf(lang) : undefined));
    return { lang, dir, strings: stringsFor(lang, this.strings) };
  }

  protected override render(): TemplateResult {
    const document = this.loader.document;
    if (this.state === 'error') {
      return html`<p part="error" role="alert">${this.locale().strings.error}</p>`;
    }
    // Until a document renders, the element's own light-DOM content shows (progressive enhancement).
    if (!document) return html`<slot></slot>`;
    return this.renderDocument(document);
  }

  protected abstract renderDocument(document: DocumentTypes[K]): TemplateResult;

  private onLinkActivated = (event: Event) => {
    if (event.type === 'auxclick' && (event as MouseEvent).button !== 1) return;
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.dataset.kind);
    if (!link) return;
    // Navigation is the browser's: the event only tells the page.
    const detail: NewsLinkClickDetail = {
      url: link.href,
      title: link.dataset.title ?? link.textContent?.trim() ?? '',
      kind: link.dataset.kind as LinkKind,
    };
    this.dispatchEvent(new CustomEvent('news-link-click', { bubbles: true, composed: true, detail }));
  };
}
