/**
 * All of HTML 4's named character references, for the HTML reader (./html-fragment.ts) and the
 * adapters' tree builder: loaded with the HTML reader, on demand, so a page whose documents have
 * no `{"html"}` text does not pay for the table (the URL policy reads a few names, ./entities.ts).
 */
import { decodeEntities, readNames, type EntityNames } from './entities.js';

/**
 * The names we read: all 252 of HTML 4.01 (what CMSs write), with HTML's values
 * (`&lang;` is U+27E8), plus typographic spaces, dashes and quotes and the ones that
 * spell a URL scheme (`javascript&colon;`). Written compactly, as `name` (the previous code point + 1) or
 * `name:hex`, because most come in runs (Latin-1 is 96 names for 96 code points): about
 * 1.1 KB gzip, a third less than a `{name: "char"}` object (figures in docs/performance.md).
 * Names before `|` are the HTML spec's legacy ones, which a browser also reads without their `;`.
 */
const TABLE =
  'quot:22 amp:26 lt:3c gt:3e QUOT:22 AMP:26 LT:3c GT:3e nbsp:a0 iexcl cent pound curren yen brvbar sect uml copy ordf laquo ' +
  'not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute ' +
  'Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave ' +
  'uacute ucirc uuml yacute thorn yuml COPY:a9 REG:ae|' +
  'OElig:152 oelig Scaron:160 scaron Yuml:178 fnof:192 circ:2c6 tilde:2dc Alpha:391 Beta Gamma Delta Epsilon Zeta Eta Theta ' +
  'Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma:3a3 Tau Upsilon Phi Chi Psi Omega alpha:3b1 beta gamma delta epsilon zeta ' +
  'eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym:3d1 upsih piv:3d6 ' +
  'ensp:2002 emsp emsp13 emsp14 numsp:2007 puncsp thinsp hairsp zwnj:200c zwj lrm rlm hyphen dash:2010 ndash:2013 mdash horbar lsquo:2018 ' +
  'rsquo sbquo ldquo:201c rdquo bdquo dagger:2020 Dagger bull nldr:2025 hellip permil:2030 prime:2032 Prime lsaquo:2039 rsaquo ' +
  'oline:203e frasl:2044 euro:20ac image:2111 weierp:2118 real:211c trade:2122 alefsym:2135 larr:2190 uarr rarr darr harr ' +
  'crarr:21b5 lArr:21d0 uArr rArr dArr hArr forall:2200 part:2202 exist empty:2205 nabla:2207 isin notin ni:220b prod:220f ' +
  'sum:2211 minus lowast:2217 radic:221a prop:221d infin ang:2220 and:2227 or cap cup int there4:2234 sim:223c cong:2245 ' +
  'asymp:2248 ne:2260 equiv le:2264 ge sub:2282 sup nsub sube:2286 supe oplus:2295 otimes:2297 perp:22a5 sdot:22c5 ' +
  'lceil:2308 rceil lfloor rfloor lang:27e8 rang loz:25ca spades:2660 clubs:2663 hearts:2665 diams bullet:2022 mldr:2026 ' +
  'lsquor:201a rsquor:2019 ldquor:201e rdquor:201d apos:27 Tab:9 NewLine num:23 sol:2f colon:3a quest:3f';

let html: EntityNames | undefined;

/** Decodes the references of an HTML fragment's text or attribute value, as a browser does. */
export const decodeHtmlEntities = (text: string, where: 'text' | 'attribute'): string =>
  decodeEntities(text, where, (html ??= readNames(TABLE)));
