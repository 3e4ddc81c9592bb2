/**
 * Article HTML (a WordPress `content.rendered`, an ANS `raw_html`, a CMS body,
 * a reader-mode extract) → our body blocks. Paragraphs, headings, lists,
 * quotes and pull quotes, figures, galleries, tables, code, video players,
 * social embeds and separators become blocks; rich text inside them becomes
 * an `{html}` fragment of the model's allowlist, which the model reduces
 * again when the document is read. What has no block becomes a warning that
 * names the field and the line:column in its HTML.
 */
import {
  BLOCK_TAGS,
  find,
  findAll,
  hasClass,
  lineColumns,
  parseHtml,
  textOf,
  type HtmlElement,
  type HtmlNode,
} from './html-tree.js';
import { hostOf, isoDate, resolveUrl, socialFromUrl, videoFromUrl } from './embeds.js';
import type { BlockOut, Inline, Issue, ListItemOut, PhotoOut } from './types.js';

export interface HtmlContext {
  /** The HTML field in the source document (`content.rendered`), the start of every warning's path. */
  path: string;
  /** URL that relative links and images resolve against. */
  base?: string;
  warn(issue: Issue): void;
  /** The `line:column` of an offset in the field's HTML. */
  position(offset: number): string;
}

/** Makes the context for one HTML field. */
export function htmlContext(html: string, path: string, warn: (issue: Issue) => void, base?: string): HtmlContext {
  return { path, base, warn, position: lineColumns(html) };
}

/** Parses `html` and reads it as body blocks. */
export function htmlToBlocks(html: string, ctx: HtmlContext): BlockOut[] {
  return readChildren(parseHtml(html).children, ctx);
}

/** Elements that carry no article content: left out without a word. */
const SILENT = new Set(
  'script style noscript template link meta head title base button input select option textarea form svg canvas map area'.split(
    ' ',
  ),
);
/** Inline elements kept in rich text (the model's allowlist, v1 and v2); `strike` and `tt` are read by the model. */
const INLINE_KEPT = new Set(
  'a b strong i em u s strike sub sup br code tt mark q small abbr cite bdi span del ins kbd dfn var samp time'.split(
    ' ',
  ),
);

const warnAt = (ctx: HtmlContext, el: HtmlElement, message: string) =>
  ctx.warn({ path: `${ctx.path}:${ctx.position(el.at)}`, message });

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Writes the allowlisted inline markup of `nodes` as HTML; other elements are unwrapped. */
function writeInline(nodes: HtmlNode[], ctx: HtmlContext, out: { html: string; marked: boolean }): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      out.html += escapeText(node);
      continue;
    }
    const { tag, attrs } = node;
    if (SILENT.has(tag)) continue;
    if (!INLINE_KEPT.has(tag)) {
      // A block boundary inside inline text (a `<p>` in a list item) still separates words.
      const block = BLOCK_TAGS.has(tag);
      if (block) out.html += ' ';
      writeInline(node.children, ctx, out);
      if (block) out.html += ' ';
      continue;
    }
    let open = tag;
    if (tag === 'a') {
      const href = attrs.get('href');
      if (href === undefined || href.startsWith('#')) {
        // An anchor without a target (or to a place in the source page) is its text.
        writeInline(node.children, ctx, out);
        continue;
      }
      open += ` href="${escapeAttr(resolveUrl(href, ctx.base))}"`;
    }
    if (tag === 'abbr' && attrs.has('title')) open += ` title="${escapeAttr(attrs.get('title')!)}"`;
    if (tag === 'time' && attrs.has('datetime')) open += ` datetime="${escapeAttr(attrs.get('datetime')!)}"`;
    for (const name of ['lang', 'dir']) if (attrs.has(name)) open += ` ${name}="${escapeAttr(attrs.get(name)!)}"`;
    if (tag === 'span' && open === 'span') {
      writeInline(node.children, ctx, out); // a bare span says nothing
      continue;
    }
    out.marked = true;
    if (tag === 'br') {
      out.html += '<br>';
      continue;
    }
    out.html += `<${open}>`;
    writeInline(node.children, ctx, out);
    out.html += `</${tag}>`;
  }
}

/**
 * Rich text from inline nodes: a plain string when there is no markup, an
 * `{html}` fragment when there is; undefined when nothing would show.
 */
