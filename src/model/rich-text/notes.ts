/**
 * Footnotes in a normalised document: found and numbered once an article is read
 * (its schema's check, ../schema/article.ts), listed by the footnotes' renderer. Only
 * an article has footnotes, so only its code holds this.
 */
import type { RichElement } from './nodes.js';

/**
 * Every footnote reference in a normalised document, in document order (the order
 * of the schema's fields, which is the order they are shown in). Linear in the document.
 */
export function notesIn(value: unknown, found: RichElement[] = []): RichElement[] {
  if (Array.isArray(value)) {
    for (const item of value) notesIn(item, found);
  } else if (value && typeof value === 'object') {
    const node = value as Partial<RichElement>;
    if (node.tag === 'sup' && node.note) found.push(node as RichElement);
    else for (const key of Object.keys(value)) notesIn((value as Record<string, unknown>)[key], found);
  }
  return found;
}

/** Numbers the footnote references of a normalised document 1, 2, 3… in document order. */
export function numberNotes(document: object): void {
  notesIn(document).forEach((note, i) => (note.n = i + 1));
}
