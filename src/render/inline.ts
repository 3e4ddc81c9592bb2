/** Renders normalised rich text: only allowlisted tags, only text bindings. */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { INLINE_TAGS, type InlineTag, type RichNode, type RichText } from '../model/rich-text/index.js';
import { feature } from '../loader/on-demand.js';

// Tag names are the model's allowlist, never document strings.
const TAGS = Object.fromEntries(INLINE_TAGS.map((tag) => [tag, unsafeStatic(tag)])) as Record<InlineTag, StaticValue>;

function renderNode(node: RichNode): TemplateResult | string {
  if (typeof node === 'string') return node;
  if (node.tag === 'br') return html`<br>`;
  // A footnote's reference: on demand (src/loader/on-demand.ts), loaded before a document with notes shows.
  if (node.note) return feature('footnotes')?.renderNoteRef(node) ?? '';
  const lang = ifDefined(node.lang);
  const dir = ifDefined(node.dir);
  const children = renderInline(node.children);
  if (node.tag === 'a') {
    return html`<a part="link" data-kind="inline" href=${node.href!} lang=${lang} dir=${dir}>${children}</a>`;
  }
  const tag = TAGS[node.tag];
  return staticHtml`<${tag} lang=${lang} dir=${dir} title=${ifDefined(node.title)} datetime=${ifDefined(node.datetime)}>${children}</${tag}>`;
}

export function renderInline(nodes: RichText | undefined): (TemplateResult | string)[] | typeof nothing {
  return nodes?.length ? nodes.map(renderNode) : nothing;
}