export function inlineOf(nodes: HtmlNode[], ctx: HtmlContext): Inline | undefined {
  const out = { html: '', marked: false };
  writeInline(nodes, ctx, out);
  // White space as a browser shows it: runs collapse to one space, none at the ends.
  const html = out.html.replace(/[ \t\n\f\r]+/g, ' ').trim();
  // Tags out (text and attributes have `<` and `>` escaped, so a tag holds neither); `[^<>]`, not
  // `[^>]`, so that a run of `<` costs linear time (SECURITY.md, "Bounded work").
  if (!/[^\s\u200b-\u200d\u2060]/.test(html.replace(/<[^<>]*>/g, ''))) return undefined;
  if (!out.marked) return decodeText(html);
  // No white space around a line break. Split and trimmed rather than `/\s*<br>\s*/g`, which
  // retries a long run of white space (non-breaking spaces survive the collapse above) from each of its characters.
  const lines = html.split('<br>');
  const trimmed = lines.map((line, i) => {
    if (i > 0) line = line.trimStart();
    if (i < lines.length - 1) line = line.trimEnd();
    return line;
  });
  return { html: trimmed.join('<br>') };
}

/**
 * The author of an embedded post, from the plain text after it: Instagram's `A post shared by
 * Name (@handle)`, else X's `— Name (@handle)` (the name runs back from the handle to a dash or
 * the start; past a parenthesis, to a hyphen). Found by a search for each `(@handle)`, not by one
 * regex with a lazy name, which rescans the rest of the text from every dash or "shared by"
 * (SECURITY.md, "Bounded work"). `text` is `plain()`'s: its white space is single spaces.
 */
function bylineOf(text: string): { name: string; handle: string } | undefined {
  const handles = /\((@[\w.]+)\)/g;
  const shared = /shared by\s/i.exec(text);
  if (shared) {
    const from = shared.index + shared[0].length;
    handles.lastIndex = from + 1;
    const found = handles.exec(text);
    const name = found && text.slice(from, found.index).trim();
    if (found && name) return { name, handle: found[1] };
  }
  // The last dash or parenthesis before the handle and the first hyphen after it, read once from left to right.
  let stop = -1;
  let hyphen = -1;
  let at = 0;
  handles.lastIndex = 0;
  for (let found; (found = handles.exec(text));) {
    for (; at < found.index; at++) {
      const c = text[at];
      if (c === '\u2014' || c === '\u2013' || c === '(' || c === ')') {
        stop = at;
        hyphen = -1;
      } else if (c === '-' && hyphen < 0) hyphen = at;
    }
    // A name starts after a dash, or at the start; after a parenthesis, only after a hyphen.
    const paren = text[stop] === '(' || text[stop] === ')';
    if (paren && hyphen < 0) continue;
    const name = text.slice((paren ? hyphen : stop) + 1, found.index).trim();
    if (name) return { name, handle: found[1] };
  }
  return undefined;
}

/** Plain text of nodes, white space collapsed: for titles, names and credits. */
export const plain = (node: HtmlNode | HtmlNode[]): string =>
  (Array.isArray(node) ? node.map(textOf).join('') : textOf(node)).replace(/\s+/g, ' ').trim();

/** Undoes escapeText: inline text without markup goes out as a plain string. */
const decodeText = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Reads sibling nodes: runs of inline content become paragraphs, block elements their blocks. */
export function readChildren(children: HtmlNode[], ctx: HtmlContext, out: BlockOut[] = []): BlockOut[] {
  let run: HtmlNode[] = [];
  const flush = () => {
    const text = inlineOf(run, ctx);
    if (text !== undefined) out.push({ type: 'paragraph', text });
    run = [];
  };
  for (const child of children) {
    if (typeof child === 'string' || (!BLOCK_TAGS.has(child.tag) && !child.hasBlock && !SILENT.has(child.tag))) {
      run.push(child);
      continue;
    }
    flush();
    readBlock(child, ctx, out);
  }
  flush();
  return out;
}

