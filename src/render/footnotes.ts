/**
 * Footnotes: the list of notes at the end of the article, each linking back to
 * its reference in the text (see note-ref.ts). Only articles with notes use it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RichElement } from '../model/rich-text/index.js';
import type { UiStrings } from '../i18n/strings.js';
import { renderHeading } from './heading.js';
import { renderInline } from './inline.js';
import { followNote } from './note-ref.js';

export { renderNoteRef } from './note-ref.js';

export interface NotesOptions {
  strings: UiStrings;
  /** The level of the notes' heading. */
  level: number;
}

/**
 * The notes of a document, in the order of their numbers (the article's code finds them,
 * with `notesIn`, which stays out of this chunk); nothing when it has none.
 */
export function renderNotes(
  notes: readonly RichElement[],
  { strings, level }: NotesOptions,
): TemplateResult | typeof nothing {
  if (!notes.length) return nothing;
  return html`<section part="notes" role="doc-endnotes" aria-labelledby="notes-heading">
    ${renderHeading(level, 'notes-heading', strings.notes, 'notes-heading')}
    <span id="note-word" hidden>${strings.note}</span>
    <ol part="notes-list">
      ${notes.map(
        ({ n, note }) => html`<li part="footnote" id="note-${n}" tabindex="-1">${renderInline(note)}
          <a part="note-back" href="#note-ref-${n}" role="doc-backlink" aria-label="${strings.noteBack} ${n}" @click=${followNote}>\u21a9\ufe0e</a></li>`,
      )}
    </ol>
  </section>`;
}

/** The styles of the parts this module renders (adopted by the element with the module). */
export { footnotesStyles as styles } from './footnotes.styles.js';
