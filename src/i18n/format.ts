/** Dates and lists in the document's language, through `Intl`. */

/** `Intl` throws on a malformed tag; such a tag falls back to the runtime's language. */
function locale(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

// Building an Intl formatter costs far more than using one; a page renders many dates in few languages.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  lang: string | undefined,
  make: (locale?: string) => T,
): T {
  const key = `${kind} ${lang ?? ''}`;
  let found = formatters.get(key) as T | undefined;
  if (!found) formatters.set(key, (found = make(locale(lang))));
  return found;
}
// Digits: CLDR now gives Arabic without a region Latin digits; older ICUs (WebKitGTK's is the system's)
// give Arabic-Indic ones. Pinned, so every engine and the server print the same date. A region
// (`ar-EG`) or an explicit `ar-u-nu-arab` keeps the digits it asks for.
const digits = (l?: string) => (l && /^ar(-Arab)?$/.test(l) ? 'latn' : undefined);
// A date without a time ("2021-10-20") is that day everywhere: read as UTC midnight, it is shown in UTC,
// else readers (and servers) west of Greenwich would see the day before.
const dateOnly = (iso: string) => !iso.includes(':');
const dates = (lang?: string, utc?: boolean) =>
  formatter(
    utc ? 'u' : 'd',
    lang,
    (l) =>
      new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: utc ? 'UTC' : undefined, numberingSystem: digits(l) }),
  );
const dateTimes = (lang?: string) =>
  formatter(
    't',
    lang,
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeStyle: 'short', numberingSystem: digits(l) }),
  );
const lists = (lang?: string) => formatter('l', lang, (l) => new Intl.ListFormat(l, { type: 'conjunction' }));

export function formatDate(iso: string, lang: string | undefined): string {
  return dates(lang, dateOnly(iso)).format(new Date(iso));
}

/** Date and time, for the "Updated" line (an update often lands the same day); just the date when that is all there is. */
export function formatDateTime(iso: string, lang: string | undefined): string {
  return dateOnly(iso) ? formatDate(iso, lang) : dateTimes(lang).format(new Date(iso));
}

/**
 * A list joined the language's way ("A, B and C"), with each item kept as the
 * caller's value so it can be a link: the separators come from `Intl.ListFormat`.
 */
export function formatListParts<T>(items: T[], labels: string[], lang: string | undefined): (T | string)[] {
  let i = 0;
  return lists(lang)
    .formatToParts(labels)
    .map((part) => (part.type === 'element' ? items[i++] : part.value));
}
