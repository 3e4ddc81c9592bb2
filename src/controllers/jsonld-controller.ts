/**
 * `<news-article jsonld>`: keeps a `<script type="application/ld+json">` with the
 * article's schema.org `NewsArticle` in the host's light DOM (search engines do
 * not read structured data inside shadow roots). Written, updated and removed
 * with the document and the attribute.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article } from '../model/schema.js';
import { feature, load } from '../loader/on-demand.js';

const OWN = ':scope > script[type="application/ld+json"]';

export class JsonLdController implements ReactiveController {
  /** The article the script describes now. */
  private described?: Article;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { jsonld: boolean; data?: unknown },
    private readonly article: () => Article | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { host } = this;
    const article = host.jsonld ? this.article() : undefined;
    // Written only when the article changes, so the loader's observer of the light DOM stays quiet.
    if (article === this.described) return;
    const first = !this.described;
    this.described = article;
    const script = host.querySelector<HTMLScriptElement>(OWN);
    if (!article) return script?.remove();
    // A script already there when the article first shows is the server's, written
    // from this document: hydration keeps it (its URLs may be relative, as in the HTML).
    // Not when `data` replaced the server's document: then it describes another article.
    if (first && script && host.data === undefined) return;
    // The writer loads on demand: the loader loads it with the document when `jsonld` is set;
    // set later, it is written once the module is here.
    const writer = feature('jsonld');
    if (!writer) {
      this.described = undefined;
      load(['jsonld']).then(
        () => this.hostUpdated(),
        () => undefined,
      );
      return;
    }
    const { articleJsonLd, scriptJson, writeScript } = writer;
    const next = script ?? Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    writeScript(next, scriptJson(articleJsonLd(article)));
    if (!script) host.append(next);
  }
}
