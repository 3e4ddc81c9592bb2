/**
 * The `table` block: optional caption, header rows (`th scope="col"`), an optional
 * header column (`th scope="row"`), cells of rich text, alignment per column.
 * A table wider than its container scrolls inside a labelled, focusable region
 * instead of widening the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { plainText, type RichText } from '../model/rich-text/index.js';
import { renderInline } from './inline.js';

type TableBlock = Extract<Block, { type: 'table' }>;
type Align = NonNullable<TableBlock['align']>[number];

/** The class of a cell in column `col`: its alignment, when not the default (start). */
const alignOf = (align: readonly Align[] | undefined, col: number) =>
  align?.[col] && align[col] !== 'start' ? `align-${align[col]}` : '';

/** A header cell; an empty one is a plain cell (a header that names nothing confuses screen readers). */
function headerCell(cell: RichText, scope: 'col' | 'row', className: string): TemplateResult {
  return plainText(cell).trim()
    ? html`<th scope=${scope} class=${className}>${renderInline(cell)}</th>`
    : html`<td class=${className}></td>`;
}

export function renderTable(block: TableBlock, strings: UiStrings): TemplateResult {
  const { caption, head, rows, rowHeaders, align } = block;
  const name = (caption && plainText(caption).trim()) || strings.table;
  // tabindex: a region that scrolls must be reachable by keyboard (arrow keys then scroll it).
  return html`<div part="table-scroll" role="region" tabindex="0" aria-label=${name}>
    <table part="table">
      ${caption?.length ? html`<caption part="table-caption">${renderInline(caption)}</caption>` : nothing}
      ${
        head?.length
          ? html`<thead>${head.map((row) => html`<tr>${row.map((cell, col) => headerCell(cell, 'col', alignOf(align, col)))}</tr>`)}</thead>`
          : nothing
      }
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>${row.map((cell, col) =>
              rowHeaders && col === 0
                ? headerCell(cell, 'row', alignOf(align, col))
                : html`<td class=${alignOf(align, col)}>${renderInline(cell)}</td>`,
            )}</tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The styles of the parts this module renders (adopted by the element with the module). */
export { tableStyles as styles } from './table.styles.js';
