/**
 * A footnote's reference in the text: its number, linking to the note at the end
 * of the article (footnotes.ts), which links back. The links live in a shadow root,
 * where the browser does not look for `#fragment` targets, so a click (or Enter)
 * moves the focus to the target itself; without JavaScript the numbers still pair
 * a reference with its note.
 */
import { html, type TemplateResult } from 'lit';
import type { RichElement } from '../model/rich-text/index.js';

/** Moves the focus (and so the view) to the link's target in the same root. */
export function followNote(event: Event): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const target = (link.getRootNode() as ShadowRoot).getElementById?.(link.getAttribute('href')!.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/**
 * A reference: the note's number, a link to the note. Its accessible name is
 * "Note 1" (the localised word is in the notes list, `#note-word`, which every
 * article with a reference renders), so a screen reader does not just say "1".
 */
export const renderNoteRef = ({ n }: RichElement): TemplateResult =>
  html`<sup part="note-ref"><a id="note-ref-${n}" href="#note-${n}" role="doc-noteref" aria-labelledby="note-word note-ref-${n}" @click=${followNote}>${n}</a></sup>`;
