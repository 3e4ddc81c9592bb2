/**
 * The Article document (`<news-article>`): its body blocks (lists, tables, media,
 * social cards, notes, asides…) live here, in the article's own code, so that a page
 * showing only photos or related links does not load them.
 * Field names follow schema.org NewsArticle where one exists.
 */
import {
  atLeast,
  bool,
  cut,
  date,
  filled,
  inline,
  item,
  list,
  num,
  obj,
  oneOf,
  opt,
  paragraphs,
  positional,
  str,
  variant,
} from '../shape.js';
import type { ArrayShape, BooleanShape, CutShape, InlineShape, ItemShape, ObjectShape } from '../shape.js';
import { DIRECTIONS, LANGUAGE_TAG } from '../rich-text/index.js';
import { imageUrl, linkUrl, nonEmpty, pixels, shownText, text } from './fields.js';
import { FramedPhotoSchema, PhotoSchema } from './photo.js';
import { RelatedSchema, relatedFields } from './related.js';
import { numberNotes } from '../rich-text/notes.js';
import type { ObjectCheck } from '../shape.js';

/** Lists nest at most this deep (a list in a list, five levels); a deeper list is left out with a warning. */
export const MAX_LIST_DEPTH = 5;
type Optional<S> = S & { opt: true | string };
/** The items of a list at some depth: rich text, or `{text, items, ordered}` with a list of its own. */
export interface ListItemsShape extends ArrayShape<
  ItemShape<
    ObjectShape<{ text: InlineShape; ordered: Optional<BooleanShape>; items: Optional<ListItemsShape | CutShape> }>
  >
> {}
const listItems = (depth: number): ListItemsShape =>
  filled(
    list(
      item(
        'text',
        obj({
          text: shownText,
          ordered: opt(bool),
          items: opt(
            depth < MAX_LIST_DEPTH
              ? listItems(depth + 1)
              : cut(`lists nest at most ${MAX_LIST_DEPTH} deep: this list is left out`),
          ),
        }),
      ),
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
  audio: obj({
    src: imageUrl,
    title: nonEmpty,
    duration: opt(seconds),
    transcript: opt(linkUrl),
    caption: opt(shownText),
  }),
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
    align: opt(positional('start', list(oneOf('start', 'center', 'end')))),
  }),
  ...mediaBlocks,
};

/** An aside (fact box) holds blocks of its own, one level deep: no aside inside an aside. */
const asideShape = obj({
  title: opt(nonEmpty),
  body: filled(
    list(variant('type', blockShapes, { aside: 'an aside inside an aside is not allowed: its blocks are left out' })),
  ),
});

/** One body block; the round-trip test of the adapters reads its types. */
export const BlockSchema = variant('type', { ...blockShapes, aside: asideShape });

/**
 * Numbers the article's footnotes once it is read (its root's check runs last): a note
 * in a part left out takes no number. Only an article has a place for footnotes.
 */
const numbered: ObjectCheck = (article, _path, _warn, needs) => {
  if (needs?.has('footnotes')) {
    numberNotes(article);
  }
};

/** The Article document. */
export const ArticleSchema = obj(
  {
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
  },
  numbered,
);
