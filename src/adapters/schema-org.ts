/**
 * A schema.org `NewsArticle` (or `Article`, `BlogPosting`, `ReportageNewsArticle`
 * and their kin) → our Article: the JSON-LD that news pages already carry.
 */
import { isRecord, joinPath } from '../model/issues.js';
import { plain } from './html-blocks.js';
import { parseHtml } from './html-tree.js';
import { isoDate, resolveUrl } from './embeds.js';
import type { AdapterResult, ArticleOut, AuthorOut, BlockOut, Issue, PhotoOut } from './types.js';

type Json = Record<string, unknown>;
type Warn = (issue: Issue) => void;

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle)$/;
/** Article types that say what kind of journalism it is: the label readers see. */
const LABELS: Record<string, string> = {
  OpinionNewsArticle: 'Opinion',
  AnalysisNewsArticle: 'Analysis',
  ReviewNewsArticle: 'Review',
  BackgroundNewsArticle: 'Background',
  SatiricalArticle: 'Satire',
};

const typesOf = (node: Json): string[] =>
  (Array.isArray(node['@type']) ? node['@type'] : [node['@type']])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, ''));
/** Text of a schema.org text value (entities decoded, tags dropped: JSON-LD is often written from HTML). */
const text = (value: unknown): string | undefined => {
  if (Array.isArray(value)) return text(value[0]);
  if (isRecord(value) && '@value' in value) return text(value['@value']);
  return typeof value === 'string' && value.trim() ? plain(parseHtml(value).children) || undefined : undefined;
};
const number = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value.replace(/px$/, '')) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Every node of the JSON-LD: a top-level list of scripts, a `@graph`, or one object. */
function nodesOf(jsonld: unknown): { node: Json; path: string }[] {
  const out: { node: Json; path: string }[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, path ? joinPath(path, i) : `[${i}]`));
    else if (isRecord(value)) {
      out.push({ node: value, path });
      if (Array.isArray(value['@graph'])) visit(value['@graph'], joinPath(path, '@graph'));
    }
  };
  visit(jsonld, '');
  return out;
}

/**
 * Converts schema.org JSON-LD. `jsonld` is the object of one
 * `<script type="application/ld+json">`, a list of them, or a `@graph`; the
 * first article in it is read, and `@id` references to other nodes resolved.
 */
