/** A problem found in a document: where (`body[3].src`) and what, for a publisher. */
export interface Issue {
  path: string;
  message: string;
}

/** Joins a property or index onto a path: `body` + 3 → `body[3]`, `body[3]` + `src` → `body[3].src`. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
