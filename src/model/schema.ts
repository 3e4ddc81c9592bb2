/**
 * The one definition of our three documents (Article, Photo, Related).
 * Field names follow schema.org NewsArticle where one exists.
 */
import { atLeast, bool, date, filled, inline, list, num, obj, oneOf, opt, str, url, variant, type Infer } from './shape.js';
import { DIRECTIONS, LANGUAGE_TAG, VISIBLE } from './rich-text/index.js';

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
export const PhotoSchema = obj(photoFields);

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

// ---- Media and notes (v2): video providers, native video and audio, galleries, social cards, asides, notes.

/** Fields every embedded video shares, whatever its provider. */
const embedFields = {
  title: opt(text),
  caption: opt(shownText),
  // Seconds into the video; YouTube keeps at most 12 hours of a stream, a day is ample.
  start: opt(num({ int: true, min: 0, max: 86400 })),
  poster: opt(PhotoSchema),
};
/** Each provider's id, checked here so that it is URL-safe wherever it is used. */
const embedShape = variant('provider', {
  youtube: obj({ id: str({ re: /^[\w-]{11}$/, msg: 'must be an 11-character YouTube video id' }), ...embedFields }),
  vimeo: obj({ id: str({ re: /^\d{1,12}$/, msg: 'must be a numeric Vimeo video id' }), ...embedFields }),
  dailymotion: obj({
    id: str({ re: /^[xk][\dA-Za-z]{4,24}$/, msg: 'must be a Dailymotion video id such as "x8abc12"' }),
    // Dailymotion asks embeds for the publisher's player id (its Studio's "Players" tab).
    player: opt(str({ re: /^[\dA-Za-z]{4,24}$/, msg: 'must be a Dailymotion player id such as "xa1b2"' })),
    ...embedFields,
  }),
});

// A day: longer than any podcast episode or broadcast a story embeds.
const seconds = num({ int: true, min: 0, max: 86400 });
const SOCIAL_PROVIDERS = ['x', 'instagram', 'tiktok', 'bluesky', 'mastodon', 'facebook', 'threads'] as const;
const mediaBlocks = {
  gallery: obj({ images: atLeast(2, list(PhotoSchema)), caption: opt(shownText) }),
  video: obj({
    src: imageUrl,
    poster: opt(PhotoSchema),
    width: opt(pixels),
    height: opt(pixels),
    title: opt(text),
    caption: opt(shownText),
    tracks: opt(
      list(
        obj({
          src: imageUrl,
          lang: str({ re: LANGUAGE_TAG, msg: 'must be a language tag such as "en" or "ar"' }),
          label: opt(text),
          kind: opt(oneOf('captions', 'subtitles')),
        }),
      ),
    ),
  }),
  audio: obj({ src: imageUrl, title: nonEmpty, duration: opt(seconds), transcript: opt(linkUrl), caption: opt(shownText) }),
  social: obj({
    provider: oneOf(...SOCIAL_PROVIDERS),
    url: linkUrl,
    author: obj({ name: nonEmpty, handle: opt(text), url: opt(linkUrl) }),
    text: opt(shownText),
    datePublished: opt(date),
    image: opt(PhotoSchema),
  }),
  note: obj({ kind: oneOf('correction', 'update', 'editors-note'), text: shownText, date: opt(date) }),
};

/** Every block that may stand anywhere, an aside's body included. */
const blockShapes = {
  paragraph: obj({ text: shownText }),
  heading: obj({ text: nonEmpty, level: opt(oneOf(2, 3, 4)) }),
  photo: obj(photoFields),
  quote: obj({ text: shownText, cite: opt(text) }),
  list: obj({ ordered: opt(bool), items: filled(list(shownText)) }),
  embed: embedShape,
  link: obj({ title: nonEmpty, url: linkUrl, label: opt(text) }),
  related: obj(relatedFields),
  divider: obj({}),
  ...mediaBlocks,
};

/** An aside (fact box) holds blocks of its own, one level deep: no aside inside an aside. */
const asideShape = obj({
  title: opt(nonEmpty),
  body: filled(list(variant('type', blockShapes, { aside: 'an aside inside an aside is not allowed: its blocks are left out' }))),
});

export const BlockSchema = variant('type', { ...blockShapes, aside: asideShape });

export const ArticleSchema = obj({
  headline: nonEmpty,
  url: opt(linkUrl),
  lang: opt(str({ re: LANGUAGE_TAG, msg: 'must be a language tag such as "en" or "ar"' })),
  dir: opt(oneOf(...DIRECTIONS)),
  section: opt(text),
  description: opt(shownText),
  authors: opt(list(obj({ name: nonEmpty, url: opt(linkUrl), jobTitle: opt(text), organization: opt(text) }))),
  datePublished: opt(date),
  dateModified: opt(date),
  image: opt(PhotoSchema),
  body: opt(list(BlockSchema)),
  related: opt(RelatedSchema),
  tags: opt(list(nonEmpty)),
  publisher: opt(obj({ name: nonEmpty, url: opt(linkUrl), logo: opt(imageUrl) })),
  // v2: bylines and notes.
  label: opt(text),
  dateline: opt(text),
  corrections: opt(list(obj({ text: shownText, date: opt(date) }))),
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
/** One block of the given type, as renderers see it. */
export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;

export const SCHEMAS = { article: ArticleSchema, photo: PhotoSchema, related: RelatedSchema };
export type DocumentKind = keyof typeof SCHEMAS;
export interface DocumentTypes {
  article: Article;
  photo: Photo;
  related: Related;
}
