/**
 * The tolerant reader: walks a raw document along its shape and returns the
 * normalised document plus warnings, or the issues that make it unusable.
 *
 * A part that fails inside a list or an optional field is left out with a
 * warning; a required field that fails takes its parent down with it, up to
 * the root, where it becomes an error. URLs pass the URL policy and are
 * resolved against the document's base; rich text is reduced to safe nodes.
 *
 * It knows no document kind: each element hands it its own schema (so a page
 * showing photos does not load the article's blocks); `normalise` (./normalise.ts)
 * looks the schema up by kind for the tools that read every kind.
 */
import type { DocumentKind, DocumentSchema, DocumentTypes } from './schema.js';
import type { Shape } from './shape.js';
import { checkUrl } from './url-policy.js';
import { spend, spent } from './budget.js';
import { VISIBLE, normaliseInline, plainText, type InlineContext } from './rich-text/index.js';
import { describe, isRecord, joinPath, shown, type Issue } from './issues.js';
import type { Feature } from '../loader/on-demand.js';

export type { Issue } from './issues.js';

/**
 * `needs` lists on-demand code the model found the document needs
 * (src/loader/on-demand.ts): the HTML reader when it is not loaded yet (until it is,
 * the result is incomplete, and the caller loads it and normalises again), and
 * the footnotes' renderer when the document has footnotes.
 */
export type NormaliseResult<T> =
  | { ok: true; document: T; warnings: Issue[]; needs: Set<Feature> }
  | { ok: false; issues: Issue[]; warnings: Issue[]; needs: Set<Feature> };

/**
 * What makes a value unusable: every problem found in it, not just the first.
 * No issues when nothing more needs saying (the node budget already warned).
 */
class Failure {
  constructor(readonly issues: Issue[] = []) {}
}

/** Reports a failure of a part that is left out as warnings. */
const warnAbout = (ctx: InlineContext, failure: Failure) => {
  for (const issue of failure.issues) ctx.warn(issue);
};

