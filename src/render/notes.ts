/**
 * Notes about the story: the aside (a fact box with its own blocks), the note
 * block (a correction, an update, an editor's note) and the article's list of
 * corrections at its end.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, BlockOf } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { formatDate } from '../i18n/format.js';
import { renderInline } from './inline.js';
import { renderHeading } from './heading.js';

export type AsideBlock = BlockOf<'aside'>;
export type NoteBlock = BlockOf<'note'>;
type InnerBlock = AsideBlock['body'][number];

export interface NotesOptions {
  strings: UiStrings;
  lang?: string;
  headingLevel: number;
}

/**
 * A fact box: a complementary landmark named by its title. Its blocks are
 * rendered by `renderChild` (the body's block renderer, passed in so that this
 * module does not import it back).
 */
export function renderAside(
  block: AsideBlock,
  options: NotesOptions,
  renderChild: (child: InnerBlock, index: number) => unknown,
): TemplateResult {
  return html`<aside part="aside" aria-label=${ifDefined(block.title)}>
    ${block.title ? renderHeading(options.headingLevel + 1, 'aside-title', block.title) : nothing}
    ${block.body.map(renderChild)}
  </aside>`;
}

const NOTE_LABELS = { correction: 'correction', update: 'update', 'editors-note': 'editorsNote' } as const;

const when = (date: string | undefined, lang: string | undefined) =>
  date ? html`<time part="note-date" datetime=${date}>${formatDate(date, lang)}</time>` : nothing;

/** "Correction, 20 October 2021: …": what kind of note, when, and what it says. */
export function renderNote(block: NoteBlock, { strings, lang }: NotesOptions): TemplateResult {
  return html`<p part="note" role="note">
    <strong part="note-label">${strings[NOTE_LABELS[block.kind]]}</strong>
    ${when(block.date, lang)}
    <span part="note-text">${renderInline(block.text)}</span>
  </p>`;
}

/** The article's corrections, after the body, under a heading of their own. */
export function renderCorrections(
  corrections: Article['corrections'],
  { strings, lang, headingLevel }: NotesOptions,
): TemplateResult | typeof nothing {
  if (!corrections?.length) return nothing;
  return html`<section part="corrections">
    ${renderHeading(headingLevel + 1, 'corrections-title', strings.corrections)}
    <ul part="corrections-list">
      ${corrections.map((c) => html`<li part="correction">${when(c.date, lang)} <span part="note-text">${renderInline(c.text)}</span></li>`)}
    </ul>
  </section>`;
}

/** The styles of the parts this module renders (adopted by the element with the module). */
export { notesStyles as styles } from './notes.styles.js';