function readBlock(el: HtmlElement, ctx: HtmlContext, out: BlockOut[]): void {
  const { tag } = el;
  if (SILENT.has(tag)) return;
  if (/^h[1-6]$/.test(tag)) {
    const text = inlineOf(el.children, ctx);
    // Level as if the headline were h1: an h1 in a body is a top-level section too.
    if (text !== undefined)
      out.push({ type: 'heading', text, level: Math.max(2, Number(tag[1])) as 2 | 3 | 4 | 5 | 6 });
    mediaInside(el, ctx, out);
    return;
  }
  switch (tag) {
    case 'p':
      if (el.hasBlock) readChildren(el.children, ctx, out);
      else {
        const text = inlineOf(el.children, ctx);
        if (text !== undefined) out.push({ type: 'paragraph', text });
      }
      return;
    case 'ul':
    case 'ol': {
      const items = listItems(el, ctx);
      if (items.length) out.push({ type: 'list', ...(tag === 'ol' ? { ordered: true } : {}), items });
      return;
    }
    case 'blockquote':
      out.push(social(el, ctx) ?? quote(el, ctx));
      return;
    case 'figure':
      figure(el, ctx, out);
      return;
    case 'table': {
      const block = table(el, ctx);
      if (block) out.push(block);
      return;
    }
    case 'pre': {
      const code = find(el, (e) => e.tag === 'code') ?? el;
      const language = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(
        `${el.attrs.get('class') ?? ''} ${code.attrs.get('class') ?? ''}`,
      )?.[1];
      const text = textOf(el).replace(/^\n/, '').trimEnd();
      if (text) out.push({ type: 'code', text, ...(language ? { language } : {}) });
      return;
    }
    case 'hr':
      out.push({ type: 'divider' });
      return;
    case 'img':
    case 'picture': {
      const photo = photoOf(el, ctx);
      if (photo) out.push({ type: 'photo', ...photo });
      return;
    }
    case 'iframe':
    case 'embed':
    case 'object':
      frame(el, ctx, out);
      return;
    case 'video':
    case 'audio':
      media(el, undefined, ctx, out);
      return;
    default:
      // WordPress's [gallery] shortcode and Jetpack's tiled galleries: one gallery, not a run of photos.
      if (hasClass(el, /^(gallery|tiled-gallery|wp-block-gallery)$/)) figure(el, ctx, out);
      else readChildren(el.children, ctx, out);
  }
}

/** Images or frames inside an element read for its text (a heading, a caption): their own blocks, after it. */
function mediaInside(el: HtmlElement, ctx: HtmlContext, out: BlockOut[]): void {
  if (!el.hasBlock) return;
  for (const inner of findAll(el, (e) => /^(img|iframe|video|audio)$/.test(e.tag))) readBlock(inner, ctx, out);
}

function listItems(list: HtmlElement, ctx: HtmlContext): (Inline | ListItemOut)[] {
  const items: (Inline | ListItemOut)[] = [];
  for (const li of list.children) {
    if (typeof li === 'string' || li.tag !== 'li') continue;
    const nested = li.children.filter(
      (c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'ul' || c.tag === 'ol'),
    );
    const rest = li.children.filter((c) => !nested.includes(c as HtmlElement));
    for (const lost of findAll({ ...li, children: rest }, (e) => /^(img|iframe|video|audio|table|pre)$/.test(e.tag))) {
      warnAt(ctx, lost, `<${lost.tag}> in a list item left out: a list item holds text only`);
    }
    const text = inlineOf(rest, ctx) ?? '';
    if (!nested.length) {
      if (text) items.push(text);
      continue;
    }
    for (const sub of nested) {
      const subItems = listItems(sub, ctx);
      items.push({ text, items: subItems, ...(sub.tag === 'ol' ? { ordered: true } : {}) });
    }
  }
  return items;
}

/** The paragraphs of a quote and its citation (`<cite>`, `<footer>`, a pull quote's caption). */
function quote(el: HtmlElement, ctx: HtmlContext, variant?: 'pull', caption?: HtmlElement): BlockOut {
  const citeEl = find(el, (e) => e.tag === 'cite' || e.tag === 'footer') ?? caption;
  const body = citeEl && citeEl !== caption ? without(el, citeEl) : el;
  const paragraphs = readChildren(body.children, ctx)
    .map((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.text : undefined))
    .filter((t): t is Inline => t !== undefined);
  const cite = citeEl ? plain(citeEl).replace(/^[\u2014\u2013-]\s*/, '') : '';
  return {
    type: 'quote',
    text: quoteText(paragraphs),
    ...(cite ? { cite } : {}),
    ...(variant ? { variant } : {}),
  };
}

/**
 * A quote's text from its paragraphs. Several paragraphs are written as `{html}`
 * fragments each: a list of plain strings would read as the spans of one paragraph.
 */
export function quoteText(paragraphs: Inline[]): Inline | Inline[] {
  if (paragraphs.length === 1) return paragraphs[0];
  return paragraphs.map((p) => (typeof p === 'string' ? { html: escapeText(p) } : p));
}