const own = (value: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;

function walk(shape: Shape, value: unknown, path: string, ctx: InlineContext): unknown {
  const fail = (message: string) => new Failure([{ path, message }]);
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
      return shape.of.includes(value as never)
        ? value
        : fail(`must be one of ${shape.of.map((v) => JSON.stringify(v)).join(', ')}`);
    case 'date':
      return typeof value === 'string' && shape.re.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : fail('must be an ISO 8601 date such as 2021-10-20T15:30:00Z');
    case 'url':
      // A refused URL is present but unusable: its owner stays (a link becomes text, a photo keeps its caption).
      return typeof value === 'string' ? checkUrl(value, shape.kind, path, ctx) : mustBe('a URL string');
    case 'inline': {
      const rich = normaliseInline(value, path, ctx);
      if (!rich && shape.cell) {
        // A table cell keeps its place (else the row would shift a column): empty, and said.
        ctx.warn({
          path,
          message: `must be text, a list of spans or {"html": "…"}, not ${describe(value)}: shown empty`,
        });
        return [];
      }
      if (!rich) return mustBe('text, a list of spans or {"html": "…"}');
      if (shape.filled && !VISIBLE.test(plainText(rich)))
        return shape.opt === true ? undefined : fail('has no text to show');
      return rich;
    }
    case 'paragraphs': {
      // A list holding a list or an {html} is paragraphs; a list of strings and spans is one paragraph, as in v1.
      const many =
        Array.isArray(value) && value.some((v) => Array.isArray(v) || (isRecord(v) && own(v, 'html') !== undefined));
      if (!many) {
        const one = walk({ t: 'inline', filled: shape.filled }, value, path, ctx);
        return one instanceof Failure ? one : [one];
      }
      const out: unknown[] = [];
      const items = value as unknown[];
      for (let i = 0; i < items.length; i++) {
        const at = joinPath(path, i);
        // Every paragraph is a node to render: past the document's budget the rest is left out (see budget.ts).
        if (!spend(ctx, at)) break;
        // A blank paragraph is left out quietly, as extra white space in HTML would be.
        const rich = walk({ t: 'inline', filled: true, opt: true }, items[i], at, ctx);
        if (rich instanceof Failure) warnAbout(ctx, rich);
        else if (rich) out.push(rich);
      }
      if (!shape.filled || out.length) return out;
      return spent(ctx) ? new Failure() : fail('has no text to show');
    }
    case 'item': {
      // Rich text alone is shorthand for an object with just that field (a list item without a sub-list).
      if (isRecord(value) && own(value, 'html') === undefined) return walk(shape.of, value, path, ctx);
      const text = walk(shape.of.of[shape.key], value, path, ctx);
      return text instanceof Failure ? text : { [shape.key]: text };
    }
    case 'cut':
      return fail(shape.msg);
    case 'array': {
      if (!Array.isArray(value)) return mustBe('a list');
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const at = joinPath(path, i);
        // Every item is a node to render: past the document's budget the rest is left out (see budget.ts).
        if (!spend(ctx, at)) break;
        const item = walk(shape.of, value[i], at, ctx);
        if (!(item instanceof Failure)) out.push(item);
        else if (shape.fill === undefined) warnAbout(ctx, item);
        else {
          // Left out, it would move every later item up a place (a column's alignment to the next column).
          for (const issue of item.issues)
            ctx.warn({ ...issue, message: `${issue.message}: "${shape.fill}" used instead` });
          out.push(shape.fill);
        }
      }
      if (shape.filled && !out.length) return spent(ctx) ? new Failure() : fail('has no items to show');
      if (shape.min && out.length < shape.min)
        ctx.warn({ path, message: `has ${out.length} item(s); at least ${shape.min} are expected` });
      return out;
    }
    case 'variant': {
      if (!isRecord(value)) return mustBe('an object');
      const tag = own(value, shape.key);
      const known = Object.keys(shape.of);
      if (typeof tag === 'string' && shape.refused && Object.prototype.hasOwnProperty.call(shape.refused, tag)) {
        return new Failure([{ path: joinPath(path, shape.key), message: shape.refused[tag] }]);
      }
      if (typeof tag !== 'string' || !known.includes(tag)) {
        return new Failure([
          {
            path: joinPath(path, shape.key),
            message:
              tag === undefined
                ? `is required (one of: ${known.join(', ')})`
                : `unknown ${shape.key} ${shown(tag)}, skipped (known: ${known.join(', ')})`,
          },
        ]);
      }
      const fields = walk(shape.of[tag], value, path, ctx);
      return fields instanceof Failure ? fields : { [shape.key]: tag, ...(fields as object) };
    }
    case 'object': {
      if (!isRecord(value)) return mustBe('an object');
      // Only the shape's own keys are read, and only from the value's own
      // properties: `__proto__`, `constructor` and unknown fields never reach the output.
      const out: Record<string, unknown> = {};
      // A required field that fails sinks the object, but the other fields are still read:
      // a publisher sees every problem in one pass, not one per round of fixes.
      const failed: Issue[] = [];
      let sunk = false;
      for (const key of Object.keys(shape.of)) {
        const field = shape.of[key];
        const raw = own(value, key);
        const at = joinPath(path, key);
        // An optional field left blank ("" or spaces, as CMS templates often write it) is missing, not wrong.
        const blank = field.opt === true && typeof raw === 'string' && !VISIBLE.test(raw);
        if (raw === undefined || raw === null || blank) {
          if (!field.opt) {
            failed.push({ path: at, message: 'is required' });
            sunk = true;
          } else if (typeof field.opt === 'string') ctx.warn({ path: at, message: field.opt });
          continue;
        }
        const result = walk(field, raw, at, ctx);
        if (result instanceof Failure) {
          if (!field.opt) {
            failed.push(...result.issues);
            sunk = true;
          } else warnAbout(ctx, result);
        } else if (result !== undefined) out[key] = result;
      }
      if (sunk) return new Failure(failed);
      shape.check?.(out, path, ctx.warn, ctx.needs);
      return out;
    }
  }
}

/**
 * Validates and normalises a raw document of the given kind along `schema`, that
 * kind's schema. `base` is the URL the document was fetched from, when it was fetched.
 */
export function readDocument<K extends DocumentKind>(
  kind: K,
  schema: DocumentSchema<K>,
  raw: unknown,
  base?: string,
): NormaliseResult<DocumentTypes[K]> {
  const warnings: Issue[] = [];
  const needs = new Set<Feature>();
  // One context for the whole document: its rich text shares one budget of elements.
  // Only an article has a place for footnotes (listed at its end).
  const result = walk(schema, raw, '', {
    base,
    warn: (issue) => warnings.push(issue),
    needs,
    notes: kind === 'article',
  });
  if (result instanceof Failure) {
    const found = result.issues.length ? result.issues : warnings.slice(-1);
    const issues = found.map(({ path, message }) => ({ path: path || '(document)', message }));
    return { ok: false, issues, warnings, needs };
  }
  return { ok: true, document: result as DocumentTypes[K], warnings, needs };
}
