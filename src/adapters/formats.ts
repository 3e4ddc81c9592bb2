/**
 * The formats the adapters read, by the name the `format` attribute, `renderToString`
 * and the command line use. Its own module, without the adapters: the elements check
 * a `format` against it before they load any adapter code.
 */
export const FORMATS = ['wordpress', 'ans', 'schema.org', 'html'] as const;

/** A format an adapter reads. */
export type Format = (typeof FORMATS)[number];

/** What the `format` attribute accepts: `news` (our own documents, the default) or a format an adapter reads. */
export type DocumentFormat = 'news' | Format;
