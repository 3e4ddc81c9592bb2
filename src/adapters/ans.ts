/**
 * An Arc XP ANS story (https://github.com/washingtonpost/ans-schema) → our Article.
 */
import { isRecord, joinPath, shown } from '../model/issues.js';
import { htmlContext, htmlToBlocks, inlineOf, plain, quoteParagraphs, quoteText } from './html-blocks.js';
import { parseHtml } from './html-tree.js';
import { isoDate, socialFromUrl, videoFromUrl } from './embeds.js';
import type { AdapterResult, ArticleOut, AuthorOut, BlockOut, Inline, Issue, ListItemOut, PhotoOut } from './types.js';

type Json = Record<string, unknown>;
type Warn = (issue: Issue) => void;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
/** ANS text is HTML (`content` of a text element); the model reduces it to its allowlist. */
const richText = (html: string, path: string, warn: Warn): Inline | undefined =>
  inlineOf(parseHtml(html).children, htmlContext(html, path, warn));
const textOfHtml = (html: string) => plain(parseHtml(html).children);

/** Converts an ANS story (`type: "story"`; galleries and videos are read as one-element stories). */
export function fromAns(story: unknown): AdapterResult {
  const warnings: Issue[] = [];
  const warn: Warn = (issue) => warnings.push(issue);
  if (!isRecord(story)) {
    warn({
      path: '(document)',
      message: 'is not an ANS story: expected an object with headlines and content_elements',
    });
    return { document: {}, warnings };
  }
  const doc: ArticleOut = {};
  const headlines = isRecord(story.headlines) ? story.headlines : {};
  const headline = str(headlines.basic);
  if (headline) doc.headline = textOfHtml(headline);
  else warn({ path: 'headlines.basic', message: 'is missing: the article has no headline' });
  const description = isRecord(story.description) ? str(story.description.basic) : undefined;
  if (description) doc.description = richText(description, 'description.basic', warn);
  const subheadline = isRecord(story.subheadlines) ? str(story.subheadlines.basic) : undefined;
  if (subheadline && !description) doc.description = richText(subheadline, 'subheadlines.basic', warn);
  else if (subheadline)
    warn({
      path: 'subheadlines.basic',
      message: 'has no field of its own in our document (the description is used): left out',
    });

  const url = str(story.canonical_url) ?? str(story.website_url);
  if (url) doc.url = url;
  const lang = str(story.language);
  if (lang) doc.lang = lang;
  const published = isoDate(story.first_publish_date) ?? isoDate(story.publish_date) ?? isoDate(story.display_date);
  if (published) doc.datePublished = published;
  const modified = isoDate(story.last_updated_date);
  if (modified && modified !== published) doc.dateModified = modified;

  const credits = isRecord(story.credits) ? story.credits : {};
  const authors = (Array.isArray(credits.by) ? credits.by : []).flatMap((by, i) =>
    author(by, joinPath('credits.by', i), warn),
  );
  if (authors.length) doc.authors = authors;

  const label = isRecord(story.label) && isRecord(story.label.basic) ? str(story.label.basic.text) : undefined;
  if (label) doc.label = label;
  const taxonomy = isRecord(story.taxonomy) ? story.taxonomy : {};
  const section = sectionName(taxonomy);
  if (section) doc.section = section;
  const tags = (Array.isArray(taxonomy.tags) ? taxonomy.tags : [])
    .map((t) => (isRecord(t) ? str(t.text) : undefined))
    .filter((t): t is string => !!t);
  if (tags.length) doc.tags = tags;

  const promo = isRecord(story.promo_items) ? story.promo_items : {};
  if (isRecord(promo.basic)) {
    if (promo.basic.type === 'image') {
      const image = photo(promo.basic, 'promo_items.basic', warn);
      if (image) doc.image = image;
    } else
      warn({
        path: 'promo_items.basic.type',
        message: `a lead ${shown(promo.basic.type)} has no place in our document (only an image): left out`,
      });
  }

  const corrections = (Array.isArray(story.corrections) ? story.corrections : [])
    .map((c, i) =>
      isRecord(c) && str(c.text)
        ? { text: richText(c.text as string, joinPath(joinPath('corrections', i), 'text'), warn)! }
        : undefined,
    )
    .filter((c): c is { text: Inline } => !!c && c.text !== undefined);
  if (corrections.length) doc.corrections = corrections;

  if (Array.isArray(story.content_elements)) doc.body = elements(story.content_elements, 'content_elements', warn);
  else if (story.type === 'gallery' || story.type === 'video') doc.body = elements([story], '', warn);
  return { document: doc, warnings };
}

