/**
 * Character references (`&amp;`, `&eacute;`, `&#8212;`, `&#x2014;`), decoded the two ways the
 * model reads them: in HTML fragments as a browser does, and in URLs, before the
 * policy looks for a scheme, every one that could spell one.
 */

/** A table of names, read: the names, the same in lower case (the first of each spelling), the legacy ones. */
export interface EntityNames {
  names: Map<string, string>;
  folded: Map<string, string>;
  legacy: Set<string>;
}

/**
 * Reads a table written compactly, as `name` (the previous code point + 1) or `name:hex`
 * (names come in runs); names before `|` are the HTML spec's legacy ones, which a browser also
 * reads without their `;`. Into Maps, so `&constructor;` finds nothing. Linear in its length.
 */
export function readNames(table: string): EntityNames {
  const read: EntityNames = { names: new Map(), folded: new Map(), legacy: new Set() };
  let code = 0;
  table.split('|').forEach((part, i) => {
    for (const token of part.split(' ')) {
      const [name, hex] = token.split(':');
      code = hex ? parseInt(hex, 16) : code + 1;
      const char = String.fromCodePoint(code);
      read.names.set(name, char);
      if (!read.folded.has(name.toLowerCase())) read.folded.set(name.toLowerCase(), char);
      if (!i) read.legacy.add(name);
    }
  });
  return read;
}

/**
 * The names the URL policy reads: every one that decodes to ASCII or to a character the URL
 * parser drops (a name left as written before a colon makes a scheme we refuse, so these are
 * the ones that could hide one: `javascript&colon;`, `java&Tab;script:`). The HTML reader reads
 * all of HTML 4's (./html-entities.ts, loaded with it).
 */
const URL_NAMES =
  'quot:22 amp:26 lt:3c gt:3e nbsp:a0 shy:ad|apos:27 Tab:9 NewLine num:23 sol:2f colon:3a quest:3f ' +
  'ensp:2002 emsp emsp13 emsp14 numsp:2007 puncsp thinsp hairsp zwnj:200c zwj lrm rlm';
let urlNames: EntityNames | undefined;

/**
 * Decodes the references in `text` with `table`'s names (by default the URL policy's); an unknown name
 * stays as written, an impossible code point becomes U+FFFD.
 * `html` reads as a browser reads an HTML fragment's text or attribute values (names are case-sensitive:
 * `&Eacute;` is É, `&eacute;` é); without it, a name is read in any case and with or without its `;`,
 * so the URL policy sees every scheme a value might spell.
 */
export function decodeEntities(text: string, html?: 'text' | 'attribute', table?: EntityNames): string {
  const { names, folded, legacy } = table ?? (urlNames ??= readNames(URL_NAMES));
  // A name's digits count only before its `;` (`&frac14;`), so `&amp1` is `&` and 1, as a browser reads it.
  return text.replace(
    /&(#x[0-9a-f]+|#\d+|[a-z]+(?:\d+(?=;))?)(;?)(?=([=\d]?))/gi,
    (whole, ref: string, semicolon: string, next: string) => {
      if (ref[0] !== '#') {
        const value = names.get(ref) ?? (html ? undefined : folded.get(ref.toLowerCase()));
        // Without its `;` a browser reads only a legacy name, and in an attribute not before
        // `=` or an alphanumeric (`next`; a letter is part of `ref`): `?q=x&num=10&copy=1` stays a query.
        if (html && !semicolon && (!legacy.has(ref) || (html === 'attribute' && next))) return whole;
        return value ?? whole;
      }
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}
