/**
 * Source → document, for every element: picks the input the contract names
 * first (`data`, then inline JSON, then `src`), fetches through the shared
 * loader, converts it when the element has a `format` (the adapters, loaded on
 * demand), normalises it along the schema the element hands it, and reports
 * `news-load` / `news-error`.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { readDocument } from '../model/read.js';
import type { DocumentKind, DocumentSchema, DocumentTypes } from '../model/schema.js';
import type { Issue } from '../model/issues.js';
import { fetchDocument, parseJson } from './fetch-document.js';
import { report } from '../base/log.js';
import { feature, load, type Feature } from './on-demand.js';
import type { NewsErrorDetail, NewsLoadDetail } from '../events.js';

export type LoadState = 'empty' | 'loading' | 'ready' | 'error';

export interface DocumentHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  base?: string;
  /** The format of the source (`news` when empty): another one is converted by its adapter first. */
  format?: string;
  state: LoadState;
  /** The on-demand code this host needs to show `document` (its blocks, its language…), or its error message. */
  needs?(document?: unknown): Iterable<Feature>;
}

const INLINE_JSON = ':scope > script[type="application/json"]';

/** `url` against the page (on the server it must be absolute); `''` when it cannot be a URL at all (`http://[`), which `sync` reports as an error. */
function resolve(url: string): string {
  try {
    return new URL(url, isServer ? undefined : document.baseURI).href;
  } catch {
    return '';
  }
}

/**
 * What relative URLs in `data` and inline JSON resolve against: the element's `base`,
 * else the page's base URL (on the server, without a `base`, they stay relative).
 */
const baseFor = (base: string | undefined) => (base ? resolve(base) : isServer ? undefined : document.baseURI);

/** Whether the parser may still be adding to `node`: the page is loading and nothing follows it yet. */
function mayGrow(node: Node | null): boolean {
  if (document.readyState !== 'loading') return false;
  for (; node; node = node.parentNode) if (node.nextSibling) return false;
  return true;
}

export class DocumentController<K extends DocumentKind> implements ReactiveController {
  /** The normalised document being shown, if any. */
  document?: DocumentTypes[K];
  /** The input (`data`, inline JSON text or resolved `src`) the current state came from; the same input is not loaded twice. */
  private current?: unknown;
  /** The base the current `data` or inline JSON was resolved against. */
  private currentBase?: string;
  /** The format the current input is read in (`news`: as it is). */
  private format = 'news';
  private inFlight?: AbortController;
  private observer?: MutationObserver;
  /** On-demand code being loaded for the current input; the document shows when it settles. */
  loading?: Promise<void>;
  /** Judges inline JSON that was still streaming in, once the page is complete. */
  private readonly whenParsed = () => {
    if (this.host.isConnected) this.sync();
  };

  /**
   * `schema` is the schema of `kind`, which the element imports itself: the loader,
   * shared by every element, holds none (a photo's page does not load the article's blocks).
   */
  constructor(
    private readonly host: DocumentHost,
    private readonly kind: K,
    private readonly schema: DocumentSchema<K>,
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
    if (this.host.state === 'loading') this.current = undefined;
  }

  /** Loads whichever input wins now, unless it is the one already shown. */
  sync(): void {
    const { host } = this;
    const { data, src } = host;
    // Inline JSON is JSON in every format (with `html`, a JSON string of the HTML).
    const format = host.format || 'news';
    const script = isServer || data !== undefined ? null : host.querySelector(INLINE_JSON);
    // The first input the contract names wins; `input` is undefined only when there is none.
    const input =
      data !== undefined
        ? data
        : script
          ? (script.textContent ?? '')
          : src
            ? isServer
              ? src
              : resolve(src)
            : undefined;
    // A fetched document resolves against its own URL, whatever `base` says.
    const base = data !== undefined || script ? baseFor(host.base) : undefined;
    // Object.is: a `data` of NaN is the same document as itself.
    if (input !== undefined && Object.is(input, this.current) && base === this.currentBase && format === this.format)
      return;
    this.current = input;
    this.currentBase = base;
    this.format = format;
    this.inFlight?.abort();
    this.inFlight = undefined;

    if (base === '') this.fail(`base "${host.base}" is not a URL`);
    else if (data !== undefined) this.apply(data, base);
    else if (script) this.applyText(input as string, 'inline JSON', script, base);
    else if (!src) this.setState('empty');
    // The server has no page to resolve against and must not fetch for a reader: the browser loads it.
    else if (isServer) this.setState('loading');
    else if (input) this.load(input as string);
    else this.fail(`src "${src}" is not a URL`);
  }

