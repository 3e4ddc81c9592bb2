// Dates on a server (or for a reader) west of Greenwich: a date without a time is
// the same day everywhere; a date with a time is shown in the local time zone.
import { test } from 'node:test';
import assert from 'node:assert/strict';

process.env.TZ = 'America/New_York'; // before anything formats a date
const { renderToString } = await import('news-elements/ssr');

const shown = (html) =>
  [...html.matchAll(/<time[^>]* datetime="([^"]+)"[^>]*>(?:<!--[^>]*-->)*([^<]*)/g)].map(([, iso, text]) => [
    iso,
    text,
  ]);

test('a date alone is that day, also in New York; a date with a time is New York time', async () => {
  const html = await renderToString('news-article', {
    headline: 'Dates',
    lang: 'en',
    datePublished: '2021-10-20',
    dateModified: '2021-10-21T02:30:00Z',
  });
  assert.deepEqual(shown(html), [
    ['2021-10-20', 'October 20, 2021'],
    ['2021-10-21T02:30:00Z', 'October 20, 2021 at 10:30 PM'],
  ]);
});

test('an update given as a date alone shows the date, with no made-up time', async () => {
  const html = await renderToString('news-related', {
    links: [{ title: 'A', url: 'https://example.com/a', datePublished: '2021-10-19' }],
  });
  assert.deepEqual(shown(html), [['2021-10-19', 'October 19, 2021']]);
  const article = await renderToString('news-article', {
    headline: 'Dates',
    lang: 'en',
    datePublished: '2021-10-19',
    dateModified: '2021-10-20Z',
  });
  assert.deepEqual(shown(article), [
    ['2021-10-19', 'October 19, 2021'],
    ['2021-10-20Z', 'October 20, 2021'],
  ]);
});
