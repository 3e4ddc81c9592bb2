/**
 * Structured data for search engines: a schema.org `NewsArticle` built from a
 * normalised Article, and the one way we write JSON into a `<script>` element.
 * The element (in the light DOM) and the server renderer share it; the browser alone writes
 * the script, under the page's Trusted Types policy if it has one.
 */
import type { Article, Photo } from '../model/schema.js';
import { plainText, type RichText } from '../model/rich-text/index.js';
import { warn } from '../base/log.js';

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
    author: authors?.length ? authors.map(person) : undefined,
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
    // v2: the label is free text in the story's language, so it is the genre, not a type we would guess from it.
    genre: article.label,
    dateline: article.dateline,
    correction: article.corrections?.length
      ? article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: text(c.text), datePublished: c.date }))
      : undefined,
    ...media(article),
  };
}

type Author = NonNullable<Article['authors']>[number];
const person = (a: Author) => ({
  '@type': 'Person',
  name: a.name,
  url: a.url,
  jobTitle: a.jobTitle,
  worksFor: a.organization ? { '@type': 'Organization', name: a.organization } : undefined,
});

/** The body's video and audio files (asides' included) as `VideoObject` and `AudioObject`. */
function media({ body = [] }: Article): { video?: object[]; audio?: object[] } {
  const blocks = body.flatMap((block) => (block.type === 'aside' ? block.body : [block]));
  const video = blocks.flatMap((b) =>
    b.type === 'video' && b.src
      ? [
          {
            '@type': 'VideoObject',
            name: b.title,
            contentUrl: b.src,
            thumbnailUrl: b.poster?.src,
            description: text(b.caption),
            width: b.width,
            height: b.height,
          },
        ]
      : [],
  );
  const audio = blocks.flatMap((b) =>
    b.type === 'audio' && b.src
      ? [
          {
            '@type': 'AudioObject',
            name: b.title,
            contentUrl: b.src,
            duration: b.duration === undefined ? undefined : `PT${b.duration}S`,
            description: text(b.caption),
          },
        ]
      : [],
  );
  return { video: video.length ? video : undefined, audio: audio.length ? audio : undefined };
}

/**
 * JSON to put inside a `<script>` element. `<`, `>` and `&` only ever occur in
 * strings, where `\uXXXX` means the same, so no string can close the script or
 * open a comment; U+2028/2029 are escaped for consumers that read it as JavaScript.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

interface ScriptPolicy {
  createScript(text: string): string;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Under Trusted Types a script's text must be a TrustedScript, even for JSON-LD.
 * The policy `news-elements` only lets valid JSON through, which no browser runs as
 * code. Without it (not allowed by the page's CSP) the text is still written, which a
 * page that requires Trusted Types blocks (with a violation report): a warning says why.
 */
export function writeScript(script: HTMLScriptElement, json: string): void {
  if (policy === undefined) {
    try {
      const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } })
        .trustedTypes;
      policy = tt?.createPolicy('news-elements', { createScript: (text) => (JSON.parse(text), text) }) ?? null;
    } catch {
      policy = null;
      // Said once, plainly: otherwise the page only sees the browser's violation reports.
      warn(
        'Trusted Types: the page does not allow the policy "news-elements", so the JSON-LD of <news-article jsonld> may be blocked; add news-elements to the trusted-types directive',
      );
    }
  }
  if (policy) script.text = policy.createScript(json);
  else script.replaceChildren(json);
}
