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

export function formatDate(iso: string, lang: string | undefined): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long' }).format(new Date(iso));
}

export function formatList(items: string[], lang: string | undefined): string {
  return new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(items);
}

/** Date and time, for the "Updated" line (an update often lands the same day). */
export function formatDateTime(iso: string, lang: string | undefined): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * A list joined the language's way ("A, B and C"), with each item kept as the
 * caller's value so it can be a link: the separators come from `Intl.ListFormat`.
 */
export function formatListParts<T>(items: T[], labels: string[], lang: string | undefined): (T | string)[] {
  let i = 0;
  return new Intl.ListFormat(locale(lang), { type: 'conjunction' })
    .formatToParts(labels)
    .map((part) => (part.type === 'element' ? items[i++] : part.value));
}
