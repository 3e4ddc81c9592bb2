/**
 * `news-elements/adapters`: what publishers already have → our Article document.
 * Pure functions, for the browser and Node alike (no DOM needed). Each returns
 * `{document, warnings}`: validate the document as usual (the element does;
 * `normalise('article', document)` in code), and read the warnings for what the
 * source had that our document cannot hold, each with its path in the source.
 */
export { fromWordPress } from './wordpress.js';
export { fromAns } from './ans.js';
export { fromSchemaOrg } from './schema-org.js';
export { fromHtml, type FromHtmlOptions } from './html.js';
export type { AdapterResult, ArticleOut, BlockOut, PhotoOut } from './types.js';
