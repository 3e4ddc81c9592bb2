/**
 * Structured data for search engines: a schema.org `NewsArticle` built from a
 * normalised Article, and the one way we write JSON into a `<script>` element.
 * Pure: the element (in the light DOM) and the server renderer share it.
 */
import type { Article, Photo } from '../model/schema.js';
import { plainText, type RichText } from '../model/rich-text/index.js';

const text = (rich?: RichText) => plainText(rich).trim() || undefined;

/** A photo as `ImageObject`, with the fields of Google's image licence metadata. Needs a usable `src`. */
function imageObject(photo: Photo): object | undefined {
  if (!photo.src) return undefined;
  return {
    '@type': 'ImageObject',
    url: photo.src,
    contentUrl: photo.src,
    width: photo.width,
    height: photo.height,
    caption: text(photo.caption),
    creditText: photo.credit,
    // The document has one credit line; it names who made the image.
    creator: photo.credit ? { '@type': 'Person', name: photo.credit, url: photo.creditUrl } : undefined,
    copyrightNotice: photo.copyright,
    license: photo.license,
  };
}

/**
 * The article as a schema.org `NewsArticle`. Fields the document leaves out
 * (or whose URL the policy refused) are `undefined`, so `JSON.stringify` drops them.
 * Relative URLs stay relative, as in the rendered HTML: JSON-LD resolves them against the page.
 */
export function articleJsonLd(article: Article): object {
  const { url, publisher, authors, tags } = article;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: text(article.description),
    image: article.image && imageObject(article.image),
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    author: authors?.length ? authors.map((a) => ({ '@type': 'Person', name: a.name, url: a.url })) : undefined,
    publisher: publisher && {
      '@type': 'Organization',
      name: publisher.name,
      url: publisher.url,
      logo: publisher.logo ? { '@type': 'ImageObject', url: publisher.logo } : undefined,
    },
    mainEntityOfPage: url ? { '@type': 'WebPage', '@id': url } : undefined,
    url,
    inLanguage: article.lang,
    articleSection: article.section,
    keywords: tags?.length ? tags : undefined,
  };
}

/**
 * JSON to put inside a `<script>` element. `<`, `>` and `&` only ever occur in
 * strings, where `\uXXXX` means the same, so no string can close the script or
 * open a comment; U+2028/2029 are escaped for consumers that read it as JavaScript.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
