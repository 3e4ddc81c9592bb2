/**
 * The one definition of our three documents (Article, Photo, Related).
 * From it come the runtime validation (`normalise.ts`), the TypeScript types
 * below and the JSON Schema written at build time (`json-schema.ts`).
 *
 * Two kinds of leaf are marked with metadata so the tolerant walker can give
 * them context: URLs (`{url: kind}`: the URL policy and the document's base)
 * and rich text (`{inline: true}`: paths for the problems inside it).
 */
import * as v from 'valibot';
import { safeUrl, type UrlKind } from './url-policy.js';
import { normaliseInline, type RichText } from './rich-text.js';

const url = (kind: UrlKind) =>
  v.pipe(
    v.string(),
    v.metadata({ url: kind }),
    v.description(
      kind === 'link'
        ? 'An http:, https:, mailto:, tel: or relative URL.'
        : 'An http:, https: or relative URL.',
    ),
    v.transform((value): string | undefined => safeUrl(value, kind)),
  );
const LinkUrl = url('link');
const ResourceUrl = url('resource');

const text = (what: string) => v.pipe(v.string(), v.description(what));
const isoDate = v.pipe(
  v.string(),
  v.check((s) => /^\d{4}-\d\d-\d\d/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date such as 2021-10-20T15:30:00Z'),
  v.description('An ISO 8601 date or date-time.'),
);
const positive = (what: string) =>
  v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be at least 1'), v.description(what));
const unit = v.pipe(v.number(), v.minValue(0, 'must be between 0 and 1'), v.maxValue(1, 'must be between 0 and 1'));
const Dir = v.picklist(['ltr', 'rtl', 'auto'], 'must be "ltr", "rtl" or "auto"');

const Span = v.union([
  v.string(),
  v.object({
    text: v.string(),
    href: v.optional(LinkUrl),
    strong: v.optional(v.boolean()),
    em: v.optional(v.boolean()),
  }),
]);

/** Rich text: a plain string, a list of spans, or `{html}` reduced to the allowlist. */
export const InlineSchema = v.pipe(
  v.union([v.string(), v.array(Span), v.object({ html: v.string() })]),
  v.metadata({ inline: true }),
  v.description('Rich text: a plain string (never parsed as HTML), a list of spans, or {"html": "…"} reduced to the allowlist.'),
  v.transform((value): RichText => normaliseInline(value, '', { warn() {} }) ?? []),
);

const photoEntries = {
  src: ResourceUrl,
  alt: v.pipe(v.optional(text('Text alternative for the image.')), v.metadata({ recommended: 'missing alt text: add a short description of the image' })),
  width: v.optional(positive('Intrinsic width in pixels; with height it reserves the box before the image loads.')),
  height: v.optional(positive('Intrinsic height in pixels.')),
  srcset: v.optional(v.array(v.object({ src: ResourceUrl, width: positive('Width of this file in pixels.') }))),
  caption: v.optional(InlineSchema),
  credit: v.optional(text('Who made the image, e.g. "ALEXANDER ZEMLIANICHENKO/POOL/AFP via Getty Images".')),
  creditUrl: v.optional(LinkUrl),
  copyright: v.optional(v.string()),
  license: v.optional(LinkUrl),
  title: v.optional(text('The agency slug, e.g. "RUSSIA-AFGHANISTAN-DIPLOMACY-CONFLICT".')),
  focalPoint: v.optional(v.object({ x: unit, y: unit })),
};
export const PhotoSchema = v.object(photoEntries);

const relatedEntries = {
  title: v.optional(text('Heading of the block; defaults to the localised word for "Related".')),
  links: v.array(
    v.object({
      url: LinkUrl,
      title: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
      label: v.optional(v.string()),
      description: v.optional(v.string()),
      image: v.optional(PhotoSchema),
      section: v.optional(v.string()),
      datePublished: v.optional(isoDate),
      source: v.optional(v.string()),
    }),
  ),
};
export const RelatedSchema = v.object(relatedEntries);

const block = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.object({ type: v.literal(type), ...entries });

export const BlockSchema = v.variant('type', [
  block('paragraph', { text: InlineSchema }),
  block('heading', {
    text: v.string(),
    level: v.optional(v.picklist([2, 3, 4], 'must be 2, 3 or 4')),
  }),
  block('photo', photoEntries),
  block('quote', { text: InlineSchema, cite: v.optional(v.string()) }),
  block('list', { ordered: v.optional(v.boolean()), items: v.array(InlineSchema) }),
  block('embed', {
    provider: v.picklist(['youtube'], 'must be "youtube"'),
    id: v.pipe(v.string(), v.regex(/^[\w-]{11}$/, 'must be an 11-character YouTube video id')),
    title: v.optional(v.string()),
    caption: v.optional(InlineSchema),
    start: v.optional(v.pipe(v.number(), v.integer('must be a whole number of seconds'), v.minValue(0, 'must not be negative'))),
    poster: v.optional(PhotoSchema),
  }),
  block('link', { title: v.pipe(v.string(), v.minLength(1, 'must not be empty')), url: LinkUrl, label: v.optional(v.string()) }),
  block('related', relatedEntries),
  block('divider', {}),
]);

export const ArticleSchema = v.object({
  headline: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  url: v.optional(LinkUrl),
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i, 'must be a language tag such as "en" or "ar"'))),
  dir: v.optional(Dir),
  section: v.optional(v.string()),
  description: v.optional(InlineSchema),
  authors: v.optional(v.array(v.object({ name: v.pipe(v.string(), v.minLength(1, 'must not be empty')), url: v.optional(LinkUrl) }))),
  datePublished: v.optional(isoDate),
  dateModified: v.optional(isoDate),
  image: v.optional(PhotoSchema),
  body: v.optional(v.array(BlockSchema)),
  related: v.optional(RelatedSchema),
  tags: v.optional(v.array(v.string())),
  publisher: v.optional(v.object({ name: v.string(), url: v.optional(LinkUrl), logo: v.optional(ResourceUrl) })),
});

/** A document as a publisher writes it. */
export type ArticleDocument = v.InferInput<typeof ArticleSchema>;
export type PhotoDocument = v.InferInput<typeof PhotoSchema>;
export type RelatedDocument = v.InferInput<typeof RelatedSchema>;
export type BlockDocument = v.InferInput<typeof BlockSchema>;
export type InlineDocument = v.InferInput<typeof InlineSchema>;

/** A document as renderers see it: URLs checked and resolved, rich text made safe. */
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Photo = v.InferOutput<typeof PhotoSchema>;
export type Related = v.InferOutput<typeof RelatedSchema>;
export type RelatedLink = Related['links'][number];
export type Block = v.InferOutput<typeof BlockSchema>;

export const SCHEMAS = { article: ArticleSchema, photo: PhotoSchema, related: RelatedSchema } as const;
export type DocumentKind = keyof typeof SCHEMAS;
export interface DocumentTypes {
  article: Article;
  photo: Photo;
  related: Related;
}
