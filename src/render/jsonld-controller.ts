/**
 * `<news-article jsonld>`: keeps a `<script type="application/ld+json">` with the
 * article's schema.org `NewsArticle` in the host's light DOM (search engines do
 * not read structured data inside shadow roots). Written, updated and removed
 * with the document and the attribute.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Article } from '../model/schema.js';
import { articleJsonLd, scriptJson } from './jsonld.js';

const OWN = ':scope > script[type="application/ld+json"]';

export class JsonLdController implements ReactiveController {
  /** The article the script describes now. */
  private described?: Article;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { jsonld: boolean },
    private readonly article: () => Article | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { host } = this;
    const article = host.jsonld ? this.article() : undefined;
    const script = host.querySelector(OWN);
    const first = !this.described;
    if (article === this.described) return;
    this.described = article;
    if (!article) return script?.remove();
    // A script already there when the article first shows is the server's, written
    // from this document: hydration keeps it (its URLs may be relative, as in the HTML).
    if (first && script) return;
    const next = script ?? Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    // A text node, not `textContent`: a script's textContent is a Trusted Types sink.
    next.replaceChildren(scriptJson(articleJsonLd(article)));
    if (!script) host.append(next);
  }
}