function sectionName(taxonomy: Json): string | undefined {
  if (isRecord(taxonomy.primary_section)) return str(taxonomy.primary_section.name);
  const first = Array.isArray(taxonomy.sections) ? taxonomy.sections[0] : undefined;
  return isRecord(first) ? str(first.name) : undefined;
}

function author(by: unknown, path: string, warn: Warn): AuthorOut[] {
  const name = isRecord(by) ? (str(by.name) ?? str(by.byline)) : undefined;
  if (!name) {
    warn({ path, message: 'a credit without a name (an unresolved reference?): left out' });
    return [];
  }
  const b = by as Json;
  const out: AuthorOut = { name };
  if (str(b.url)) out.url = str(b.url);
  if (str(b.org)) out.organization = str(b.org);
  const original =
    isRecord(b.additional_properties) && isRecord(b.additional_properties.original)
      ? b.additional_properties.original
      : {};
  const role = str(original.role) ?? str(b.role);
  if (role) out.jobTitle = role;
  return [out];
}

/** An ANS image → Photo: credits become the credit line, the focal point (pixels) a fraction. */
function photo(image: Json, path: string, warn: Warn): PhotoOut | undefined {
  const src = str(image.url);
  if (!src) {
    warn({ path: joinPath(path, 'url'), message: 'is missing: the image is left out' });
    return undefined;
  }
  const out: PhotoOut = { src };
  const alt = str(image.alt_text);
  if (alt) out.alt = alt;
  const width = num(image.width);
  const height = num(image.height);
  if (width && height) Object.assign(out, { width, height });
  const caption = str(image.caption);
  if (caption) out.caption = richText(caption, joinPath(path, 'caption'), warn);
  const credits = isRecord(image.credits) ? image.credits : {};
  const names = [
    ...(Array.isArray(credits.by) ? credits.by : []),
    ...(Array.isArray(credits.affiliation) ? credits.affiliation : []),
  ]
    .map((c) => (isRecord(c) ? (str(c.name) ?? str(c.byline)) : undefined))
    .filter((n): n is string => !!n);
  if (names.length) out.credit = names.join('/');
  const copyright = str(image.copyright);
  if (copyright) out.copyright = copyright;
  const title = str(image.subtitle);
  if (title) out.title = title;
  const focal = isRecord(image.focal_point) ? image.focal_point : undefined;
  if (focal && width && height && typeof focal.x === 'number' && typeof focal.y === 'number') {
    out.focalPoint = { x: Math.min(1, Math.max(0, focal.x / width)), y: Math.min(1, Math.max(0, focal.y / height)) };
  }
  return out;
}

function elements(list: unknown[], path: string, warn: Warn): BlockOut[] {
  const out: BlockOut[] = [];
  list.forEach((el, i) => element(el, joinPath(path, i), warn, out));
  return out;
}