/** The paragraphs of a quote's text (one Inline, or several). */
export function quoteParagraphs(text: Inline | Inline[]): Inline[] {
  return Array.isArray(text) && text.some((p) => typeof p === 'object' && p !== null && 'html' in p)
    ? (text as Inline[])
    : [text as Inline];
}

/** `el` with `child` (at any depth) taken out. */
function without(el: HtmlElement, child: HtmlElement): HtmlElement {
  const children = el.children.filter((c) => c !== child).map((c) => (typeof c === 'string' ? c : without(c, child)));
  return { ...el, children };
}

/** `September 24, 2017` → `2017-09-24`, the day as written (read in UTC, so no time zone moves it). */
function dayOf(written: string): string | undefined {
  const ms = Date.parse(`${written} 00:00 UTC`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/** A social post's markup (`blockquote.twitter-tweet`, `.instagram-media`, `.tiktok-embed`, …) → a static card. */
function social(el: HtmlElement, ctx: HtmlContext): BlockOut | undefined {
  if (
    !hasClass(
      el,
      /^(twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|text-post-media|fb-xfbml-parse-ignore|mastodon-embed)$/,
    )
  )
    return undefined;
  const links = findAll(el, (e) => e.tag === 'a' && e.attrs.has('href'));
  const permalink = el.attrs.get('data-instgrm-permalink') ?? el.attrs.get('cite') ?? el.attrs.get('data-bluesky-uri');
  const candidates = [permalink, ...links.map((a) => a.attrs.get('href')!).reverse()].filter((u): u is string => !!u);
  const url = candidates.find((u) => socialFromUrl(u)) ?? candidates[0];
  const ref = url ? socialFromUrl(url) : undefined;
  if (!url || !ref) {
    warnAt(ctx, el, 'a social post whose network or URL is not recognised: kept as a quote');
    return undefined;
  }
  // X's markup: <p>text</p>&mdash; Name (@handle) <a href=…status…>date</a>
  const p = find(el, (e) => e.tag === 'p');
  // The byline follows the post's text, bare or (after WordPress's autop) in a paragraph of its own.
  const after = plain(p ? without(el, p) : el);
  const byline = bylineOf(after);
  const handle = byline?.handle ?? ref.handle;
  const name = byline?.name ?? handle ?? hostOf(url);
  const last = links[links.length - 1];
  // The date: a <time datetime>, X's as the text of the post's link, Instagram's after "on" in its byline.
  const time = find(el, (e) => e.tag === 'time' && e.attrs.has('datetime'));
  const written = ref.provider === 'x' && last ? plain(last) : /\bon ([A-Z][a-z]+\.? \d{1,2}, \d{4})/.exec(after)?.[1];
  const date = time ? isoDate(time.attrs.get('datetime')) : written ? dayOf(written) : undefined;
  const text = p ? inlineOf(p.children, ctx) : undefined;
  return {
    type: 'social',
    provider: ref.provider,
    url: resolveUrl(url, ctx.base),
    author: { name, ...(handle ? { handle } : {}) },
    ...(text !== undefined ? { text } : {}),
    ...(date ? { datePublished: date } : {}),
  };
}

function figure(el: HtmlElement, ctx: HtmlContext, out: BlockOut[]): void {
  const captionEl = find(el, (e) => e.tag === 'figcaption');
  const caption = captionEl ? captionOf(captionEl, ctx) : undefined;
  const pull = hasClass(el, 'wp-block-pullquote') || hasClass(el, /pull-?quote/);
  const blockquote = find(el, (e) => e.tag === 'blockquote');
  if (blockquote && (pull || !find(el, (e) => e.tag === 'img'))) {
    out.push(social(blockquote, ctx) ?? quote(blockquote, ctx, pull ? 'pull' : undefined, captionEl));
    return;
  }
  const tableEl = find(el, (e) => e.tag === 'table');
  if (tableEl) {
    const block = table(tableEl, ctx, caption?.text);
    if (block) out.push(block);
    return;
  }
  const frameEl = find(el, (e) => e.tag === 'iframe' || e.tag === 'embed' || e.tag === 'object');
  if (frameEl || hasClass(el, 'wp-block-embed')) {
    frame(frameEl ?? el, ctx, out, caption?.text);
    return;
  }
  const mediaEl = find(el, (e) => e.tag === 'video' || e.tag === 'audio');
  if (mediaEl) {
    media(mediaEl, caption?.text, ctx, out);
    return;
  }
  const images = findAll(el, (e) => e.tag === 'img');
  if (images.length > 1 || hasClass(el, 'wp-block-gallery')) {
    // Each item is a figure of its own (with its caption) or a bare image; the gallery's caption is its own figcaption.
    const items = findAll(el, (e) => e.tag === 'figure' && e !== el);
    const photos = (items.length ? items : images)
      .map((item) => {
        const itemCaption = item.tag === 'figure' ? find(item, (e) => e.tag === 'figcaption') : undefined;
        return photoOf(item, ctx, itemCaption ? captionOf(itemCaption, ctx) : undefined);
      })
      .filter((p): p is PhotoOut => !!p);
    const own = el.children.find((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'figcaption');
    const galleryCaption = own ? captionOf(own, ctx).text : undefined;
    if (photos.length > 1)
      out.push({
        type: 'gallery',
        images: photos,
        ...(galleryCaption !== undefined ? { caption: galleryCaption } : {}),
      });
    else if (photos.length === 1)
      out.push({ type: 'photo', ...photos[0], ...(galleryCaption !== undefined ? { caption: galleryCaption } : {}) });
    return;
  }
  if (images.length === 1) {
    const photo = photoOf(images[0], ctx, caption);
    if (photo) out.push({ type: 'photo', ...photo });
    return;
  }
  readChildren(el.children, ctx, out);
}

/** A caption, with a credit taken out of it when the markup marks one (`<span class="credit">`). */
function captionOf(el: HtmlElement, ctx: HtmlContext): { text?: Inline; credit?: string } {
  const creditEl = find(el, (e) => hasClass(e, /credit|byline|copyright|attribution|photographer/i));
  const text = inlineOf((creditEl ? without(el, creditEl) : el).children, ctx);
  const credit = creditEl ? plain(creditEl) : undefined;
  return { ...(text !== undefined ? { text } : {}), ...(credit ? { credit } : {}) };
}

/** The photo an `<img>` (or a `<picture>` holding one) shows; lazy-loading attributes are read first. */
function photoOf(
  el: HtmlElement,
  ctx: HtmlContext,
  caption?: { text?: Inline; credit?: string },
): PhotoOut | undefined {
  const img = el.tag === 'img' ? el : find(el, (e) => e.tag === 'img');
  if (!img) return undefined;
  const { attrs } = img;
  const lazy = attrs.get('data-src') ?? attrs.get('data-lazy-src') ?? attrs.get('data-original');
  const src = (lazy && (!attrs.get('src') || /^data:/i.test(attrs.get('src')!)) ? lazy : attrs.get('src')) ?? lazy;
  if (!src) {
    warnAt(ctx, img, '<img> without a src left out');
    return undefined;
  }
  const photo: PhotoOut = { src: resolveUrl(src, ctx.base) };
  const alt = attrs.get('alt');
  if (alt !== undefined && alt.trim()) photo.alt = alt.trim();
  for (const key of ['width', 'height'] as const) {
    const n = Number(attrs.get(key));
    if (Number.isInteger(n) && n > 0) photo[key] = n;
  }
  const srcset = srcsetOf(attrs.get('data-srcset') ?? attrs.get('srcset'), ctx.base);
  if (srcset.length) photo.srcset = srcset;
  if (caption?.text !== undefined) photo.caption = caption.text;
  if (caption?.credit) photo.credit = caption.credit;
  const title = attrs.get('title');
  if (title?.trim() && !caption?.text) photo.caption = title.trim();
  return photo;
}

/** `a.jpg 300w, b.jpg 1024w` → candidates with widths (density descriptors say nothing about width). */
function srcsetOf(value: string | undefined, base?: string): { src: string; width: number }[] {
  if (!value) return [];
  const out: { src: string; width: number }[] = [];
  for (const part of value.split(/,\s+/)) {
    const m = /^\s*(\S+)\s+(\d+)w\s*$/.exec(part);
    if (m) out.push({ src: resolveUrl(m[1], base), width: Number(m[2]) });
  }
  return out;
}

/** An iframe (or an embed figure's URL): a video player, a social post, or a warning. */
function frame(el: HtmlElement, ctx: HtmlContext, out: BlockOut[], caption?: Inline): void {
  const wrapperUrl =
    el.tag === 'figure'
      ? plain(el)
          .split(/\s+/)
          .find((w) => /^https?:\/\//.test(w))
      : undefined;
  const src = wrapperUrl ?? el.attrs.get('src') ?? el.attrs.get('data-src') ?? el.attrs.get('data') ?? '';
  const video = videoFromUrl(src);
  const title = el.attrs.get('title')?.trim();
  if (video) {
    out.push({ type: 'embed', ...video, ...(title ? { title } : {}), ...(caption !== undefined ? { caption } : {}) });
    return;
  }
  const post = socialFromUrl(src);
  if (post && wrapperUrl) {
    out.push({
      type: 'social',
      provider: post.provider,
      url: src,
      author: { name: post.handle ?? hostOf(src), ...(post.handle ? { handle: post.handle } : {}) },
    });
    return;
  }
  if (wrapperUrl) {
    // An embed of an ordinary page: a "Read also" link keeps where it pointed.
    out.push({
      type: 'link',
      url: resolveUrl(wrapperUrl, ctx.base),
      title: caption !== undefined && typeof caption === 'string' ? caption : hostOf(wrapperUrl),
    });
    return;
  }
  warnAt(
    ctx,
    el,
    `<${el.tag}> from ${src ? hostOf(src) : 'nowhere'} left out: only YouTube, Vimeo and Dailymotion players become embeds`,
  );
}

/** A `<video>` or `<audio>` element with a file we can point to. */
function media(el: HtmlElement, caption: Inline | undefined, ctx: HtmlContext, out: BlockOut[]): void {
  const source = el.attrs.get('src') ?? find(el, (e) => e.tag === 'source' && e.attrs.has('src'))?.attrs.get('src');
  if (!source) {
    warnAt(ctx, el, `<${el.tag}> without a src left out`);
    return;
  }
  const src = resolveUrl(source, ctx.base);
  const title = el.attrs.get('title')?.trim() || el.attrs.get('aria-label')?.trim();
  const withCaption = caption !== undefined ? { caption } : {};
  if (el.tag === 'audio') {
    out.push({
      type: 'audio',
      src,
      title: title || (typeof caption === 'string' ? caption : src.split('/').pop()!),
      ...withCaption,
    });
    return;
  }
  const poster = el.attrs.get('poster');
  const size: { width?: number; height?: number } = {};
  for (const key of ['width', 'height'] as const) {
    const n = Number(el.attrs.get(key));
    if (Number.isInteger(n) && n > 0) size[key] = n;
  }
  out.push({
    type: 'video',
    src,
    ...(poster ? { poster: { src: resolveUrl(poster, ctx.base) } } : {}),
    ...size,
    ...(title ? { title } : {}),
    ...withCaption,
  });
}

function table(el: HtmlElement, ctx: HtmlContext, figureCaption?: Inline): BlockOut | undefined {
  const rowsOf = (section: HtmlElement) =>
    section.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'tr');
  const sections = el.children.filter((c): c is HtmlElement => typeof c !== 'string');
  const headRows = sections.filter((s) => s.tag === 'thead').flatMap(rowsOf);
  let bodyRows = [...rowsOf(el), ...sections.filter((s) => s.tag === 'tbody' || s.tag === 'tfoot').flatMap(rowsOf)];
  const cellsOf = (tr: HtmlElement) =>
    tr.children.filter((c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'));
  // A first row of header cells only, outside a thead, is the head all the same.
  if (!headRows.length && bodyRows.length > 1 && cellsOf(bodyRows[0]).every((c) => c.tag === 'th')) {
    headRows.push(bodyRows[0]);
    bodyRows = bodyRows.slice(1);
  }
  const row = (tr: HtmlElement) =>
    cellsOf(tr).map((cell) => {
      if (Number(cell.attrs.get('colspan') ?? 1) > 1 || Number(cell.attrs.get('rowspan') ?? 1) > 1) {
        warnAt(ctx, cell, 'a cell spanning rows or columns is read as one cell: the table may look shifted');
      }
      for (const lost of findAll(cell, (e) => /^(img|iframe|video|audio)$/.test(e.tag)))
        warnAt(ctx, lost, `<${lost.tag}> in a table cell left out`);
      return inlineOf(cell.children, ctx) ?? '';
    });
  const rows = bodyRows.map(row);
  if (!rows.length) {
    warnAt(ctx, el, 'a table without rows left out');
    return undefined;
  }
  const captionEl = sections.find((s) => s.tag === 'caption');
  const caption = captionEl ? inlineOf(captionEl.children, ctx) : figureCaption;
  const rowHeaders = bodyRows.every((tr) => cellsOf(tr)[0]?.tag === 'th');
  return {
    type: 'table',
    ...(caption !== undefined ? { caption } : {}),
    ...(headRows.length ? { head: headRows.map(row) } : {}),
    rows,
    ...(rowHeaders ? { rowHeaders } : {}),
  };
}
