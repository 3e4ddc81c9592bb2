/**
 * A WordPress REST API v2 post (`/wp-json/wp/v2/posts/42`, with or without
 * `?_embed`) → our Article.
 */
import { isRecord, joinPath } from '../model/issues.js';
import { htmlContext, htmlToBlocks, inlineOf, plain } from './html-blocks.js';
import { parseHtml } from './html-tree.js';
import { isoDate } from './embeds.js';
import type { AdapterResult, ArticleOut, AuthorOut, Issue, PhotoOut } from './types.js';

type Json = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
/** A `{rendered}` field's HTML. */
const rendered = (value: unknown): string | undefined => (isRecord(value) ? str(value.rendered) : undefined);
/** Rendered HTML read as plain text (`Switzerland&#8217;s Mountains` → `Switzerland’s Mountains`). */
const textOfHtml = (html: string) => plain(parseHtml(html).children);

/**
 * Converts a WordPress REST API post. Author names, the featured image and
 * category and tag names come from `_embedded` (request the post with
 * `?_embed`); without it they are ids, and each is a warning.
 */
export function fromWordPress(post: unknown): AdapterResult {
  const warnings: Issue[] = [];
  const warn = (issue: Issue) => warnings.push(issue);
  if (!isRecord(post)) {
    warn({ path: '(document)', message: 'is not a WordPress post: expected an object with title and content' });
    return { document: {}, warnings };
  }
  const base = str(post.link);
  const doc: ArticleOut = {};
  const title = rendered(post.title);
  if (title) doc.headline = textOfHtml(title);
  else warn({ path: 'title.rendered', message: 'is missing: the article has no headline' });
  if (base) doc.url = base;

  const excerpt = rendered(post.excerpt);
  if (excerpt && !(post.excerpt as Json).protected) {
    const description = inlineOf(parseHtml(excerpt).children, htmlContext(excerpt, 'excerpt.rendered', warn, base));
    if (description !== undefined) doc.description = description;
  }
  // `date_gmt` is UTC without its zone; `date` is the site's local time, zone unknown.
  const published = str(post.date_gmt) ? `${post.date_gmt}Z` : str(post.date);
  const modified = str(post.modified_gmt) ? `${post.modified_gmt}Z` : str(post.modified);
  if (isoDate(published)) doc.datePublished = isoDate(published);
  if (isoDate(modified) && modified !== published) doc.dateModified = isoDate(modified);

  const embedded = isRecord(post._embedded) ? post._embedded : undefined;
  const authors = authorsOf(post, embedded, warn);
  if (authors.length) doc.authors = authors;
  const image = featuredImage(post, embedded, warn);
  if (image) doc.image = image;
  terms(post, embedded, doc, warn);

  const content = isRecord(post.content) ? post.content : undefined;
  if (content?.protected === true)
    warn({ path: 'content.protected', message: 'the post is password-protected: its content is not in the response' });
  const body = str(content?.rendered);
  if (body) doc.body = htmlToBlocks(body, htmlContext(body, 'content.rendered', warn, base));
  else if (content?.protected !== true)
    warn({ path: 'content.rendered', message: 'is missing: the article has no body' });
  return { document: doc, warnings };
}

function authorsOf(post: Json, embedded: Json | undefined, warn: (issue: Issue) => void): AuthorOut[] {
  const list = embedded && Array.isArray(embedded.author) ? embedded.author : undefined;
  if (!list) {
    if (typeof post.author === 'number' && post.author > 0) {
      warn({
        path: 'author',
        message: `is user ${post.author}, not a name: request the post with ?_embed to get its author`,
      });
    }
    return [];
  }
  const out: AuthorOut[] = [];
  list.forEach((author, i) => {
    const name = isRecord(author) ? str(author.name) : undefined;
    // An author the site does not expose (`rest_user_invalid_id`) comes as an error object.
    if (!name) {
      warn({ path: `_embedded.author[${i}]`, message: 'has no name (a private user?): left out' });
      return;
    }
    out.push({ name, ...(str((author as Json).link) ? { url: (author as Json).link as string } : {}) });
  });
  return out;
}

function featuredImage(post: Json, embedded: Json | undefined, warn: (issue: Issue) => void): PhotoOut | undefined {
  const media = embedded && Array.isArray(embedded['wp:featuredmedia']) ? embedded['wp:featuredmedia'][0] : undefined;
  const path = '_embedded.wp:featuredmedia[0]';
  if (!isRecord(media)) {
    if (typeof post.featured_media === 'number' && post.featured_media > 0) {
      warn({
        path: 'featured_media',
        message: `is media ${post.featured_media}, not an image: request the post with ?_embed to get it`,
      });
    }
    return undefined;
  }
  const src = str(media.source_url);
  if (!src) {
    warn({
      path: joinPath(path, 'source_url'),
      message: 'is missing (a private attachment?): the featured image is left out',
    });
    return undefined;
  }
  const photo: PhotoOut = { src };
  const alt = str(media.alt_text);
  if (alt) photo.alt = alt;
  const details = isRecord(media.media_details) ? media.media_details : {};
  if (typeof details.width === 'number' && details.width > 0) photo.width = details.width;
  if (typeof details.height === 'number' && details.height > 0) photo.height = details.height;
  // Every size WordPress made, once per width, smallest first: the browser picks.
  const sizes = isRecord(details.sizes) ? Object.values(details.sizes) : [];
  const byWidth = new Map<number, string>();
  for (const size of sizes) {
    if (isRecord(size) && typeof size.width === 'number' && str(size.source_url) && !byWidth.has(size.width))
      byWidth.set(size.width, size.source_url as string);
  }
  if (photo.width && !byWidth.has(photo.width)) byWidth.set(photo.width, src);
  if (byWidth.size > 1)
    photo.srcset = [...byWidth].sort((a, b) => a[0] - b[0]).map(([width, url]) => ({ src: url, width }));
  const caption = rendered(media.caption);
  if (caption) {
    const text = inlineOf(
      parseHtml(caption).children,
      htmlContext(caption, joinPath(path, 'caption.rendered'), warn, str(post.link)),
    );
    if (text !== undefined) photo.caption = text;
  }
  const meta = isRecord(details.image_meta) ? details.image_meta : {};
  if (str(meta.credit)) photo.credit = (meta.credit as string).trim();
  if (str(meta.copyright)) photo.copyright = (meta.copyright as string).trim();
  return photo;
}

/** Categories (the first is the section) and tags, by name from `_embedded['wp:term']`. */
function terms(post: Json, embedded: Json | undefined, doc: ArticleOut, warn: (issue: Issue) => void): void {
  const groups = embedded && Array.isArray(embedded['wp:term']) ? embedded['wp:term'] : undefined;
  if (!groups) {
    for (const field of ['categories', 'tags']) {
      const ids = post[field];
      if (Array.isArray(ids) && ids.length) {
        warn({
          path: field,
          message: `are ids (${ids.slice(0, 5).join(', ')}), not names: request the post with ?_embed to get them`,
        });
      }
    }
    return;
  }
  const names = (taxonomy: string) =>
    groups
      .flatMap((group) => (Array.isArray(group) ? group : []))
      .filter((t) => isRecord(t) && t.taxonomy === taxonomy)
      .map((t) => textOfHtml(String((t as Json).name ?? '')))
      .filter(Boolean);
  const categories = names('category').filter((name) => name !== 'Uncategorized');
  if (categories.length) doc.section = categories[0];
  const tags = [...new Set([...names('post_tag'), ...categories.slice(1)])];
  if (tags.length) doc.tags = tags;
}
