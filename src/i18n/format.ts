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
