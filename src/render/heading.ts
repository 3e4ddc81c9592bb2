/** Heading tags chosen by level, safely: the tag names are our constants, never document strings. */
import { literal, type StaticValue } from 'lit/static-html.js';

const H = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The level clamped to 1–6 (anything unusable becomes `fallback`). */
export const clampLevel = (level: unknown, fallback = 2): number =>
  Math.min(6, Math.max(1, Math.round(Number(level)) || fallback));

/** The static tag for a level, clamped to 1–6: use with `html` from `lit/static-html.js`. */
export const headingTag = (level: number): StaticValue => H[clampLevel(level) - 1];
