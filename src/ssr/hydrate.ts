/**
 * The client for server-rendered pages: registers the three elements with Lit's
 * hydration support, so an element rendered by `renderToString` keeps the DOM
 * the server sent (no re-render, no flash) and only attaches its listeners.
 *
 * Import it instead of `news-elements`, and before anything else that loads Lit:
 * the support must be installed before `LitElement` is defined, which is why the
 * elements are imported only once it is (and why a missing `@lit-labs/ssr-client`
 * is an error that names it, not a page that silently renders twice).
 * It adds about 1.5 KB gzip (measured: cdn/news-elements-hydrate.js against
 * cdn/news-elements.js), which is why the plain entry does not include it.
 */
import { importPeer } from './peer.js';

await importPeer(
  () => import('@lit-labs/ssr-client/lit-element-hydrate-support.js'),
  '@lit-labs/ssr-client',
  'news-elements/hydrate.js',
);
// Only now anything that loads Lit. The first render must match the server's, in the same
// task, so every on-demand feature is loaded before the elements are defined.
await import('../loader/every-feature.js');
const elements = await import('../index.js');

export const { NewsArticle, NewsPhoto, NewsRelated } = elements;

// Every type of the main entry, as before (the values above are the registered classes).
export type * from '../index.js';
