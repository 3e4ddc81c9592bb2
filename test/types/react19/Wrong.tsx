// Wrong uses that the React 19 typings must reject: each line after @ts-expect-error must fail.
import 'news-elements';
import type {} from 'news-elements/types/react';

export const wrong = (
  <>
    {/* @ts-expect-error data must be an ArticleDocument */}
    <news-article data={42} />
    {/* @ts-expect-error a Photo needs a string src */}
    <news-photo data={{ src: 1 }} />
    {/* @ts-expect-error layout is list or cards */}
    <news-related layout="grid" />
    {/* @ts-expect-error headingLevel is a number */}
    <news-article headingLevel="two" />
    {/* @ts-expect-error news-load's data is an Article, which has no src */}
    <news-article onnews-load={(event) => event.detail.data.src} />
    {/* @ts-expect-error news-error's detail has no data */}
    <news-photo onnews-error={(event) => event.detail.data} />
    {/* @ts-expect-error a listener for another event's detail */}
    <news-related onnews-link-click={(event: CustomEvent<{ data: string }>) => event.detail.data} />
  </>
);
