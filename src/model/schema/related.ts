/**
 * The Related document (`<news-related>`), also the shape of an article's
 * `related` field and of its `related` blocks.
 */
import { date, list, obj, opt } from '../shape.js';
import { linkUrl, nonEmpty, text } from './fields.js';
import { FramedPhotoSchema } from './photo.js';

/** The fields of a related block; an article's `related` body block has the same. */
export const relatedFields = {
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
