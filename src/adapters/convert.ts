/**
 * The `format` attribute's step, loaded on demand (src/loader/on-demand.ts): what
 * `data`, the inline source or `src` supplies, converted by its format's adapter
 * before the model validates it. Only pages whose elements have a `format` load it.
 */
import { fromFormat } from './index.js';
import { FORMATS, type Format } from './formats.js';
import type { DocumentKind } from '../model/schema.js';
import type { Issue } from '../model/issues.js';

/** The converted document (still unvalidated) and what the source had that it cannot hold. */
export interface Converted {
  document: unknown;
  /** Each with its path in the source and `source` set to the format. */
  warnings: Issue[];
}

/**
 * Converts `source` from `format` for an element that renders `kind` (its tag is
 * `tag`); `url` is where the source came from (HTML's relative links resolve against it).
 * Throws an Error whose message a publisher can act on when the element cannot read
 * `format`: a name that is no format, or a format on an element that does not render
 * articles (every adapter writes an Article).
 */
export function convert(kind: DocumentKind, tag: string, format: string, source: unknown, url?: string): Converted {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new Error(`format="${format}" is not a format it reads: use news (the default), ${FORMATS.join(', ')}`);
  }
  if (kind !== 'article') {
    throw new Error(
      `format="${format}": the adapters write articles, so only <news-article> takes it; <${tag}> reads format="news" only`,
    );
  }
  const { document, warnings } = fromFormat(format as Format, source, url);
  return { document, warnings: warnings.map(({ path, message }) => ({ path, message, source: format })) };
}