export function fromSchemaOrg(jsonld: unknown): AdapterResult {
  const warnings: Issue[] = [];
  const warn: Warn = (issue) => warnings.push(issue);
  const nodes = nodesOf(jsonld);
  const byId = new Map(
    nodes.filter(({ node }) => typeof node['@id'] === 'string').map(({ node }) => [node['@id'] as string, node]),
  );
  /** A node, or the node an `{"@id": …}` reference names. */
  const deref = (value: unknown): unknown =>
    isRecord(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1
      ? (byId.get(value['@id']) ?? value)
      : value;
  const found = nodes.find(({ node }) => typesOf(node).some((t) => ARTICLE_TYPES.test(t)));
  if (!found) {
    warn({ path: '(document)', message: 'holds no schema.org Article, NewsArticle or BlogPosting' });
    return { document: {}, warnings };
  }
  const { node: article, path: root } = found;
  const at = (key: string) => (root ? joinPath(root, key) : key);
  const doc: ArticleOut = {};
  const url =
    text(article.url) ??
    (typeof article.mainEntityOfPage === 'string'
      ? article.mainEntityOfPage
      : isRecord(article.mainEntityOfPage)
        ? text(article.mainEntityOfPage['@id'])
        : undefined);
  // Protocol-relative URLs (`//asset.example/logo.png`) are read as https.
  const base = url && /^https?:/.test(url) ? url : undefined;
  const link = (value: string) => resolveUrl(value.replace(/^\/\//, 'https://'), base);

  const headline = text(article.headline) ?? text(article.name);
  if (headline) doc.headline = headline;
  else warn({ path: at('headline'), message: 'is missing: the article has no headline' });
  if (url) doc.url = link(url);
  const lang =
    text(article.inLanguage) ?? (isRecord(article.inLanguage) ? text(article.inLanguage.alternateName) : undefined);
  if (lang) doc.lang = lang;
  const description = text(article.description) ?? text(article.alternativeHeadline);
  if (description) doc.description = description;
  const published = isoDate(text(article.datePublished)) ?? isoDate(text(article.dateCreated));
  if (published) doc.datePublished = published;
  const modified = isoDate(text(article.dateModified));
  if (modified && modified !== published) doc.dateModified = modified;
  const section = text(article.articleSection);
  if (section && section !== 'nil') doc.section = section;
  const dateline = text(article.dateline);
  if (dateline) doc.dateline = dateline;
  const label = typesOf(article)
    .map((t) => LABELS[t])
    .find(Boolean);
  if (label) doc.label = label;

  const authors = (
    Array.isArray(article.author) ? article.author : article.author === undefined ? [] : [article.author]
  ).flatMap((a, i) => {
    const path = Array.isArray(article.author) ? joinPath(at('author'), i) : at('author');
    const node = deref(a);
    if (typeof node === 'string' && node.trim()) return [{ name: node.trim() }];
    const name = isRecord(node) ? text(node.name) : undefined;
    if (!name) {
      warn({ path, message: 'an author without a name left out' });
      return [];
    }
    const n = node as Json;
    const out: AuthorOut = { name };
    const authorUrl = text(n.url) ?? (typeof n.sameAs === 'string' ? n.sameAs : undefined);
    if (authorUrl) out.url = link(authorUrl);
    const jobTitle = text(n.jobTitle);
    if (jobTitle) out.jobTitle = jobTitle;
    const worksFor = deref(Array.isArray(n.worksFor) ? n.worksFor[0] : n.worksFor);
    const organization = isRecord(worksFor) ? text(worksFor.name) : text(worksFor);
    if (organization) out.organization = organization;
    return [out];
  });
  if (authors.length) doc.authors = authors;

  const images = imagesOf(article.image ?? article.thumbnailUrl, deref);
  const image = images.length ? photo(images[0], link, deref) : undefined;
  if (image) doc.image = image;
  if (images.length > 1)
    warn({
      path: at('image'),
      message: `has ${images.length} images; the first is the lead image, the others have no place in our document`,
    });

  const publisherNode = deref(article.publisher ?? article.sourceOrganization);
  const publisherName = isRecord(publisherNode) ? text(publisherNode.name) : undefined;
  if (publisherName) {
    const p = publisherNode as Json;
    const logoNode = deref(p.logo);
    const logo =
      typeof logoNode === 'string'
        ? logoNode
        : isRecord(logoNode)
          ? (text(logoNode.url) ?? text(logoNode.contentUrl))
          : undefined;
    doc.publisher = {
      name: publisherName,
      ...(text(p.url) ? { url: link(text(p.url)!) } : {}),
      ...(logo ? { logo: link(logo) } : {}),
    };
  }

  const keywords = Array.isArray(article.keywords)
    ? article.keywords.map(text)
    : typeof article.keywords === 'string'
      ? article.keywords.split(',').map((k) => k.trim())
      : [];
  const tags = [...new Set(keywords.filter((k): k is string => !!k && !/^section-/.test(k)))];
  if (tags.length) doc.tags = tags;

  const body =
    typeof article.articleBody === 'string'
      ? article.articleBody
      : typeof article.text === 'string'
        ? article.text
        : undefined;
  if (body) doc.body = paragraphs(body);
  else
    warn({
      path: at('articleBody'),
      message: 'is missing: the article has no body (schema.org pages often leave it out)',
    });
  for (const key of ['video', 'audio', 'associatedMedia']) {
    if (article[key] !== undefined)
      warn({ path: at(key), message: 'media in JSON-LD have no place in our document: left out' });
  }
  if (article.isAccessibleForFree === false || article.isAccessibleForFree === 'False') {
    warn({
      path: at('isAccessibleForFree'),
      message: 'the article is paywalled: its articleBody may hold only part of it',
    });
  }
  return { document: doc, warnings };
}

/** `articleBody` is plain text: paragraphs are split at blank lines, or at line breaks when there are none. */
function paragraphs(body: string): BlockOut[] {
  const normalised = body.replace(/\r\n?/g, '\n').trim();
  const parts = /\n\s*\n/.test(normalised) ? normalised.split(/\n\s*\n/) : normalised.split('\n');
  return parts
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph' as const, text }));
}

/** The image values of an `image` field: a URL, an ImageObject, a list or an `@list` of them. */
function imagesOf(value: unknown, deref: (v: unknown) => unknown): unknown[] {
  const v = deref(value);
  if (Array.isArray(v)) return v.map(deref);
  if (isRecord(v) && Array.isArray(v['@list'])) return v['@list'].map(deref);
  return v === undefined ? [] : [v];
}

function photo(value: unknown, link: (url: string) => string, deref: (v: unknown) => unknown): PhotoOut | undefined {
  if (typeof value === 'string') return value.trim() ? { src: link(value) } : undefined;
  if (!isRecord(value)) return undefined;
  const src = text(value.url) ?? text(value.contentUrl);
  if (!src) return undefined;
  const out: PhotoOut = { src: link(src) };
  const width = number(value.width);
  const height = number(value.height);
  if (width && height) Object.assign(out, { width, height });
  const caption = text(value.caption) ?? text(value.description);
  if (caption) out.caption = caption;
  const alt = text(value.name) ?? text(value.alternateName);
  if (alt && alt !== caption) out.alt = alt;
  const creator = deref(value.creditText ?? value.author ?? value.creator);
  const credit = isRecord(creator) ? text(creator.name) : text(creator);
  if (credit) out.credit = credit;
  const copyright = text(value.copyrightNotice) ?? text(value.copyrightHolder);
  if (copyright) out.copyright = copyright;
  const license = text(value.license) ?? text(value.acquireLicensePage);
  if (license && /^https?:/.test(license)) out.license = license;
  return out;
}
