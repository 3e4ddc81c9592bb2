/**
 * The field shapes every document kind uses (URLs, text, sizes), shared by the
 * photo's, the related block's and the article's schemas (./photo.ts, ./related.ts, ./article.ts).
 */
import { filled, inline, num, str, url } from '../shape.js';
import { VISIBLE } from '../rich-text/index.js';

export const linkUrl = url('link');
export const imageUrl = url('resource');
export const text = str();
// A headline, heading, title or name with nothing visible would render as an empty box.
export const nonEmpty = str({ re: VISIBLE, msg: 'must not be blank' });
// Larger than any image a newsroom serves (JPEG stops at 65,535 px, WebP at 16,383):
// a bigger size is a mistake, and would only distort the box reserved for the image.
export const pixels = num({ int: true, min: 1, max: 100000 });
// A paragraph, quote, list item, caption or standfirst without text would render as an
// empty box, bare quotation marks or a lone bullet: it is left out with a warning instead.
export const shownText = filled(inline);
