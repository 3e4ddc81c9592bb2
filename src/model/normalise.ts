/**
 * The tolerant reader (./read.ts) for any kind of document, by name: for the tools
 * that read every kind (the server renderer, the CLI, `parse`, the adapters' tests).
 * It loads every kind's schema; an element hands the reader its own instead.
 */
import { SCHEMAS, type DocumentKind, type DocumentTypes } from './schema.js';
import { readDocument, type NormaliseResult } from './read.js';

export type { Issue } from './issues.js';
export type { NormaliseResult } from './read.js';

/**
 * Validates and normalises a raw document of the given kind. `base` is the
 * URL the document was fetched from, when it was fetched.
 */
export function normalise<K extends DocumentKind>(
  kind: K,
  raw: unknown,
  base?: string,
): NormaliseResult<DocumentTypes[K]> {
  return readDocument(kind, SCHEMAS[kind], raw, base);
}
