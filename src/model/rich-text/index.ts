/**
 * Rich text (`Inline`) normalised into a small tree of allowlisted nodes.
 * Renderers only ever see this tree; no document string reaches an HTML sink.
 */
import { checkUrl } from '../url-policy.js';
import { isRecord, joinPath } from '../issues.js';
import { feature } from '../../loader/on-demand.js';
import { VISIBLE, appendNode, type InlineContext, type RichElement, type RichNode, type RichText } from './nodes.js';
import { spend } from '../budget.js';

// The one entry into rich text for the rest of the package. (The URL policy alone reads
// ./entities.js directly: this entry depends on the policy, and entities.js is a leaf.)
// The HTML reader, ./html-fragment.js, is on-demand code: src/loader/on-demand.ts loads it
// when a document has `{"html"}` text, and normaliseInline below asks that registry for it.
export {
  DIRECTIONS,
  INLINE_TAGS,
  LANGUAGE_TAG,
  MAX_INLINE_DEPTH,
  VISIBLE,
  type Direction,
  type InlineContext,
  type InlineTag,
  type RichElement,
  type RichNode,
  type RichText,
} from './nodes.js';

/** Plain text of a rich-text tree (for labels, JSON-LD and the like). */
export function plainText(nodes: RichText | undefined): string {
  return (nodes ?? []).map((n) => (typeof n === 'string' ? n : plainText(n.children))).join('');
}

function wrapSpan(span: Record<string, unknown>, path: string, ctx: InlineContext): RichNode | undefined {
  if (typeof span.text !== 'string') {
    ctx.warn({ path: joinPath(path, 'text'), message: 'must be a string' });
    return undefined;
  }
  let node: RichNode = span.text;
  if (span.em === true && spend(ctx, path)) node = { tag: 'em', children: [node] };
  if (span.strong === true && spend(ctx, path)) node = { tag: 'strong', children: [node] };
  if (span.code === true && spend(ctx, path)) node = { tag: 'code', children: [node] };
  if (span.href !== undefined) {
    const href = checkUrl(span.href, 'link', joinPath(path, 'href'), ctx);
    if (href && spend(ctx, path)) node = { tag: 'a', href, children: [node] };
  }
  return node;
}

/**
 * The footnote a span carries (`"note": Inline`), as a reference node, or `undefined`.
 * Only an article lists notes, and a note inside a note would have nowhere to go:
 * there, the note is left out with a warning.
 */
function noteOf(span: Record<string, unknown>, path: string, ctx: InlineContext): RichElement | undefined {
  if (span.note === undefined || span.note === null) return undefined;
  const at = joinPath(path, 'note');
  if (!ctx.notes) {
    ctx.warn({
      path: at,
      message: "footnotes are shown only in an article's own text, and not inside another note: left out",
    });
    return undefined;
  }
  ctx.notes = false;
  const note = normaliseInline(span.note, at, ctx);
  ctx.notes = true;
  if (!note || !VISIBLE.test(plainText(note))) {
    ctx.warn({
      path: at,
      message: note
        ? 'has no text to show: the footnote is left out'
        : 'must be text, a list of spans or {"html": "…"}',
    });
    return undefined;
  }
  if (!spend(ctx, path)) return undefined;
  // Numbered, and rendered by on-demand code (the `footnotes` feature), once the document is read.
  ctx.needs?.add('footnotes');
  return { tag: 'sup', children: [], note };
}

/**
 * Normalises an `Inline` value. Returns `undefined` when the value is not
 * rich text at all (the caller reports that); bad parts are warned about and left out.
 */
export function normaliseInline(value: unknown, path: string, ctx: InlineContext): RichText | undefined {
  if (typeof value === 'string') return value ? [value] : [];
  if (Array.isArray(value)) {
    const out: RichText = [];
    value.forEach((span, i) => {
      const at = joinPath(path, i);
      if (typeof span === 'string') appendNode(out, span);
      else if (isRecord(span)) {
        const node = wrapSpan(span, at, ctx);
        if (node === undefined) return;
        appendNode(out, node);
        const note = noteOf(span, at, ctx);
        if (note) out.push(note);
      } else ctx.warn({ path: at, message: 'must be a string or a {text} span' });
    });
    return out;
  }
  if (isRecord(value) && typeof value.html === 'string') {
    // The HTML reader loads on demand: without it the document is read again once it has.
    const reader = feature('html');
    if (!reader) {
      ctx.needs?.add('html');
      return [];
    }
    return reader.parseHtmlFragment(value.html, joinPath(path, 'html'), ctx);
  }
  return undefined;
}
