/**
 * Code only some documents need, loaded when a document needs it and before the
 * element shows that document, so a page pays only for what its documents use.
 *
 * The one registry of such code (the article registers its own features here,
 * from ./article-features.ts). A feature is a module loaded with `import()`;
 * its key is what asks for it:
 * - a block type (`embed`, `table`…): the article's body holds a block of that type,
 *   and `renderBlock` calls the module's renderer (two block types may share one
 *   module: `video` and `audio`, `note` and `aside`, whose `note` module also lists
 *   the article's corrections);
 * - `footnotes`: rich text with a footnote, as the model reports;
 * - `html`: rich text in the `{"html": …}` form, read by the model;
 * - `jsonld`: `<news-article jsonld>`;
 * - `strings`: UI words in a language other than English;
 * - `adapters`: an element's `format` other than `news` (the adapters convert the source first).
 *
 * The loader (DocumentController) awaits every feature the normalised document
 * needs before it shows the document; the server renderer and the hydrating
 * client load everything up front (./every-feature.ts). Code goes here only when
 * its chunk saves more than its request costs (docs/loading.md has the figures).
 *
 * A feature that renders exports `styles`, the styles of the parts it emits: the
 * element adopts them when it shows a document that needs the feature, in the same
 * update, and includes them in its own styles when the feature was provided up front.
 */
import type { CSSResult } from 'lit';
import type { ArticleLoaders } from './article-features.js';

/**
 * What any element may need: rich text in HTML, other languages' words, a `format`.
 * The article's own features (its rare blocks, footnotes, JSON-LD) are registered by
 * `<news-article>` (./article-features.ts): their `import()` lines are in the article's
 * code, so the chunks they share with the related renderer need not be split out of it.
 */
const LOADERS = {
  html: () => import('../model/rich-text/html-fragment.js'),
  strings: () => import('../i18n/translations.js'),
  adapters: () => import('../adapters/convert.js'),
};

type Loaders = typeof LOADERS & ArticleLoaders;
export type Feature = keyof Loaders;
export type FeatureModules = { [F in Feature]: Awaited<ReturnType<Loaders[F]>> };

/** The loaders registered so far: the shared ones, and the article's once `<news-article>` is imported. */
const loaders: Partial<Loaders> = LOADERS;
const loaded: Partial<FeatureModules> = {};

/** Adds loaders to the registry (the article's features, from ./article-features.ts). */
export function register(more: Partial<Loaders>): void {
  Object.assign(loaders, more);
}

/** Whether `key` (a block type, say) names code that is loaded on demand. */
export const isFeature = (key: string): key is Feature => Object.prototype.hasOwnProperty.call(loaders, key);

/** The feature's module when it is loaded; `undefined` until then. */
export const feature = <F extends Feature>(name: F): FeatureModules[F] | undefined => loaded[name];

/** Registers modules imported statically (the server and the hydrating client load everything). */
export function provide(modules: Partial<FeatureModules>): void {
  Object.assign(loaded, modules);
}

/** Loads the features that are not loaded yet; resolves when all are. */
export async function load(names: Iterable<Feature>): Promise<void> {
  const missing = [...new Set(names)].filter((name) => !loaded[name]);
  await Promise.all(
    missing.map(async (name) => {
      (loaded as Record<Feature, unknown>)[name] = await (loaders as Loaders)[name]();
    }),
  );
}

/** The styles of the loaded features among `names` (each once), or of every loaded feature. */
export function featureStyles(names: Iterable<Feature> = Object.keys(loaded) as Feature[]): CSSResult[] {
  const found = new Set<CSSResult>();
  for (const name of names) {
    const styles = (loaded[name] as { styles?: CSSResult } | undefined)?.styles;
    if (styles) found.add(styles);
  }
  return [...found];
}
