/**
 * Server rendering (Node ≥ 20): `renderToString('news-article', document)`
 * returns the element with a declarative shadow root, readable before and
 * without JavaScript, and its document as inline JSON, so the browser upgrades
 * it without fetching and (with `news-elements/hydrate.js`) without re-rendering.
 */
import type { RenderInfo } from '@lit-labs/ssr';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
// The server renders any document in one pass: every on-demand feature, loaded now, and
// before the elements are defined, so <news-article>'s styles include the features' styles.
import '../loader/every-feature.js';
import '../index.js';
import { normalise } from '../model/normalise.js';
import type { Issue } from '../model/issues.js';
import type { Article } from '../model/schema.js';
import { articleJsonLd, scriptJson } from '../render/jsonld.js';
import { importPeer } from './peer.js';
import type { DocumentFormat, Format } from '../adapters/formats.js';

const { render, LitElementRenderer } = await importPeer(
  () => import('@lit-labs/ssr'),
  '@lit-labs/ssr',
  'news-elements/ssr',
);
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');

const KINDS = { 'news-article': 'article', 'news-photo': 'photo', 'news-related': 'related' } as const;
export type NewsTagName = keyof typeof KINDS;

/** Attribute values: `true` writes a boolean attribute; `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderOptions {
  /** Attributes of the element, as a publisher would write them: `{jsonld: true, 'heading-level': 1, id: 'story'}`. */
  attributes?: Record<string, AttributeValue>;
  /**
   * The absolute URL that relative URLs in the document resolve against, as a `src`
   * document's do against its own URL: set it to the feed's URL for a document from
   * someone else. Written as the element's `base` attribute, so the browser resolves the
   * same after hydration. Without it, relative URLs stay relative: they point at the
   * page's own site.
   */
  base?: string;
  /**
   * The format `document` is in, as the elements' `format` attribute says it:
   * `wordpress`, `ans`, `schema.org` or `html` converts it with that adapter first
   * (news-elements/adapters), and the page receives the converted document.
   * `news` (the default) reads it as it is. A `format` among the `attributes` is the
   * same option. The element is written without a `format` attribute: its inline JSON
   * is already our document, so the browser (and hydration) reads it as it is.
   */
  format?: DocumentFormat;
}

/** Thrown when a document cannot be rendered at all (the browser would show its error message instead). */
export class NewsRenderError extends Error {
  constructor(
    message: string,
    /** What is wrong, with paths into the document. */
    readonly issues: Issue[],
  ) {
    super(message);
    this.name = 'NewsRenderError';
  }
}

// Three fixed templates: Lit caches templates by their strings, so nothing per document goes in them.
const TEMPLATES = Object.fromEntries(
  Object.keys(KINDS).map((tag) => [tag, staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`]),
);
const ATTRIBUTE_NAME = /^[a-z][a-z\d_.:-]*$/;

/** The `base` option as an absolute URL; a TypeError when it is not one. */
function absoluteBase(base: unknown): string | undefined {
  if (base === undefined) return undefined;
  try {
    return new URL(String(base)).href;
  } catch {
    throw new TypeError(`renderToString: base must be an absolute URL, not ${JSON.stringify(base)}`);
  }
}

/**
 * `document` read by the adapter of `format`, loaded only when a render asks for one; its
 * warnings logged as the model's are. `url`: where it came from (HTML's relative links).
 */
async function convertFrom(tagName: NewsTagName, format: Format, document: unknown, url?: string): Promise<unknown> {
  const { FORMATS, fromFormat } = await import('../adapters/index.js');
  if (!FORMATS.includes(format))
    throw new TypeError(
      `renderToString: unknown format ${JSON.stringify(format)}; expected news or one of ${FORMATS.join(', ')}`,
    );
  if (KINDS[tagName] !== 'article')
    throw new TypeError(`renderToString: <${tagName}> reads format "news" only; the adapters write articles`);
  const { document: converted, warnings } = fromFormat(format, document, url);
  if (warnings.length)
    console.warn(
      `[news-elements] ${format}: ${warnings.length} part(s) of the source left out:${warnings.map((w) => `\n  ${w.path}: ${w.message}`).join('')}`,
    );
  return converted;
}

/**
 * Renders `<news-article>`, `<news-photo>` or `<news-related>` with `document`
 * (the raw JSON value, as the browser would receive it). Resolves to HTML to put
 * in a page that loads the library. Rejects with a `NewsRenderError` when the
 * document cannot be rendered at all; parts left out are logged with `console.warn`,
 * as in the browser.
 */
export async function renderToString(
  tagName: NewsTagName,
  document: unknown,
  options: RenderOptions = {},
): Promise<string> {
  const kind = KINDS[tagName];
  if (!kind)
    throw new TypeError(
      `renderToString: unknown element <${tagName}>; expected one of ${Object.keys(KINDS).join(', ')}`,
    );
  // `base` and `format` are one option each, however they are given (as an option or among the attributes).
  const base = absoluteBase(options.base ?? options.attributes?.base ?? undefined);
  const format = options.format ?? options.attributes?.format ?? undefined;
  const attributes = Object.entries(options.attributes ?? {}).filter(
    ([name, value]) => value !== false && value != null && name !== 'base' && name !== 'format',
  );
  for (const [name] of attributes) {
    if (!ATTRIBUTE_NAME.test(name))
      throw new TypeError(`renderToString: invalid attribute name ${JSON.stringify(name)}`);
  }
  if (format && format !== 'news') document = await convertFrom(tagName, String(format) as Format, document, base);
  if (base !== undefined) attributes.push(['base', base]);
  const result = normalise(kind, document, base);
  if (!result.ok) {
    const detail = result.issues.map((i) => `\n  ${i.path}: ${i.message}`).join('');
    throw new NewsRenderError(`<${tagName}>: the document cannot be shown${detail}`, result.issues);
  }

  // The element gets its attributes and document before it renders, as in the browser.
  class Renderer extends LitElementRenderer {
    constructor(tag: string) {
      super(tag);
      if (tag !== tagName) return;
      for (const [name, value] of attributes) this.setAttribute(name, value === true ? '' : String(value));
      this.setProperty('data', document);
    }
  }
  const renderInfo: Partial<RenderInfo> = { elementRenderers: [Renderer] };
  const rendered = await collectResult(render(TEMPLATES[tagName], renderInfo));

  // The document travels as inline JSON (and the article's JSON-LD beside it) in
  // the light DOM, where the browser does not show it and the client finds it.
  // scriptJson escapes `<`, so no string in the document can end the script early.
  let scripts = `<script type="application/json">${scriptJson(document)}</script>`;
  if (kind === 'article' && attributes.some(([name]) => name === 'jsonld')) {
    scripts += `<script type="application/ld+json">${scriptJson(articleJsonLd(result.document as Article))}</script>`;
  }
  // Nothing from the document can spell the closing tag: Lit escaped every text and attribute.
  const close = rendered.lastIndexOf(`</${tagName}>`);
  const element = rendered.slice(0, close) + scripts + rendered.slice(close);
  // The markers around the element are for hydrating an outer Lit template; there is none.
  return element.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}
