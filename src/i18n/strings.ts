import { warn } from '../base/log.js';
import { feature } from '../loader/on-demand.js';

/** The words the elements show that do not come from the document. */
export interface UiStrings {
  /** Before the list of authors: "By A, B and C". */
  by: string;
  /** Before the date of the last change. */
  updated: string;
  /** The label of a photo's credit. */
  photo: string;
  /** The default label of a `link` block. */
  readAlso: string;
  /** The default heading of a related-links block. */
  related: string;
  /** The accessible name of a video's play button, followed by the video's title. */
  playVideo: string;
  /** Shown in place of content that could not be rendered. */
  error: string;
  /** The label of the tag list. */
  tags: string;
  /** The name of a code block's scrolling region ("Code: python" with a language). */
  code: string;
  /** The name of a table's scrolling region when the table has no caption. */
  table: string;
  /** The heading of the footnotes at the end of an article. */
  notes: string;
  /** Before a footnote's number, in the reference's accessible name: "Note 1". */
  note: string;
  /** The accessible name of a note's link back to its reference, before the number. */
  noteBack: string;
  /** The link of a social card to the original post: `{a}` is the author, `{p}` the provider. */
  viewPost: string;
  /** The label of a `note` block of kind `correction`. */
  correction: string;
  /** The label of a `note` block of kind `update`. */
  update: string;
  /** The label of a `note` block of kind `editors-note`. */
  editorsNote: string;
  /** The heading of the article's list of corrections. */
  corrections: string;
  /** The link to an audio block's transcript. */
  transcript: string;
}

// One row per language: the strings in the order of KEYS, joined by "|" (shorter than
// an object per language once compressed). English ships with the elements; the
// other rows (./translations.ts) load when a document needs them.
const KEYS = [
  'by',
  'updated',
  'photo',
  'readAlso',
  'related',
  'playVideo',
  'error',
  'tags',
  'code',
  'table',
  'notes',
  'note',
  'noteBack',
  'viewPost',
  'correction',
  'update',
  'editorsNote',
  'corrections',
  'transcript',
] as const;
const ENGLISH =
  'By|Updated|Photo:|Read also|Related|Play video|This content could not be loaded.|Tags|Code|Table|Notes|Note|Back to reference|' +
  'View the post by {a} on {p}|Correction|Update|Editor’s note|Corrections|Transcript';
/** The languages ./translations.ts has words for. */
const TRANSLATED = ['ar', 'fa', 'ps', 'ru', 'fr', 'de', 'es'];

/** The base language of a tag: "pt-BR" → "pt". */
const baseLanguage = (lang: string | undefined) => (lang ?? '').toLowerCase().split(/[-_]/)[0];

/** Whether the words for `lang` are in ./translations.ts (the `strings` feature), not built in. */
export const needsTranslation = (lang: string | undefined): boolean => TRANSLATED.includes(baseLanguage(lang));

/** Overrides already reported for holding something other than text: each is reported once. */
const reported = new WeakSet<object>();

/**
 * The strings for a language, with the host's overrides on top: English when we
 * have none, and until the translations are loaded (the loader loads them first).
 * An override is shown as text whatever it is (a DOM node or an object shaped like
 * a Lit template would otherwise be rendered as such); one that is not a string is
 * reported once per `strings` object, and one that cannot be read as text is left out.
 */
export function stringsFor(lang: string | undefined, overrides?: Partial<UiStrings>): UiStrings {
  const own = needsTranslation(lang) ? feature('strings')?.TRANSLATIONS[baseLanguage(lang)] : undefined;
  const row = (own ?? ENGLISH).split('|');
  const strings = Object.fromEntries(KEYS.map((key, i) => [key, row[i]])) as unknown as UiStrings;
  if (typeof overrides !== 'object' || overrides === null) return strings;
  const wrong: string[] = [];
  for (const key of KEYS) {
    try {
      const value: unknown = overrides[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string') wrong.push(key);
      strings[key] = String(value);
    } catch {
      // A getter that throws, an object with no text form: the built-in string stays.
      wrong.push(key);
    }
  }
  if (wrong.length && !reported.has(overrides)) {
    reported.add(overrides);
    warn(`strings: ${wrong.join(', ')} must be text; shown as text, or left out when it has none`);
  }
  return strings;
}

const RTL = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'iw', 'yi', 'dv', 'sd', 'ug', 'ckb', 'ku', 'syr', 'ks']);

/** The direction a language is written in. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  const script = /-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/i.test(lang ?? '');
  return script || RTL.has(baseLanguage(lang)) ? 'rtl' : 'ltr';
}
