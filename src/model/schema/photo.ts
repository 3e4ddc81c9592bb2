/**
 * The Photo document (`<news-photo>`), also the shape of every photo inside a
 * related block or an article. Field names follow schema.org ImageObject where one exists.
 */
import { list, num, obj, opt } from '../shape.js';
import { joinPath, type Issue } from '../issues.js';
import { imageUrl, linkUrl, pixels, shownText, text } from './fields.js';

const unit = num({ min: 0, max: 1 });

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
  warn({
    path: joinPath(path, side),
    message: `makes the image more than ${MAX_ASPECT_RATIO} times as ${side === 'width' ? 'wide as tall' : 'tall as wide'}: its box is reserved at ${width > height ? `${longest} × ${height}` : `${width} × ${longest}`}`,
  });
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
    warn({
      path: path || '(document)',
      message: 'has no width and height: the box cannot be reserved: the page will shift when it loads',
    });
  }
  clampRatio(photo, path, warn);
}
/** A photo whose box comes from its own `width` and `height`: the Photo document, the lead image, a photo block. */
export const PhotoSchema = obj(photoFields, sized);
/** A photo shown in a box of fixed shape (poster, thumbnail): the same fields, no advice on its size. */
export const FramedPhotoSchema = obj(photoFields, clampRatio);
