/**
 * Code only some documents need, loaded when a document needs it and before the
 * element shows that document, so a page pays only for what its documents use.
 *
 * The one registry of such code. A feature is a module loaded with `import()`;
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

const LOADERS = {
  html: () => import('../model/rich-text/html-fragment.js'),
  embed: () => import('../render/video.js'),
  table: () => import('../render/table.js'),
  gallery: () => import('../render/gallery.js'),
  video: () => import('../render/media.js'),
  audio: () => import('../render/media.js'),
  social: () => import('../render/social.js'),
  note: () => import('../render/notes.js'),
  aside: () => import('../render/notes.js'),
  footnotes: () => import('../render/footnotes.js'),
  jsonld: () => import('../render/jsonld.js'),
  strings: () => import('../i18n/translations.js'),
  adapters: () => import('../adapters/convert.js'),
};

export type Feature = keyof typeof LOADERS;
export type FeatureModules = { [F in Feature]: Awaited<ReturnType<(typeof LOADERS)[F]>> };

const loaded: Partial<FeatureModules> = {};

/** Whether `key` (a block type, say) names code that is loaded on demand. */
export const isFeature = (key: string): key is Feature => Object.prototype.hasOwnProperty.call(LOADERS, key);

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
      (loaded as Record<Feature, unknown>)[name] = await LOADERS[name]();
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
