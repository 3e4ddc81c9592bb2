/**
 * The one URL policy. Every URL that comes from a document passes through here
 * before it can reach an attribute.
 *
 * Allowed: `http:`, `https:` and relative URLs; links may also be `mailto:` and
 * `tel:`. Everything else is refused, including schemes disguised with case,
 * white space, control characters, HTML entities or percent-escapes.
 */
import { decodeEntities } from './rich-text/entities.js';
import { shown, type Issue } from './issues.js';

export type UrlKind = 'link' | 'resource';

const ALLOWED: Record<UrlKind, readonly string[]> = {
  link: ['http', 'https', 'mailto', 'tel'],
  resource: ['http', 'https'],
};
/** Longest URL we accept; longer strings are refused rather than carried around. */
export const MAX_URL_LENGTH = 8192;

// Characters the URL parser drops or that hide a scheme from a reader.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The scheme of a probe already stripped of INVISIBLE characters. */
function schemeOf(probe: string): string | undefined {
  const head = /^[^/?#]*/.exec(probe)![0];
  const colon = head.indexOf(':');
  // A colon before any path, query or fragment: what precedes it is, or tries
  // to be, a scheme. One we cannot name is returned as-is, so it is refused.
  if (colon < 0) return undefined;
  const scheme = head.slice(0, colon).toLowerCase();
  // `https:javascript:…` names a second scheme where the rest of the URL begins: no one
  // means that. Returned with its colon, it is not a scheme we allow.
  return /^[a-z][a-z\d+.-]*:/i.test(probe.slice(colon + 1)) ? `${scheme}:` : scheme;
}

const decodeOnce = (probe: string) =>
  decodeEntities(probe.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));

/** Every scheme a browser or a decoding step might read in the value. */
function schemesIn(value: string): string[] {
  const found: string[] = [];
  let probe = value;
  for (let round = 0; round < 4; round++) {
    probe = probe.replace(INVISIBLE, '');
    const scheme = schemeOf(probe);
    if (scheme !== undefined) found.push(scheme);
    const next = decodeOnce(probe);
    if (next === probe) break;
    probe = next;
  }
  return found;
}

/**
 * Returns the URL to put in an attribute, resolved against `base` when one is
 * given, or `undefined` when the policy refuses it.
 */
export function safeUrl(raw: unknown, kind: UrlKind, base?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim();
  if (!value || value.length > MAX_URL_LENGTH || CONTROL.test(value)) return undefined;
  if (schemesIn(value).some((scheme) => !ALLOWED[kind].includes(scheme))) return undefined;
  if (base === undefined) return srcsetSafe(value);
  try {
    const resolved = new URL(value, base);
    return ALLOWED[kind].includes(resolved.protocol.slice(0, -1)) ? srcsetSafe(resolved.href) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * In a `srcset` a space or a comma at either end splits a URL: the rest would be
 * read as another image (or the width after it as a URL). Encoded, they mean the
 * same to the server, and the URL stays one candidate.
 */
function srcsetSafe(url: string): string {
  // Counted, not matched: a pattern such as `,+$` is retried at every comma of a long run (quadratic).
  let start = 0;
  let end = url.length;
  while (url[start] === ',') start++;
  while (end > start && url[end - 1] === ',') end--;
  return '%2C'.repeat(start) + url.slice(start, end).replaceAll(' ', '%20') + '%2C'.repeat(url.length - end);
}

/**
 * `safeUrl`, and a warning at `path` when it refuses: how every URL of a
 * document (fields, spans, links in HTML fragments) is read.
 */
export function checkUrl(
  raw: unknown,
  kind: UrlKind,
  path: string,
  ctx: { base?: string; warn(issue: Issue): void },
): string | undefined {
  const url = safeUrl(raw, kind, ctx.base);
  if (url === undefined) ctx.warn({ path, message: refusedUrlMessage(raw) });
  return url;
}

/** The message for a URL the policy refused, the same for every field. */
function refusedUrlMessage(value: unknown): string {
  return `refused URL ${shown(value)}: only http:, https: and relative URLs are allowed`;
}
