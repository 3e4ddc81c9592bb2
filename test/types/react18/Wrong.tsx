// Wrong uses that the React 18 wrappers' types must reject.
import { NewsArticle, NewsPhoto, NewsRelated } from 'news-elements/react';

export const wrong = (
  <>
    {/* @ts-expect-error data must be an ArticleDocument */}
    <NewsArticle data={42} />
    {/* @ts-expect-error a misspelled event */}
    <NewsPhoto onNewsLod={() => undefined} />
    {/* @ts-expect-error layout is list or cards */}
    <NewsRelated layout="grid" />
    {/* @ts-expect-error news-load's data is an Article, which has no src */}
    <NewsArticle onNewsLoad={(event) => event.detail.data.src} />
  </>
);
