/**
 * An article's HTML → our Article: a whole page, a CMS body, or a reader-mode
 * extract. The headline, byline, dates, description and lead image are read
 * from the page's metadata and markup when present; the article's content
 * (its `<article>`, else `<main>`, else `<body>`) becomes the body.
 */
import { htmlContext, plain, readChildren } from './html-blocks.js';
import { find, hasClass, parseHtml, type HtmlElement, type HtmlNode } from './html-tree.js';
import { isoDate, resolveUrl } from './embeds.js';
import type { AdapterResult, ArticleOut, Issue } from './types.js';

export interface FromHtmlOptions {
  /** The page's URL: relative links and images resolve against it, and it is the article's `url`. */
  url?: string;
}

/** Parts of a page that are not the article: left out (the first of each kind is named in a warning). */
const CHROME = /^(nav|header|footer|aside|form)$/;

/** Converts an article's HTML. Warnings name `html` and the line:column in it. */
export function fromHtml(html: string, options: FromHtmlOptions = {}): AdapterResult {
  const warnings: Issue[] = [];
  const warn = (issue: Issue) => warnings.push(issue);
  if (typeof html !== 'string') {
    warn({ path: '(document)', message: 'is not HTML text' });
    return { document: {}, warnings };
  }
  const root = parseHtml(html);
  const base = options.url || undefined;
  const ctx = htmlContext(html, 'html', warn, base);
  const doc: ArticleOut = {};
  const meta = (key: string) =>
    find(
      root,
      (e) =>
        e.tag === 'meta' &&
        (e.attrs.get('property') ?? e.attrs.get('name') ?? e.attrs.get('itemprop'))?.toLowerCase() === key,
    )
      ?.attrs.get('content')
      ?.trim() || undefined;

  const container =
    find(root, (e) => e.tag === 'article') ??
    find(root, (e) => e.tag === 'main' || e.attrs.get('role') === 'main') ??
    find(root, (e) => e.tag === 'body') ??
    root;
  // The headline is the article's first h1 (taken out of the body), else the page's metadata.
  const h1 = find(container, (e) => e.tag === 'h1') ?? find(root, (e) => e.tag === 'h1');
  const title = find(root, (e) => e.tag === 'title');
  const headline = (h1 && plain(h1)) || meta('og:title') || (title && plain(title));
  if (headline) doc.headline = headline;
  else warn({ path: 'html', message: 'has no <h1>, og:title or <title>: the article has no headline' });

  const canonical = find(
    root,
    (e) => e.tag === 'link' && /(^|\s)canonical(\s|$)/i.test(e.attrs.get('rel') ?? ''),
  )?.attrs.get('href');
  const url = base ?? canonical ?? meta('og:url');
  if (url) doc.url = resolveUrl(url, base);
  const lang = find(root, (e) => e.tag === 'html')?.attrs.get('lang') ?? container.attrs.get('lang');
  if (lang) doc.lang = lang;
  const description = meta('description') ?? meta('og:description');
  if (description) doc.description = description;
  const section = meta('article:section');
  if (section) doc.section = section;

  // Byline: the author metadata, else an element marked as the byline or author.
  const bylineEl = find(
    container,
    (e) =>
      e.attrs.get('rel') === 'author' ||
      e.attrs.get('itemprop') === 'author' ||
      hasClass(e, /^(byline|author|p-author)$/i),
  );
  const byline = meta('author') ?? meta('article:author') ?? (bylineEl && plain(bylineEl).replace(/^by\s+/i, ''));
  if (byline && !/^https?:/.test(byline)) {
    // Split, then trimmed: `\s*` on both sides of the separator would rescan a run of spaces from each of them.
    doc.authors = byline
      .split(/,|\band\b|&/)
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => ({ name }));
  }
  const time = find(container, (e) => e.tag === 'time' && e.attrs.has('datetime'));
  const published = isoDate(meta('article:published_time') ?? meta('datepublished') ?? time?.attrs.get('datetime'));
  if (published) doc.datePublished = published;
  const modified = isoDate(meta('article:modified_time') ?? meta('datemodified'));
  if (modified && modified !== published) doc.dateModified = modified;
  const ogImage = meta('og:image');
  if (ogImage)
    doc.image = { src: resolveUrl(ogImage, base), ...(meta('og:image:alt') ? { alt: meta('og:image:alt') } : {}) };

  const warned = new Set<string>();
  const prune = (el: HtmlElement): HtmlElement => ({
    ...el,
    children: el.children.flatMap((c): HtmlNode[] => {
      if (typeof c === 'string') return [c];
      if (c === h1 || c === bylineEl || (c.tag === 'time' && c === time)) return [];
      if (CHROME.test(c.tag) && c !== container) {
        if (!warned.has(c.tag))
          warn({
            path: `html:${ctx.position(c.at)}`,
            message: `<${c.tag}> is page furniture, not the article: left out`,
          });
        warned.add(c.tag);
        return [];
      }
      return [prune(c)];
    }),
  });
  const body = readChildren(prune(container).children, ctx);
  // A lead photo at the very top of the body is the article's image, not its first block.
  if (!doc.image && body[0]?.type === 'photo') {
    const { type: _type, ...lead } = body.shift() as { type: 'photo' } & ArticleOut['image'] & object;
    doc.image = lead as ArticleOut['image'];
  }
  if (body.length) doc.body = body;
  else warn({ path: 'html', message: 'has no article text' });
  return { document: doc, warnings };
}
