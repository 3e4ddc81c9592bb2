// Wrong uses that the element and document types must reject.
import 'news-elements';
import type { ArticleDocument } from 'news-elements';
import { parseArticle } from 'news-elements/parse.js';
import story from './story.json';

const article = document.querySelector('news-article')!;
// @ts-expect-error data must be an ArticleDocument
article.data = 42;
// @ts-expect-error a JSON import's "type" is a string, not "paragraph": use parseArticle
article.data = story;
// @ts-expect-error news-load's data is an Article, which has no src
article.addEventListener('news-load', (event) => event.detail.data.src);
// @ts-expect-error a photo's data is a PhotoDocument
document.querySelector('news-photo')!.data = { headline: 'not a photo' };

export const unknownBlock = {
  headline: 'x',
  // @ts-expect-error no such block type
  body: [{ type: 'pargraph', text: 'x' }],
} satisfies ArticleDocument;

const result = parseArticle(story);
// @ts-expect-error the document is there only when ok is true
export const unchecked: ArticleDocument = result.document;