/** One content element → zero or more blocks. */
function element(el: unknown, path: string, warn: Warn, out: BlockOut[]): void {
  if (!isRecord(el)) {
    warn({ path, message: 'is not an element: left out' });
    return;
  }
  const content = str(el.content);
  const at = (key: string) => joinPath(path, key);
  switch (el.type) {
    case 'text': {
      const text = content && richText(content, at('content'), warn);
      if (text !== undefined && text) out.push({ type: 'paragraph', text });
      return;
    }
    case 'header': {
      const text = content && richText(content, at('content'), warn);
      const level = typeof el.level === 'number' ? Math.min(6, Math.max(2, el.level)) : 2;
      if (text !== undefined && text) out.push({ type: 'heading', text, level: level as 2 | 3 | 4 | 5 | 6 });
      return;
    }
    case 'image': {
      const image = photo(el, path, warn);
      if (image) out.push({ type: 'photo', ...image });
      return;
    }
    case 'gallery': {
      const images = (Array.isArray(el.content_elements) ? el.content_elements : [])
        .map((img, i) =>
          isRecord(img) && img.type === 'image' ? photo(img, joinPath(at('content_elements'), i), warn) : undefined,
        )
        .filter((p): p is PhotoOut => !!p);
      const caption = isRecord(el.description) ? str(el.description.basic) : undefined;
      if (images.length > 1) out.push({ type: 'gallery', images, ...(caption ? { caption } : {}) });
      else if (images.length === 1) out.push({ type: 'photo', ...images[0] });
      else warn({ path, message: 'a gallery without images left out' });
      return;
    }
    case 'list': {
      const items = listItems(el, path, warn);
      if (items.length) out.push({ type: 'list', ...(el.list_type === 'ordered' ? { ordered: true } : {}), items });
      return;
    }
    case 'table': {
      const cells = (row: unknown, rowPath: string) =>
        (Array.isArray(row) ? row : []).map((cell, i) =>
          isRecord(cell) && str(cell.content)
            ? (richText(cell.content as string, joinPath(joinPath(rowPath, i), 'content'), warn) ?? '')
            : '',
        );
      const rows = (Array.isArray(el.rows) ? el.rows : []).map((row, i) => cells(row, joinPath(at('rows'), i)));
      const head = Array.isArray(el.header) ? [cells(el.header, at('header'))] : undefined;
      if (rows.length) out.push({ type: 'table', ...(head ? { head } : {}), rows });
      else warn({ path: at('rows'), message: 'a table without rows left out' });
      return;
    }
    case 'quote':
    case 'blockquote': {
      const parts = Array.isArray(el.content_elements)
        ? elements(el.content_elements, at('content_elements'), warn)
        : content
          ? [{ type: 'paragraph' as const, text: richText(content, at('content'), warn) ?? '' }]
          : [];
      const paragraphs: Inline[] = [];
      for (const b of parts) {
        if (b.type === 'paragraph' || b.type === 'heading') paragraphs.push(b.text);
        else if (b.type === 'quote') {
          // A quote in a quote: its paragraphs, and its citation as the last of them.
          paragraphs.push(...quoteParagraphs(b.text));
          if (b.cite) paragraphs.push(`\u2014 ${b.cite}`);
        }
      }
      parts
        .filter((b) => b.type !== 'paragraph' && b.type !== 'heading' && b.type !== 'quote')
        .forEach((b) => {
          warn({ path: at('content_elements'), message: `a ${b.type} inside a quote has no place there: left out` });
        });
      const citation = isRecord(el.citation) ? str(el.citation.content) : undefined;
      if (!paragraphs.length) {
        warn({ path, message: 'a quote without text left out' });
        return;
      }
      out.push({
        type: 'quote',
        text: quoteText(paragraphs),
        ...(citation ? { cite: textOfHtml(citation) } : {}),
        ...(el.subtype === 'pullquote' ? { variant: 'pull' as const } : {}),
      });
      return;
    }
    case 'code': {
      if (typeof el.content === 'string' && el.content)
        out.push({ type: 'code', text: el.content, ...(str(el.language) ? { language: str(el.language) } : {}) });
      return;
    }
    case 'divider':
      out.push({ type: 'divider' });
      return;
    case 'correction': {
      const text = str(el.text);
      if (text)
        out.push({
          type: 'note',
          kind: el.correction_type === 'clarification' ? 'update' : 'correction',
          text: richText(text, at('text'), warn) ?? text,
        });
      return;
    }
    case 'interstitial_link': {
      const url = str(el.url);
      if (url && content) out.push({ type: 'link', url, title: textOfHtml(content) });
      else warn({ path, message: 'a link without a URL or text left out' });
      return;
    }
    case 'link_list': {
      const links = (Array.isArray(el.items) ? el.items : []).flatMap((item, i) => {
        const url = isRecord(item) ? str(item.url) : undefined;
        const title = isRecord(item) ? str(item.content) : undefined;
        if (!url || !title) {
          warn({ path: joinPath(at('items'), i), message: 'a link without a URL or text left out' });
          return [];
        }
        const description = isRecord((item as Json).description)
          ? str(((item as Json).description as Json).content)
          : undefined;
        return [{ url, title: textOfHtml(title), ...(description ? { description: textOfHtml(description) } : {}) }];
      });
      if (links.length) out.push({ type: 'related', ...(str(el.title) ? { title: str(el.title) } : {}), links });
      return;
    }
    case 'oembed_response':
      oembed(el, path, warn, out);
      return;
    case 'video':
      video(el, path, warn, out);
      return;
    case 'raw_html': {
      // Raw HTML is read like any article HTML: a player or a post becomes its block; a script never runs.
      if (!content) return;
      let warned = false;
      const noting: Warn = (issue) => {
        warned = true;
        warn(issue);
      };
      const blocks = htmlToBlocks(content, htmlContext(content, at('content'), noting));
      out.push(...blocks);
      // Said once: a frame from an unknown site is already named by its own warning.
      if (!blocks.length && !warned)
        warn({ path: at('content'), message: 'raw HTML with nothing we can show (no text, player or post): left out' });
      return;
    }
    case 'element_group':
      if (Array.isArray(el.content_elements)) out.push(...elements(el.content_elements, at('content_elements'), warn));
      return;
    case 'reference':
      warn({ path, message: 'an unresolved reference (resolve it with the Content API before converting): left out' });
      return;
    default:
      warn({ path: at('type'), message: `${shown(el.type)} has no block in our document: left out` });
  }
}

