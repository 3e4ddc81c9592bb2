/** Headings by level, safely: the tag name is h1–h6 from a clamped integer, never document text. */
import type { TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The level clamped to 1–6 (anything unusable becomes 2, the default). */
export const clampLevel = (level: unknown): number => Math.min(6, Math.max(1, Math.round(Number(level)) || 2));

/** `<hN part=…>content</hN>`, N clamped to 1–6: the one place that chooses a heading's tag. `id` is ours, never document text. */
export const renderHeading = (level: number, part: string, content: unknown, id?: string): TemplateResult => {
  const h = unsafeStatic(`h${clampLevel(level)}`);
  return staticHtml`<${h} part=${part} id=${ifDefined(id)}>${content}</${h}>`;
};
