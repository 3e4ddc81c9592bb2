/** The meta line under a headline: "By A, B and C", the publication date, "Updated …". */
import { html, nothing, type TemplateResult } from 'lit';
import type { Article } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { formatDate, formatDateTime, formatListParts } from '../i18n/format.js';

type Author = NonNullable<Article['authors']>[number];

export interface BylineOptions {
  strings: UiStrings;
  lang?: string;
}

// Each name isolated (dir=auto): two Arabic names in an English byline would otherwise run together across the comma.
// The role and organisation follow the name in brackets, which every language we ship reads as an aside.
const author = (a: Author) => {
  const role = [a.jobTitle, a.organization].filter(Boolean).join(', ');
  const name = a.url
    ? html`<a part="author" dir="auto" rel="author" href=${a.url} data-kind="body">${a.name}</a>`
    : html`<span part="author" dir="auto">${a.name}</span>`;
  return role ? html`${name} <span part="author-role" dir="auto">(${role})</span>` : name;
};

/** "By A, B and C", joined by `Intl.ListFormat` in the document's language, each name linked when it has a URL. */
export function renderByline(
  authors: readonly Author[] | undefined,
  { strings, lang }: BylineOptions,
): TemplateResult | typeof nothing {
  if (!authors?.length) return nothing;
  const parts = formatListParts(
    authors.map(author),
    authors.map((a) => a.name),
    lang,
  );
  return html`<span part="byline">${strings.by} ${parts}</span>`;
}

/** The publication date and, when the story changed later, "Updated" with the time of the change. */
export function renderDates(
  { datePublished: published, dateModified: modified }: Pick<Article, 'datePublished' | 'dateModified'>,
  { strings, lang }: BylineOptions,
): TemplateResult {
  const updated = modified && (!published || Date.parse(modified) > Date.parse(published));
  return html`${
    published ? html`<time part="date-published" datetime=${published}>${formatDate(published, lang)}</time>` : nothing
  }${
    updated
      ? html`<span part="date-modified">${strings.updated} <time datetime=${modified}>${formatDateTime(modified, lang)}</time></span>`
      : nothing
  }`;
}
