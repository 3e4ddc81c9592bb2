/**
 * Character references (`&amp;`, `&#8212;`, `&#x2014;`), decoded the one way the
 * model reads them: in HTML fragments, and in URLs before the policy looks for a scheme.
 */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019',
  ldquo: '\u201c', rdquo: '\u201d', sbquo: '\u201a', bdquo: '\u201e', laquo: '\u00ab',
  raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0',
  middot: '\u00b7', bull: '\u2022', times: '\u00d7', euro: '\u20ac', pound: '\u00a3',
  thinsp: '\u2009', zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f',
  // The ones that spell out a scheme or its separators (`javascript&colon;`).
  colon: ':', sol: '/', num: '#', quest: '?', tab: '\t', newline: '\n',
};

/** Decodes the references in `text`; an unknown name stays as written, an impossible code point becomes U+FFFD. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : '\ufffd';
  });
}
