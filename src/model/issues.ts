/** A problem found in a document: where (`body[3].src`) and what, for a publisher. */
export interface Issue {
  path: string;
  message: string;
  /**
   * Set on what an adapter reported (the element's `format`): the format it read,
   * and `path` is a place in that source (`content_elements[4].type`), not in our document.
   */
  source?: string;
}

/** What a value is, for a message: "a list", "the number 42". */
export function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string'
      ? 'a string'
      : `${typeof value === 'number' ? 'the number' : typeof value} ${String(value).slice(0, 20)}`;
  }
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** A value as a message quotes it: a string in quotes (cut at 60), anything else described. */
export const shown = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : describe(value);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Joins a property or index onto a path: `body` + 3 → `body[3]`, `body[3]` + `src` → `body[3].src`. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
