// What the three framework apps share: the documents, and a log of every event the
// elements fire, which the page test reads as `window.newsEvents`.
import article from '../../demo/articles/seed.json';
import photo from '../../demo/photos/lead.json';
import related from '../../demo/related/seed-related.json';
import type { ArticleDocument, PhotoDocument, RelatedDocument } from '../../src/index.js';

export const documents = {
  article: article as ArticleDocument,
  photo: photo as PhotoDocument,
  related: related as RelatedDocument,
};

/** Documents each element must refuse (a `news-error`): the required field is missing. */
export const broken = {
  article: { body: [] } as unknown as ArticleDocument,
  photo: { alt: 'no src' } as unknown as PhotoDocument,
  related: { title: 'no links' } as unknown as RelatedDocument,
};

export interface Logged {
  tag: string;
  type: string;
  /** `detail.data.headline` / `src` / `links.length`, `detail.message` or `detail.kind`. */
  what: unknown;
}
const log: Logged[] = ((window as unknown as { newsEvents: Logged[] }).newsEvents = []);

/** A listener that logs the event it receives, as a framework handed it over. */
export const record = (event: CustomEvent) => {
  const target = event.currentTarget as HTMLElement;
  const detail = event.detail;
  const what = detail.data
    ? (detail.data.headline ?? detail.data.src ?? detail.data.links?.length)
    : (detail.message ?? detail.kind);
  log.push({ tag: target.localName, type: event.type, what });
};

// The test clicks links: the page stays (the element reports the click all the same).
addEventListener('click', (event) => event.preventDefault());
