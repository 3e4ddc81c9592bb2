/**
 * The on-demand features only `<news-article>` needs (./on-demand.ts has the registry):
 * its rare blocks' renderers, footnotes and the JSON-LD writer. The article's component
 * registers them (a call, not an import for its side effect, which a consumer's bundler
 * could drop). Their `import()` lines live here, in the article's code, so that what
 * these chunks share with the related renderer (headings, dates) stays in the related
 * chunk: a photo page, which cannot load them, has no reason to split it out.
 */

/** The article's loaders, by feature name: a block type, `footnotes` or `jsonld`. */
export const ARTICLE_LOADERS = {
  embed: () => import('../render/video.js'),
  code: () => import('../render/code.js'),
  table: () => import('../render/table.js'),
  gallery: () => import('../render/gallery.js'),
  video: () => import('../render/media.js'),
  audio: () => import('../render/media.js'),
  social: () => import('../render/social.js'),
  note: () => import('../render/notes.js'),
  aside: () => import('../render/notes.js'),
  footnotes: () => import('../render/footnotes.js'),
  jsonld: () => import('../render/jsonld.js'),
};

export type ArticleLoaders = typeof ARTICLE_LOADERS;
