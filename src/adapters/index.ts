/**
 * `news-elements/adapters`: what publishers already have → our Article document.
 * Pure functions, for the browser and Node alike (no DOM needed). Each returns
 * `{document, warnings}`: validate the document as usual (the element does;
 * `normalise('article', document)` in code), and read the warnings for what the
 * source had that our document cannot hold, each with its path in the source.
 */
import { fromWordPress } from './wordpress.js';
import { fromAns } from './ans.js';
import { fromSchemaOrg } from './schema-org.js';
import { fromHtml } from './html.js';
import type { AdapterResult } from './types.js';

export { fromWordPress, fromAns, fromSchemaOrg, fromHtml };
export type { FromHtmlOptions } from './html.js';
export type { AdapterResult, ArticleOut, BlockOut, PhotoOut } from './types.js';

/** The formats an adapter reads, by the name the `format` attribute and the command line use. */
export const FORMATS = ['wordpress', 'ans', 'schema.org', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Converts `source` from `format` with its adapter. `url` is where it came from:
 * HTML's relative links resolve against it.
 */
export function fromFormat(format: Format, source: unknown, url?: string): AdapterResult {
  switch (format) {
    case 'wordpress':
      return fromWordPress(source);
    case 'ans':
      return fromAns(source);
    case 'schema.org':
      return fromSchemaOrg(source);
    case 'html':
      return fromHtml(typeof source === 'string' ? source : '', { url });
  }
}
