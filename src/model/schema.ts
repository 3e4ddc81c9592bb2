/**
 * The one definition of our three documents (Article, Photo, Related).
 * Field names follow schema.org NewsArticle where one exists.
 */
import { atLeast, bool, cut, date, filled, inline, item, list, num, obj, oneOf, opt, paragraphs, str, url, variant } from './shape.js';
import type { ArrayShape, BooleanShape, CutShape, Infer, InlineShape, ItemShape, ObjectShape } from './shape.js';
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
/**
 * Where the image's box comes from its width and height (a photo, the lead image,
 * a `<news-photo>`), missing sizes are worth a warning: the box gets a placeholder
 * ratio, and the page shifts when the image arrives. (A poster or a related link's
 * thumbnail sits in a box of its own, so its sizes are not needed.)
 */
function sized(photo: Record<string, unknown>, path: string, warn: (issue: Issue) => void): void {
  if (photo.src && !(photo.width && photo.height)) {
    warn({ path: path || '(document)', message: 'has no width and height: the box cannot be reserved: the page will shift when it loads' });
  }
  clampRatio(photo, path, warn);
}
export const PhotoSchema = obj(photoFields, sized);
/** A photo shown in a box of fixed shape (poster, thumbnail): the same fields, no advice on its size. */
const FramedPhotoSchema = obj(photoFields, clampRatio);

const relatedFields = {
  title: opt(text),
  links: list(
    obj({
      url: linkUrl,
      title: nonEmpty,
      label: opt(text),
      description: opt(text),
      image: opt(FramedPhotoSchema),
      section: opt(text),
      datePublished: opt(date),
      source: opt(text),
    }),
  ),
};
export const RelatedSchema = obj(relatedFields);

/** Lists nest at most this deep (a list in a list, five levels); a deeper list is left out with a warning. */
export const MAX_LIST_DEPTH = 5;
type Optional<S> = S & { opt: true | string };
/** The items of a list at some depth: rich text, or `{text, items, ordered}` with a list of its own. */
interface ListItemsShape
  extends ArrayShape<ItemShape<ObjectShape<{ text: InlineShape; ordered: Optional<BooleanShape>; items: Optional<ListItemsShape | CutShape> }>>> {}
const listItems = (depth: number): ListItemsShape =>
  filled(
    list(
      item('text', obj({
        text: shownText,
        ordered: opt(bool),
        items: opt(depth < MAX_LIST_DEPTH ? listItems(depth + 1) : cut(`lists nest at most ${MAX_LIST_DEPTH} deep: this list is left out`)),
      })),
    ),
  );

/** A table cell: rich text, which may be empty; a wrong value is an empty cell, so the row keeps its columns. */
const cells = filled(list({ ...inline, cell: true } as InlineShape));

// ---- Media and notes (v2): video providers, native video and audio, galleries, social cards, asides, notes.

/** Fields every embedded video shares, whatever its provider. */
const embedFields = {
  title: opt(text),
  caption: opt(shownText),
  // Seconds into the video; YouTube keeps at most 12 hours of a stream, a day is ample.
  start: opt(num({ int: true, min: 0, max: 86400 })),
  poster: opt(FramedPhotoSchema),
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
    poster: opt(FramedPhotoSchema),
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
  heading: obj({ text: shownText, level: opt(oneOf(2, 3, 4, 5, 6)) }),
  photo: PhotoSchema,
  quote: obj({ text: filled(paragraphs), cite: opt(text), variant: opt(oneOf('pull')) }),
  list: obj({ ordered: opt(bool), items: listItems(1) }),
  embed: embedShape,
  link: obj({ title: nonEmpty, url: linkUrl, label: opt(text) }),
  related: obj(relatedFields),
  divider: obj({}),
  code: obj({ text: nonEmpty, language: opt(text) }),
  table: obj({
    caption: opt(shownText),
    head: opt(list(cells)),
    rows: filled(list(cells)),
    rowHeaders: opt(bool),
    align: opt(list(oneOf('start', 'center', 'end'))),
  }),
  ...mediaBlocks,
};

/** An aside (fact box) holds blocks of its own, one level deep: no aside inside an aside. */
const asideShape = obj({
  title: opt(nonEmpty),
  body: filled(list(variant('type', blockShapes, { aside: 'an aside inside an aside is not allowed: its blocks are left out' }))),
});

/** One body block; the round-trip test of the adapters reads its types. */
export const BlockSchema = variant('type', { ...blockShapes, aside: asideShape });

const ArticleSchema = obj({
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
/** One item of a (possibly nested) list, as renderers see it. */
export type ListItem = Infer<ListItemsShape>[number];
/** One block of the given type, as renderers see it. */
export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;

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
