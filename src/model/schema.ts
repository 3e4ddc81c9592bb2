/**
 * The one definition of our three documents (Article, Photo, Related).
 * Field names follow schema.org NewsArticle where one exists.
 */
import { bool, date, filled, inline, list, num, obj, oneOf, opt, str, url, variant, type Infer } from './shape.js';
import { DIRECTIONS, LANGUAGE_TAG, VISIBLE } from './rich-text/index.js';
import { joinPath, type Issue } from './issues.js';

export type { InlineDocument, SpanDocument } from './shape.js';

const linkUrl = url('link');
const imageUrl = url('resource');
const text = str();
// A headline, heading, title or name with nothing visible would render as an empty box.
const nonEmpty = str({ re: VISIBLE, msg: 'must not be blank' });
// Larger than any image a newsroom serves (JPEG stops at 65,535 px, WebP at 16,383):
// a bigger size is a mistake, and would only distort the box reserved for the image.
const pixels = num({ int: true, min: 1, max: 100000 });
const unit = num({ min: 0, max: 1 });
// A paragraph, quote, list item, caption or standfirst without text would render as an
// empty box, bare quotation marks or a lone bullet: it is left out with a warning instead.
const shownText = filled(inline);

/**
 * Widest (or tallest) box a photo reserves, as width/height (or height/width). Panoramas
 * and long infographics stay within it; `{"width": 1, "height": 100000}` would reserve a
 * box 100,000 columns tall while the image loads.
 */
export const MAX_ASPECT_RATIO = 10;

/** Brings the box a photo's `width` and `height` reserve within MAX_ASPECT_RATIO, shortening its longer side. */
function clampRatio(photo: Record<string, unknown>, path: string, warn: (issue: Issue) => void): void {
  const { width, height } = photo as { width?: number; height?: number };
  if (!width || !height) return;
  const longest = Math.min(width, height) * MAX_ASPECT_RATIO;
  if (Math.max(width, height) <= longest) return;
  const side = width > height ? 'width' : 'height';
  photo[side] = longest;
  warn({ path: joinPath(path, side), message: `makes the image more than ${MAX_ASPECT_RATIO} times as ${side === 'width' ? 'wide as tall' : 'tall as wide'}: its box is reserved at ${width > height ? `${longest} × ${height}` : `${width} × ${longest}`}` });
}

const photoFields = {
  src: imageUrl,
  alt: opt(text, 'missing alt text: add a short description of the image'),
  width: opt(pixels),
  height: opt(pixels),
  srcset: opt(list(obj({ src: imageUrl, width: pixels }))),
  caption: opt(shownText),
  credit: opt(text),
  creditUrl: opt(linkUrl),
  copyright: opt(text),
  license: opt(linkUrl),
  title: opt(text),
  focalPoint: opt(obj({ x: unit, y: unit })),
};
export const PhotoSchema = obj(photoFields, clampRatio);

const relatedFields = {
  title: opt(text),
  links: list(
    obj({
      url: linkUrl,
      title: nonEmpty,
      label: opt(text),
      description: opt(text),
      image: opt(PhotoSchema),
      section: opt(text),
      datePublished: opt(date),
      source: opt(text),
    }),
  ),
};
export const RelatedSchema = obj(relatedFields);

/** One body block; the round-trip test of the adapters reads its types. */
export const BlockSchema = variant('type', {
  paragraph: obj({ text: shownText }),
  heading: obj({ text: nonEmpty, level: opt(oneOf(2, 3, 4)) }),
  photo: obj(photoFields, clampRatio),
  quote: obj({ text: shownText, cite: opt(text) }),
  list: obj({ ordered: opt(bool), items: filled(list(shownText)) }),
  embed: obj({
    provider: oneOf('youtube'),
    id: str({ re: /^[\w-]{11}$/, msg: 'must be an 11-character YouTube video id' }),
    title: opt(text),
    caption: opt(shownText),
    // Seconds into the video; YouTube keeps at most 12 hours of a stream, a day is ample.
    start: opt(num({ int: true, min: 0, max: 86400 })),
    poster: opt(PhotoSchema),
  }),
  link: obj({ title: nonEmpty, url: linkUrl, label: opt(text) }),
  related: obj(relatedFields),
  divider: obj({}),
});

const ArticleSchema = obj({
  headline: nonEmpty,
  url: opt(linkUrl),
  lang: opt(str({ re: LANGUAGE_TAG, msg: 'must be a language tag such as "en" or "ar"' })),
  dir: opt(oneOf(...DIRECTIONS)),
  section: opt(text),
  description: opt(shownText),
  authors: opt(list(obj({ name: nonEmpty, url: opt(linkUrl) }))),
  datePublished: opt(date),
  dateModified: opt(date),
  image: opt(PhotoSchema),
  body: opt(list(BlockSchema)),
  related: opt(RelatedSchema),
  tags: opt(list(nonEmpty)),
  publisher: opt(obj({ name: nonEmpty, url: opt(linkUrl), logo: opt(imageUrl) })),
});

/** A document as a publisher writes it. */
export type ArticleDocument = Infer<typeof ArticleSchema, 'in'>;
export type PhotoDocument = Infer<typeof PhotoSchema, 'in'>;
export type RelatedDocument = Infer<typeof RelatedSchema, 'in'>;
export type BlockDocument = Infer<typeof BlockSchema, 'in'>;

/** A document as renderers see it: URLs checked and resolved, rich text made safe. */
export type Article = Infer<typeof ArticleSchema>;
export type Photo = Infer<typeof PhotoSchema>;
export type Related = Infer<typeof RelatedSchema>;
export type RelatedLink = Related['links'][number];
export type Block = Infer<typeof BlockSchema>;

export const SCHEMAS = { article: ArticleSchema, photo: PhotoSchema, related: RelatedSchema };
export type DocumentKind = keyof typeof SCHEMAS;
/** The normalised document each kind renders. */
export interface DocumentTypes {
  article: Article;
  photo: Photo;
  related: Related;
}
/** The document each kind accepts, as a publisher writes it. */
export interface DocumentInputs {
  article: ArticleDocument;
  photo: PhotoDocument;
  related: RelatedDocument;
}
