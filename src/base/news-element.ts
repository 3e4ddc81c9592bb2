/**
 * What the three elements share: the document inputs, the `state`, the
 * language and direction, the error message, and `news-link-click`.
 * Each element adds its own renderer and styles.
 */
import { LitElement, html, isServer, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DocumentController, type LoadState } from '../loader/document-controller.js';
import type { DocumentKind, DocumentTypes } from '../model/schema.js';
import { DIRECTIONS, type Direction } from '../model/rich-text/index.js';
import { directionOf, stringsFor, type UiStrings } from '../i18n/strings.js';
import type { LinkKind, NewsLinkClickDetail } from '../events.js';

/** What a renderer needs to know about the reader's language. */
export interface Locale {
  lang?: string;
  dir?: Direction;
  strings: UiStrings;
}

export abstract class NewsElement<K extends DocumentKind> extends LitElement {
  /** The document, set from JavaScript. Wins over inline JSON and `src`. */
  @property({ attribute: false }) data?: unknown;

  /** URL of the JSON document to fetch when there is no `data` and no inline JSON. */
  @property({ reflect: true }) src?: string;

  /** `empty`, `loading`, `ready` or `error`; reflected as the `state` attribute. */
  @property({ reflect: true }) state: LoadState = 'empty';

  /** Overrides for the built-in UI strings ("By", "Photo:", …). */
  @property({ attribute: false }) strings?: Partial<UiStrings>;

  // Read under other names so the built-in `lang`/`dir` properties keep working.
  /** The language of the element's words, dates and bylines; wins over the document's `lang`. */
  @property({ attribute: 'lang' }) protected langAttribute?: string;
  /** `ltr`, `rtl` or `auto`; wins over the document's `dir` and the language's direction. */
  @property({ attribute: 'dir' }) protected dirAttribute?: string;

  protected abstract readonly source: DocumentController<K>;

  /** The language of the page around the element, when neither the element nor the document names one. */
  private pageLang?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // The nearest `lang` around the element, also across the shadow roots of an app that embeds it.
    let node: Element | null | undefined = this;
    do node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host;
    while (node && !node.hasAttribute('lang'));
    const lang = node?.getAttribute('lang') ?? undefined;
    // Moved to another part of the page: its words and direction follow.
    if (lang !== this.pageLang) this.requestUpdate();
    this.pageLang = lang;
  }

  protected override createRenderRoot() {
    // A server-rendered shadow root is kept only when Lit's hydration support is
    // loaded; otherwise Lit would render a second copy of the story into it.
    if (!isServer && this.shadowRoot && !('litElementHydrateSupport' in globalThis)) this.shadowRoot.replaceChildren();
    const root = super.createRenderRoot();
    if (!isServer) {
      root.addEventListener('click', this.onLinkActivated);
      root.addEventListener('auxclick', this.onLinkActivated);
    }
    return root;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('data') || changed.has('src')) this.source.sync();
  }

  /** The language, direction and strings for a document (or for none). */
  protected locale(documentLang?: string, documentDir?: Locale['dir']): Locale {
    const lang = this.langAttribute || documentLang || this.pageLang || undefined;
    const dirAttr = this.dirAttribute as Direction;
    const dir = DIRECTIONS.includes(dirAttr) ? dirAttr : documentDir ?? (lang ? directionOf(lang) : undefined);
    return { lang, dir, strings: stringsFor(lang, this.strings) };
  }

  protected override render(): TemplateResult {
    const document = this.source.document;
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
