// The media and notes blocks through renderToString (against dist/): the server
// writes what the browser shows, and nothing in it fetches from a provider.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { renderToString } from 'news-elements/ssr';

const story = JSON.parse(await readFile(new URL('../../demo/articles/v2-media.json', import.meta.url), 'utf8'));
const html = await renderToString('news-article', story);
const shadow = html.slice(html.indexOf('<template '), html.indexOf('</template>'));
/** The text of the shadow DOM without tags, comments and runs of white space. */
const text = (fragment) =>
  fragment
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** The first element with this part, up to its closing tag. */
function part(name, tag) {
  const start = shadow.search(new RegExp(`<${tag}[^>]*part="[^"]*\\b${name}\\b`));
  assert.ok(start >= 0, `no ${tag} with part ${name}`);
  return shadow.slice(start, shadow.indexOf(`</${tag}>`, start) + tag.length + 3);
}

test('renderToString writes the gallery, each photo with its labelled credit, every image lazy with its box', () => {
  const start = shadow.indexOf('part="gallery"');
  const gallery = shadow.slice(start, shadow.indexOf('part="gallery-caption"', start));
  assert.equal((gallery.match(/<li part="gallery-item"/g) ?? []).length, 3);
  assert.equal((gallery.match(/<img /g) ?? []).length, 3);
  for (const img of gallery.match(/<img [^>]+>/g)) assert.match(img, /width="640"[^>]*height="360"[^>]*loading="lazy"/);
  assert.match(text(gallery), /The opening session\. Photo: Example News/);
});

test('renderToString writes the facades, the players and the social cards, and nothing that fetches from a provider', () => {
  assert.match(shadow, /aria-label="Play video: The opening statements \(Vimeo\)"/);
  assert.match(shadow, /<form action="https:\/\/www\.dailymotion\.com\/video\/x8abc12"/);
  assert.match(part('video-file', 'video'), /preload="none"[^>]*poster="\.\.\/images\/related-1\.jpg"/);
  assert.match(shadow, /<track src="\.\.\/media\/clip\.en\.vtt" srclang="en" label="English" kind="captions"/);
  assert.match(
    shadow,
    /<audio part="audio-file" src="\.\.\/media\/tone\.wav" controls preload="none" aria-label="The day in two minutes">/,
  );
  const social = shadow.slice(
    shadow.indexOf('part="social"'),
    shadow.indexOf('</p>', shadow.indexOf('part="social-footer"')),
  );
  assert.match(
    text(`<${social}`),
    /^Example Ministry @ministry\.example\.com The talks in Moscow have begun\..* View the post by Example Ministry on Bluesky$/,
  );
  assert.doesNotMatch(shadow, /<iframe|<script|<object|<embed/);
  const fetching = [...shadow.matchAll(/\s(?:src|srcset|poster)="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(fetching.length >= 8);
  // The story's own files, relative to it: not one URL at a provider.
  for (const url of fetching) assert.match(url, /^\.\.\/(images|media)\/[\w.-]+( \d+w)?$/, url);
});

test('renderToString writes the notes, the aside, the corrections, the label, the dateline and the authors’ roles', () => {
  assert.equal((shadow.match(/role="note"/g) ?? []).length, 2);
  assert.match(part('aside', 'aside'), /^<aside part="aside" aria-label="The talks in numbers">/);
  assert.match(text(part('corrections', 'section')), /^Corrections .*An earlier version of this story/);
  assert.match(text(part('label', 'p')), /^Analysis$/);
  assert.match(
    text(part('meta', 'p')),
    /Daniel Mercer \(Moscow correspondent, Example News\) and Amira Haddad \(Video producer\).*Moscow/,
  );
});
