/**
 * One budget of rendered nodes per document. Every item of every list (blocks,
 * list items, links, authors, tags, srcset candidates…) and every rich-text
 * element spends one; past MAX_NODES the rest is left out, with one warning for the
 * whole document at the first place. It bounds the work of rendering, laying out
 * and hydrating any document, however it is built (a 10 MB `src` document can ask
 * for two and a half million list items).
 *
 * The walker (normalise.ts) spends for list items itself; a normaliser that builds
 * nodes another way calls `spend` once per node it is about to build.
 */
import type { Issue } from './issues.js';

/**
 * Most nodes one document renders. A long story uses a few hundred (the seed story
 * about 150); a page of 5,000 renders in well under a second on a phone-class CPU.
 */
export const MAX_NODES = 5000;

/** What a normaliser carries through one document. */
export interface Budget {
  warn(issue: Issue): void;
  /** Nodes spent so far in this document. */
  nodes?: number;
}

/** Spends one node at `path`; false once the document's budget is spent (the first refusal warns). */
export function spend(ctx: Budget, path: string): boolean {
  ctx.nodes = (ctx.nodes ?? 0) + 1;
  if (ctx.nodes === MAX_NODES + 1) {
    ctx.warn({
      path,
      message: `more than ${MAX_NODES} blocks, items, links and rich-text elements in the document: the rest is left out (rich text keeps its words, as plain text)`,
    });
  }
  return ctx.nodes <= MAX_NODES;
}

/** Whether the document's budget is spent. */
export const spent = (ctx: Budget): boolean => (ctx.nodes ?? 0) > MAX_NODES;
