/** Headings by level, safely: the tag name is h1–h6 from a clamped integer, never document text. */
import type { TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/** The level clamped to 1–6 (anything unusable becomes 2, the default). */
export const clampLevel = (level: unknown): number => Math.min(6, Math.max(1, Math.round(Number(level)) || 2));

/** `<hN part=…>content</hN>`, N clamped to 1–6: the one place that chooses a heading's tag. */
export const renderHeading = (level: number, part: string, content: unknown): TemplateResult => {
  const h = unsafeStatic(`h${clampLevel(level)}`);
  return staticHtml`<${h} part=${part}>${content}</${h}>`;
};