/** A list item that is `{text, items}` rather than rich text alone (`{html}` has no `text`). */
const isItemWithList = (item: Inline | ListItemOut): item is ListItemOut =>
  typeof item === 'object' && !Array.isArray(item) && 'text' in item;

function listItems(list: Json, path: string, warn: Warn): (Inline | ListItemOut)[] {
  const items: (Inline | ListItemOut)[] = [];
  (Array.isArray(list.items) ? list.items : []).forEach((item, i) => {
    const at = joinPath(joinPath(path, 'items'), i);
    if (isRecord(item) && item.type === 'list') {
      // A nested list belongs to the item before it.
      const sub = listItems(item, at, warn);
      const ordered = item.list_type === 'ordered' ? { ordered: true } : {};
      const previous = items.pop();
      if (previous !== undefined && !isItemWithList(previous)) items.push({ text: previous, items: sub, ...ordered });
      else {
        if (previous !== undefined) items.push(previous);
        items.push({ text: '', items: sub, ...ordered });
      }
      return;
    }
    const content = isRecord(item) && item.type === 'text' ? str(item.content) : undefined;
    const text = content && richText(content, joinPath(at, 'content'), warn);
    if (text) items.push(text);
    else warn({ path: at, message: 'a list item that is not text left out' });
  });
  return items;
}

function oembed(el: Json, path: string, warn: Warn, out: BlockOut[]): void {
  const raw = isRecord(el.raw_oembed) ? el.raw_oembed : {};
  const html = str(raw.html) ?? '';
  // `[^<>]`, not `[^>]`: from each `<iframe` the search stops at the next tag, so a string of them costs linear time.
  const iframe = /<iframe[^<>]*\ssrc="([^"]+)"/i.exec(html)?.[1];
  const url = str(raw.url) ?? str(raw._id) ?? iframe ?? '';
  const title = str(raw.title);
  const video = videoFromUrl(url) ?? (iframe ? videoFromUrl(iframe) : undefined);
  if (video) {
    out.push({ type: 'embed', ...video, ...(title ? { title } : {}) });
    return;
  }
  const post = socialFromUrl(url);
  if (post) {
    const blocks = html ? htmlToBlocks(html, htmlContext(html, joinPath(path, 'raw_oembed.html'), warn)) : [];
    const card = blocks.find((b) => b.type === 'social');
    const name = str(raw.author_name) ?? post.handle ?? 'unknown';
    const authorUrl = str(raw.author_url);
    const base = {
      type: 'social' as const,
      provider: post.provider,
      url,
      author: { name, ...(post.handle ? { handle: post.handle } : {}), ...(authorUrl ? { url: authorUrl } : {}) },
    };
    out.push(card && card.type === 'social' ? { ...card, ...base, author: { ...card.author, ...base.author } } : base);
    return;
  }
  warn({
    path: joinPath(path, 'raw_oembed'),
    message: `an embed from ${str(raw.provider_name) ?? (url || 'an unknown provider')} has no block in our document: left out`,
  });
}

function video(el: Json, path: string, warn: Warn, out: BlockOut[]): void {
  const streams = (Array.isArray(el.streams) ? el.streams : []).filter(isRecord);
  // The largest MP4 the browser can play without a player library.
  const mp4 = streams
    .filter((s) => s.stream_type === 'mp4' && str(s.url))
    .sort((a, b) => (num(b.width) ?? 0) - (num(a.width) ?? 0))[0];
  const title = isRecord(el.headlines) ? str(el.headlines.basic) : undefined;
  if (!mp4) {
    warn({
      path: joinPath(path, 'streams'),
      message: 'no MP4 stream (HLS or other formats need a player): the video is left out',
    });
    return;
  }
  const promo =
    isRecord(el.promo_items) && isRecord(el.promo_items.basic)
      ? photo(el.promo_items.basic, joinPath(path, 'promo_items.basic'), warn)
      : undefined;
  const caption = isRecord(el.description) ? str(el.description.basic) : undefined;
  out.push({
    type: 'video',
    src: mp4.url as string,
    ...(promo ? { poster: promo } : {}),
    ...(num(mp4.width) && num(mp4.height) ? { width: mp4.width as number, height: mp4.height as number } : {}),
    ...(title ? { title } : {}),
    ...(caption ? { caption } : {}),
  });
}
