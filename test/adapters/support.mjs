// Shared by the adapter tests (against dist/): fixtures, and the round trip
// adapter → validate → render that must keep every word of the source's body.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { normalise } from '../../dist/model/normalise.js';
import { renderToString } from 'news-elements/ssr';

export const FIXTURES = new URL('./fixtures/', import.meta.url);

export async function fixture(path) {
  return readFile(new URL(path, FIXTURES), 'utf8');
}
export const json = async (path) => JSON.parse(await fixture(path));
export async function fixtureNames(folder, pattern = /\.json$/) {
  return (await readdir(new URL(`${folder}/`, FIXTURES))).filter((name) => pattern.test(name)).sort();
}

/** The words of a text: lower case, letters and digits only. */
export function words(text) {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

const NAMED = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
};
/** Text of an HTML string, read independently of the adapters: scripts, styles and comments out, tags out, references decoded. */
export function htmlText(html) {
  return (
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|noscript|iframe)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      // Block boundaries separate words; inline tags (a drop cap's <span>Z</span>imbabwe) do not.
      .replace(
        /<\/?(?:p|div|li|h[1-6]|br|tr|td|th|figure|figcaption|blockquote|ul|ol|table|section|article|header|footer|pre|hr|img|dd|dt)\b[^>]*>/gi,
        ' ',
      )
      .replace(/<[^>]*>/g, '')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
      .replace(/&([a-z]+);/gi, (whole, name) => NAMED[name.toLowerCase()] ?? whole)
  );
}

/** Every string value in a JSON value (for the words of a part that was left out). */
export function strings(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The value at a model path (`content_elements[5].content_elements[1]`) in a JSON value. */
export function at(value, path) {
  let node = value;
  for (const [, key, index] of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) {
    if (node == null) return undefined;
    node = index !== undefined ? node[Number(index)] : node[key];
  }
  return node;
}

/** The text blocks (v1 and the v2 text blocks of issue 15): the model reads every one an adapter writes. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'code', 'table']);

/**
 * Validates and renders an adapter's document with the blocks the model reads
 * today, and returns the rendered text plus the blocks it could not read yet
 * (v2 media and structure blocks the model does not have yet: galleries, notes,
 * social posts, embeds of other providers). A text block, or a part of one, is never among them.
 */
export async function roundTrip(document) {
  const accepted = [];
  const skipped = [];
  const partly = [];
  for (const block of document.body ?? []) {
    const one = normalise('article', { headline: 'x', body: [block] });
    if (!one.ok || one.document.body?.length !== 1) {
      skipped.push(block);
      continue;
    }
    accepted.push(block);
    // A v2 part of a block the model reads (a nested list item): left out with "must be …".
    for (const { path, message } of one.warnings) {
      if (/^must be /.test(message))
        partly.push({
          type: `${block.type}${path.slice('body[0]'.length)}`,
          part: at(block, path.slice('body[0]'.length)),
        });
    }
  }
  const unread = [...skipped.map((block) => block.type), ...partly.map(({ type }) => type)].filter((type) =>
    TEXT_BLOCKS.has(/^\w*/.exec(type)[0]),
  );
  assert.deepEqual(unread, [], 'the model reads every text block (and every part of one) the adapter writes');
  const result = normalise('article', { ...document, body: accepted });
  assert.ok(result.ok, `the converted document is valid: ${JSON.stringify(result.ok ? [] : result.issues)}`);
  const warn = console.warn;
  console.warn = () => {};
  let html;
  try {
    html = await renderToString('news-article', { ...document, body: accepted });
  } finally {
    console.warn = warn;
  }
  // What a reader sees: the shadow root's text, not the inline JSON that travels with it.
  const shown = htmlText(html.replace(/<script\b[\s\S]*?<\/script>/gi, ' '));
  return { shown, skipped: [...skipped, ...partly.map(({ type, part }) => ({ type, part }))] };
}

/**
 * Asserts that every word of `sourceText` is shown, or belongs to a part that
 * was left out with a warning or to a block the model cannot read yet.
 */
export function assertKeepsWords(t, sourceText, { shown, skipped }, leftOut = []) {
  const shownWords = words(shown);
  const excused = words([...skipped.flatMap(strings), ...leftOut].join(' '));
  const missing = [...words(sourceText)].filter((w) => !shownWords.has(w) && !excused.has(w));
  assert.deepEqual(missing, [], 'every word of the body is shown');
  if (skipped.length)
    t.diagnostic(`blocks the model cannot read yet (v2): ${[...new Set(skipped.map((b) => b.type))].join(', ')}`);
}
