/**
 * The tolerant reader: walks a raw document along its shape and returns the
 * normalised document plus warnings, or the issues that make it unusable.
 *
 * A part that fails inside a list or an optional field is left out with a
 * warning; a required field that fails takes its parent down with it, up to
 * the root, where it becomes an error. URLs pass the URL policy and are
 * resolved against the document's base; rich text is reduced to safe nodes.
 */
import { SCHEMAS, type DocumentKind, type DocumentTypes } from './schema.js';
import type { Shape } from './shape.js';
import { checkUrl } from './url-policy.js';
import { VISIBLE, normaliseInline, plainText, type InlineContext } from './rich-text/index.js';
import { describe, isRecord, joinPath, shown, type Issue } from './issues.js';

export type { Issue } from './issues.js';

/** Longest list we read; the rest is left out with a warning. */
export const MAX_LIST_LENGTH = 20000;

export type NormaliseResult<T> =
  | { ok: true; document: T; warnings: Issue[] }
  | { ok: false; issues: Issue[]; warnings: Issue[] };

class Failure {
  constructor(readonly issue: Issue) {}
}

const own = (value: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;


function walk(shape: Shape, value: unknown, path: string, ctx: InlineContext): unknown {
  const fail = (message: string) => new Failure({ path, message });
  const mustBe = (what: string) => fail(`must be ${what}, not ${describe(value)}`);
  switch (shape.t) {
    case 'string':
      if (typeof value !== 'string') return mustBe('a string');
      return shape.re && !shape.re.test(value) ? fail(shape.msg!) : value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return mustBe('a number');
      if (shape.int && !Number.isInteger(value)) return fail('must be a whole number');
      return value < shape.min || value > shape.max ? fail(`must be between ${shape.min} and ${shape.max}`) : value;
    case 'boolean':
      return typeof value === 'boolean' ? value : mustBe('true or false');
    case 'enum':
      return shape.of.includes(value as never) ? value : fail(`must be one of ${shape.of.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'date':
      return typeof value === 'string' && shape.re.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : fail('must be an ISO 8601 date such as 2021-10-20T15:30:00Z');
    case 'url':
      // A refused URL is present but unusable: its owner stays (a link becomes text, a photo keeps its caption).
      return typeof value === 'string' ? checkUrl(value, shape.kind, path, ctx) : mustBe('a URL string');
    case 'inline': {
      const rich = normaliseInline(value, path, ctx);
      if (!rich) return mustBe('text, a list of spans or {"html": "…"}');
      if (shape.filled && !VISIBLE.test(plainText(rich))) return shape.opt === true ? undefined : fail('has no text to show');
      return rich;
    }
    case 'array': {
      if (!Array.isArray(value)) return mustBe('a list');
      if (value.length > MAX_LIST_LENGTH) {
        ctx.warn({ path, message: `has ${value.length} items; only the first ${MAX_LIST_LENGTH} are used` });
      }
      const out: unknown[] = [];
      for (let i = 0; i < Math.min(value.length, MAX_LIST_LENGTH); i++) {
        const item = walk(shape.of, value[i], joinPath(path, i), ctx);
        if (item instanceof Failure) ctx.warn(item.issue);
        else out.push(item);
      }
      if (shape.filled && !out.length) return fail('has no items to show');
      if (shape.min && out.length < shape.min) ctx.warn({ path, message: `has ${out.length} item(s); at least ${shape.min} are expected` });
      return out;
    }
    case 'variant': {
      if (!isRecord(value)) return mustBe('an object');
      const tag = own(value, shape.key);
      const known = Object.keys(shape.of);
      if (typeof tag === 'string' && shape.refused && Object.prototype.hasOwnProperty.call(shape.refused, tag)) {
        return new Failure({ path: joinPath(path, shape.key), message: shape.refused[tag] });
      }
      if (typeof tag !== 'string' || !known.includes(tag)) {
        return new Failure({
          path: joinPath(path, shape.key),
          message: tag === undefined ? `is required (one of: ${known.join(', ')})` : `unknown ${shape.key} ${shown(tag)}, skipped (known: ${known.join(', ')})`,
        });
      }
      const fields = walk(shape.of[tag], value, path, ctx);
      return fields instanceof Failure ? fields : { [shape.key]: tag, ...(fields as object) };
    }
    case 'object': {
      if (!isRecord(value)) return mustBe('an object');
      // Only the shape's own keys are read, and only from the value's own
      // properties: `__proto__`, `constructor` and unknown fields never reach the output.
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(shape.of)) {
        const field = shape.of[key];
        const raw = own(value, key);
        const at = joinPath(path, key);
        // An optional field left blank ("" or spaces, as CMS templates often write it) is missing, not wrong.
        const blank = field.opt === true && typeof raw === 'string' && !VISIBLE.test(raw);
        if (raw === undefined || raw === null || blank) {
          if (!field.opt) return new Failure({ path: at, message: 'is required' });
          if (typeof field.opt === 'string') ctx.warn({ path: at, message: field.opt });
          continue;
        }
        const result = walk(field, raw, at, ctx);
        if (result instanceof Failure) {
          if (!field.opt) return result;
          ctx.warn(result.issue);
        } else if (result !== undefined) out[key] = result;
      }
      return out;
    }
  }
}

/**
 * Validates and normalises a raw document of the given kind. `base` is the
 * URL the document was fetched from, when it was fetched.
 */
export function normalise<K extends DocumentKind>(kind: K, raw: unknown, base?: string): NormaliseResult<DocumentTypes[K]> {
  const warnings: Issue[] = [];
  // One context for the whole document: its rich text shares one budget of elements.
  const result = walk(SCHEMAS[kind], raw, '', { base, warn: (issue) => warnings.push(issue) });
  if (result instanceof Failure) {
    const { path, message } = result.issue;
    return { ok: false, issues: [{ path: path || '(document)', message }], warnings };
  }
  return { ok: true, document: result as DocumentTypes[K], warnings };
}
