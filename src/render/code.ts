/**
 * The `code` block: preformatted text, shown exactly as written (white space
 * kept), never highlighted: highlighting would mean reading document text as code.
 * On a narrow screen the box scrolls sideways instead of widening the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';

type CodeBlock = Extract<Block, { type: 'code' }>;

/** The styles of the parts this module renders (adopted by the element with the module). */
export { codeStyles as styles } from './code.styles.js';

export function renderCode(block: CodeBlock, strings: UiStrings): TemplateResult {
  const { language } = block;
  // The box may scroll, so it is a labelled region that the keyboard can reach
  // (arrow keys scroll it once focused). Code reads left to right in every story;
  // `translate="no"` keeps page translators away from it.
  return html`<div part="code">
    ${language ? html`<span part="code-language" aria-hidden="true">${language}</span>` : nothing}
    <pre part="code-box" role="region" tabindex="0" dir="ltr" translate="no"
      aria-label=${language ? `${strings.code}: ${language}` : strings.code}><code>${block.text}</code></pre>
  </div>`;
}
