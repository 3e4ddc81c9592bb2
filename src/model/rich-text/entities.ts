/**
 * Character references (`&amp;`, `&#8212;`, `&#x2014;`), decoded the two ways the
 * model reads them: in HTML fragments as a browser does, and in URLs, before the
 * policy looks for a scheme, every one that could spell one.
 */
/** The names a browser also reads without their `;` (the HTML spec's legacy ones); the others need it. */
const LEGACY: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', shy: '\u00ad', laquo: '\u00ab', raquo: '\u00bb',
  copy: '\u00a9', reg: '\u00ae', deg: '\u00b0', middot: '\u00b7', times: '\u00d7', pound: '\u00a3',
};
const ENTITIES: Record<string, string> = {
  ...LEGACY,
  apos: "'", mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019',
  ldquo: '\u201c', rdquo: '\u201d', sbquo: '\u201a', bdquo: '\u201e', trade: '\u2122', bull: '\u2022',
  euro: '\u20ac', thinsp: '\u2009', zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f',
  // The ones that spell out a scheme or its separators (`javascript&colon;`).
  colon: ':', sol: '/', num: '#', quest: '?', tab: '\t', newline: '\n',
};

/**
 * Decodes the references in `text`; an unknown name stays as written, an impossible code point becomes U+FFFD.
 * `html` reads as a browser reads an HTML fragment's text or attribute values; without it, a name is read with
 * or without its `;`, so the URL policy sees every scheme a value might spell.
 */
export function decodeEntities(text: string, html?: 'text' | 'attribute'): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+)(;?)(?=([=\d]?))/gi, (whole, ref: string, semicolon: string, next: string) => {
    if (ref[0] !== '#') {
      const name = ref.toLowerCase();
      // Without its `;` a browser reads only a legacy name, and in an attribute not before
      // `=` or an alphanumeric (`next`; a letter is part of `ref`): `?q=x&num=10&copy=1` stays a query.
      if (html && !semicolon && (!LEGACY[name] || (html === 'attribute' && next))) return whole;
      // Only our own names: `&constructor;` is not Object.prototype's.
      const value = ENTITIES[name];
      return typeof value == 'string' ? value : whole;
    }
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : '\ufffd';
  });
}
