/**
 * The tolerant reader: walks a raw document along its schema and returns the
 * normalised document plus warnings, or the issues that make it unusable.
 *
 * A part that fails inside a list or an optional field is left out with a
 * warning; a required field that fails takes its parent down with it, up to
 * the root, where it becomes an error. URLs pass the URL policy and are
 * resolved against the document's base; rich text is reduced to safe nodes.
 */
import * as v from 'valibot';
import { SCHEMAS, type DocumentKind, type DocumentTypes } from './schema.js';
import { refusedUrlMessage, safeUrl, type UrlKind } from './url-policy.js';
import { normaliseInline } from './rich-text.js';
import { joinPath, type Issue } from './issues.js';

export type { Issue } from './issues.js';

/** Longest list we read; the rest is left out with a warning. */
export const MAX_LIST_LENGTH = 20000;

export type NormaliseResult<T> =
  | { ok: true; document: T; warnings: Issue[] }
  | { ok: false; issues: Issue[]; warnings: Issue[] };

interface Context {
  base?: string;
  warnings: Issue[];
}

class Failure {
  constructor(readonly issue: Issue) {}
}

// The walker reads the schema objects valibot builds; this is the subset of their shape it uses.
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  key?: string;
  options?: SchemaNode[];
  literal?: unknown;
  pipe?: { type: string; metadata?: Record<string, unknown> }[];
}

const EXPECTED: Record<string, string> = {
  string: 'a string', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list',
};

function metadataOf(schema: SchemaNode): Record<string, unknown> {
  return schema.pipe?.find((action) => action.type === 'metadata')?.metadata ?? {};
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value === 'string' ? 'a string' : `${typeof value} ${String(value).slice(0, 20)}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function walk(schema: SchemaNode, value: unknown, path: string, ctx: Context): unknown {
  const meta = metadataOf(schema);
  if (schema.type === 'optional') {
    if (value === undefined || value === null) {
      if (typeof meta.recommended === 'string') ctx.warnings.push({ path, message: meta.recommended });
      return undefined;
    }
    return walk(schema.wrapped!, value, path, ctx);
  }
  if (value === undefined) return new Failure({ path, message: 'is required' });
  if (meta.url) {
    if (typeof value !== 'string') return new Failure({ path, message: `must be a URL string, not ${describe(value)}` });
    const url = safeUrl(value, meta.url as UrlKind, ctx.base);
    // A refused URL is present but unusable: its owner stays (a link becomes text, a photo keeps its caption).
    if (url === undefined) ctx.warnings.push({ path, message: refusedUrlMessage(value) });
    return url;
  }
  if (meta.inline) {
    const rich = normaliseInline(value, path, { base: ctx.base, warn: (issue) => ctx.warnings.push(issue) });
    return rich ?? new Failure({ path, message: `must be text, a list of spans or {"html": "…"}, not ${describe(value)}` });
  }
  switch (schema.type) {
    case 'object':
      return walkObject(schema.entries!, value, path, ctx);
    case 'variant':
      return walkVariant(schema, value, path, ctx);
    case 'array': {
      if (!Array.isArray(value)) return new Failure({ path, message: `must be a list, not ${describe(value)}` });
      if (value.length > MAX_LIST_LENGTH) {
        ctx.warnings.push({ path, message: `has ${value.length} items; only the first ${MAX_LIST_LENGTH} are shown` });
      }
      const out: unknown[] = [];
      for (let i = 0; i < Math.min(value.length, MAX_LIST_LENGTH); i++) {
        const item = walk(schema.item!, value[i], joinPath(path, i), ctx);
        if (item instanceof Failure) ctx.warnings.push(item.issue);
        else out.push(item);
      }
      return out;
    }
  }
  const result = v.safeParse(schema as unknown as v.GenericSchema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  return new Failure({
    path,
    message: issue.kind === 'schema' && EXPECTED[issue.type] ? `must be ${EXPECTED[issue.type]}, not ${describe(value)}` : issue.message,
  });
}

function walkObject(entries: Record<string, SchemaNode>, value: unknown, path: string, ctx: Context, skip?: string): unknown {
  if (!isRecord(value)) return new Failure({ path, message: `must be an object, not ${describe(value)}` });
  // Only the schema's own keys are read, and only from the value's own properties,
  // so `__proto__`, `constructor` and unknown fields never reach the output.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(entries)) {
    if (key === skip) continue;
    const entry = entries[key];
    const raw = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
    const result = walk(entry, raw, joinPath(path, key), ctx);
    if (result instanceof Failure) {
      if (entry.type !== 'optional') return result;
      ctx.warnings.push(result.issue);
    } else if (result !== undefined) out[key] = result;
  }
  return out;
}

function walkVariant(schema: SchemaNode, value: unknown, path: string, ctx: Context): unknown {
  if (!isRecord(value)) return new Failure({ path, message: `must be an object, not ${describe(value)}` });
  const key = schema.key!;
  const tag = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
  const option = schema.options!.find((o) => o.entries![key].literal === tag);
  if (!option) {
    const known = schema.options!.map((o) => o.entries![key].literal).join(', ');
    return new Failure({
      path: joinPath(path, key),
      message: tag === undefined ? `is required (one of: ${known})` : `unknown ${key} ${JSON.stringify(tag)}, skipped (known: ${known})`,
    });
  }
  const result = walkObject(option.entries!, value, path, ctx, key);
  return result instanceof Failure ? result : { [key]: tag, ...(result as object) };
}

/**
 * Validates and normalises a raw document of the given kind. `base` is the
 * URL the document was fetched from, when it was fetched.
 */
export function normalise<K extends DocumentKind>(kind: K, raw: unknown, base?: string): NormaliseResult<DocumentTypes[K]> {
  const ctx: Context = { base, warnings: [] };
  const result = walk(SCHEMAS[kind] as unknown as SchemaNode, raw, '', ctx);
  if (result instanceof Failure) {
    const issue = result.issue.path ? result.issue : { path: '(document)', message: result.issue.message };
    return { ok: false, issues: [issue], warnings: ctx.warnings };
  }
  return { ok: true, document: result as DocumentTypes[K], warnings: ctx.warnings };
}