  /** Fetches the document at `url`; only the latest request may apply its answer. */
  private load(url: string): void {
    const request = (this.inFlight = new AbortController());
    this.setState('loading');
    // An HTML source (`format="html"`) is read as text.
    fetchDocument(url, request.signal, this.format === 'html').then(
      ({ json, url: base }) => {
        if (request === this.inFlight) this.apply(json, base);
      },
      // A request that is still the latest was not aborted: every abort also replaces `inFlight`.
      (error: Error) => {
        if (request === this.inFlight) this.fail(error.message);
      },
    );
  }

  private applyText(text: string, from: string, script: Node, base: string | undefined): void {
    let json: unknown;
    try {
      json = parseJson(text, from);
    } catch (error) {
      // While the parser is still inside the script, it may hold only part of its JSON: wait for
      // the rest (the observer sees it), and judge it once the page is complete, if nothing came after.
      if (mayGrow(script)) {
        this.current = undefined;
        this.setState('loading');
        // The same listener is added once, however many chunks arrive before then.
        document.addEventListener('DOMContentLoaded', this.whenParsed, { once: true });
        return;
      }
      return this.fail((error as Error).message);
    }
    this.apply(json, base);
  }

  /**
   * Converts `raw` from the element's format (loading the adapters first), then validates
   * and shows it. `sourceWarnings`: the adapter's, once converted (listed before the model's).
   */
  private apply(raw: unknown, base?: string, sourceWarnings?: Issue[]): void {
    const { format } = this;
    if (format !== 'news' && !sourceWarnings) {
      const adapters = feature('adapters');
      if (!adapters) {
        this.missing(['adapters'], () => this.apply(raw, base));
        return;
      }
      try {
        ({ document: raw, warnings: sourceWarnings } = adapters.convert(
          this.kind,
          this.host.localName,
          format,
          raw,
          base,
        ));
      } catch (error) {
        return this.fail((error as Error).message);
      }
    }
    sourceWarnings ??= [];
    let result: ReturnType<typeof readDocument<K>>;
    let needs: Feature[];
    try {
      result = readDocument(this.kind, this.schema, raw, base);
      needs = [...result.needs, ...(this.host.needs?.(result.ok ? result.document : undefined) ?? [])];
    } catch (error) {
      // A bug of ours must not escape into the page either.
      return this.fail(`internal error: ${(error as Error).message}`);
    }
    // Read again once the code is here: the first reading left out what needed it.
    if (this.missing(needs, () => this.apply(raw, base, sourceWarnings))) return;
    // Every problem at once: what makes it unusable first, then the parts that would be left out
    // (what the adapter could not carry over first: it may say why a required field is missing).
    if (!result.ok)
      return this.showError('the document cannot be shown', [...result.issues, ...sourceWarnings, ...result.warnings]);
    this.document = result.document;
    const warnings = [...sourceWarnings, ...result.warnings];
    if (warnings.length) {
      report(this.host, `${warnings.length} part(s) left out or changed:`, warnings);
    }
    this.setState('ready');
    const detail: NewsLoadDetail<DocumentTypes[K]> = { data: result.document, warnings };
    this.announce('news-load', detail);
  }

  /**
   * Whether on-demand code in `needs` is not loaded yet; if so, loads it and then
   * calls `then` (for the same input only). A document already shown stays until
   * then, so nothing flashes; otherwise the element is `loading`.
   */
  private missing(needs: Iterable<Feature>, then: () => void): boolean {
    const missing = [...needs].filter((name) => !feature(name));
    if (!missing.length) {
      this.loading = undefined;
      return false;
    }
    const input = this.current;
    const stillCurrent = () => Object.is(input, this.current);
    if (!this.document) this.setState('loading');
    this.loading = load(missing).then(
      () => {
        if (stillCurrent()) then();
      },
      (error: Error) => {
        if (stillCurrent()) this.showError(`could not load part of news-elements: ${error.message}`);
      },
    );
    return true;
  }

  /** Shows the error message, in the reader's language (its words may load first). */
  private fail(message: string, issues: Issue[] = []): void {
    if (!this.missing(this.host.needs?.() ?? [], () => this.showError(message, issues)))
      this.showError(message, issues);
  }

  private showError(message: string, issues: Issue[] = []): void {
    report(this.host, `could not render: ${message}`, issues);
    this.setState('error');
    const detail: NewsErrorDetail = { message, issues };
    this.announce('news-error', detail);
  }

  /** Sets the host's state (a document is kept only when `ready`) and asks it to render. */
  private setState(state: LoadState): void {
    if (state !== 'ready') this.document = undefined;
    this.host.state = state;
    this.host.requestUpdate();
  }

  /** Fires `type` once the state it announces has rendered, unless another input replaced it meanwhile. */
  private announce(type: string, detail: unknown): void {
    if (isServer) return;
    const input = this.current;
    this.host.updateComplete.then(
      () => {
        if (Object.is(input, this.current))
          this.host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
      },
      () => undefined,
    );
  }
}
