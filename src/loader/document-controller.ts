/**
 * Source → document, for every element: picks the input the contract names
 * first (`data`, then inline JSON, then `src`), fetches through the shared
 * loader, normalises, and reports `news-load` / `news-error`.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { normalise } from '../model/normalise.js';
import type { DocumentKind, DocumentTypes } from '../model/schema.js';
import type { Issue } from '../model/issues.js';
import { fetchDocument, parseJson } from './fetch-document.js';
import { report } from '../base/log.js';
import type { NewsErrorDetail, NewsLoadDetail } from '../events.js';

export type LoadState = 'empty' | 'loading' | 'ready' | 'error';

export interface DocumentHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  state: LoadState;
}


const INLINE_JSON = ':scope > script[type="application/json"]';

/** Documents that were not fetched resolve against the page (on the server: stay relative). */
const pageBase = () => (isServer ? undefined : document.baseURI);

/** `src` against the page; `''` when it cannot be a URL at all (`http://[`), which `sync` reports as an error. */
function resolve(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return '';
  }
}

/** Whether the parser may still be adding to `node`: the page is loading and nothing follows it yet. */
function mayGrow(node: Node | null): boolean {
  if (document.readyState !== 'loading') return false;
  for (; node; node = node.parentNode) if (node.nextSibling) return false;
  return true;
}

export class DocumentController<K extends DocumentKind> implements ReactiveController {
  /** The normalised document being shown, if any. */
  document?: DocumentTypes[K];
  /** What the current document came from; the same source is not loaded twice. */
  private source?: unknown;
  private inFlight?: AbortController;
  private observer?: MutationObserver;
  /** Inline JSON still streaming in: a check is due when the page is complete. */
  private waiting?: boolean;

  constructor(
    private readonly host: DocumentHost,
    private readonly kind: K,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON may arrive after the element (a streaming parser, a framework): watch for it.
    this.observer ??= new MutationObserver(() => this.sync());
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true });
    this.sync();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.inFlight?.abort();
    this.inFlight = undefined;
    // A re-attached element must fetch again if it was interrupted.
    if (this.host.state === 'loading') this.source = undefined;
  }

  /** Loads whichever source wins now, unless it is the one already shown. */
  sync(): void {
    const { host } = this;
    const { data, src } = host;
    const script = isServer || data !== undefined ? null : host.querySelector(INLINE_JSON);
    // The first input the contract names wins; `source` is undefined only when there is none.
    const source = data !== undefined ? data : script ? script.textContent ?? '' : src ? (isServer ? src : resolve(src)) : undefined;
    // Object.is: a `data` of NaN is the same document as itself.
    if (source !== undefined && Object.is(source, this.source)) return;
    this.source = source;
    this.inFlight?.abort();
    this.inFlight = undefined;

    if (data !== undefined) this.apply(data, pageBase());
    else if (script) this.applyText(source as string, 'inline JSON', script);
    // The server has no page to resolve against and must not fetch for a reader: the browser loads it.
    else if (src) {
      if (isServer) this.show('loading');
      else if (source) this.fetch(source as string);
      else this.fail(`src "${src}" is not a URL`);
    }
    else this.show('empty');
  }

  private fetch(url: string): void {
    const controller = (this.inFlight = new AbortController());
    this.show('loading');
    fetchDocument(url, controller.signal).then(
      ({ json, url: base }) => controller === this.inFlight && this.apply(json, base),
      (error: Error) => controller === this.inFlight && !controller.signal.aborted && this.fail(error.message),
    );
  }

  private applyText(text: string, from: string, script: Node): void {
    let json: unknown;
    try {
      json = parseJson(text, from);
    } catch (error) {
      // While the parser is still inside the script, it may hold only part of its JSON: wait for
      // the rest (the observer sees it), and judge it once the page is complete, if nothing came after.
      if (mayGrow(script)) {
        this.source = undefined;
        this.show('loading');
        if (!this.waiting) {
          this.waiting = true;
          document.addEventListener('DOMContentLoaded', () => ((this.waiting = false), this.host.isConnected && this.sync()), { once: true });
        }
        return;
      }
      return this.fail((error as Error).message);
    }
    this.apply(json, pageBase());
  }

  private apply(raw: unknown, base?: string): void {
    let result: ReturnType<typeof normalise<K>>;
    try {
      result = normalise(this.kind, raw, base);
    } catch (error) {
      // A bug of ours must not escape into the page either.
      return this.fail(`internal error: ${(error as Error).message}`);
    }
    if (!result.ok) return this.fail('the document cannot be shown', result.issues);
    this.document = result.document;
    if (result.warnings.length) {
      report(this.host, `${result.warnings.length} part(s) left out or changed:`, result.warnings);
    }
    this.show('ready');
    const detail: NewsLoadDetail<DocumentTypes[K]> = { data: result.document, warnings: result.warnings };
    this.announceAfterRender('news-load', detail);
  }

  private fail(message: string, issues: Issue[] = []): void {
    report(this.host, `could not render: ${message}`, issues);
    this.show('error');
    const detail: NewsErrorDetail = { message, issues };
    this.announceAfterRender('news-error', detail);
  }

  private show(state: LoadState): void {
    if (state !== 'ready') this.document = undefined;
    this.host.state = state;
    this.host.requestUpdate();
  }

  private announceAfterRender(type: string, detail: unknown): void {
    if (isServer) return;
    const source = this.source;
    this.host.updateComplete.then(
      () => Object.is(source, this.source) && this.host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail })),
      () => undefined,
    );
  }
}
