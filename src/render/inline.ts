/** Renders normalised rich text: only allowlisted tags, only text bindings. */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InlineTag, RichNode, RichText } from '../model/rich-text.js';

// Tag names are our own constants, never document strings.
const TAGS = Object.fromEntries(
  'b strong i em u s sub sup code mark q small abbr cite bdi span'.split(' ').map((tag) => [tag, unsafeStatic(tag)]),
) as Record<Exclude<InlineTag, 'a' | 'br'>, StaticValue>;

/** The kind of link, as reported in `news-link-click`. */
export type LinkKind = 'related' | 'inline' | 'body';

function renderNode(node: RichNode): TemplateResult | string {
  if (typeof node === 'string') return node;
  const lang = ifDefined(node.lang);
  const dir = ifDefined(node.dir);
  const children = renderInline(node.children);
  if (node.tag === 'br') return html`<br>`;
  if (node.tag === 'a') {
    return html`<a part="link" data-kind="inline" href=${node.href!} lang=${lang} dir=${dir}>${children}</a>`;
  }
  const tag = TAGS[node.tag];
  return staticHtml`<${tag} lang=${lang} dir=${dir} title=${ifDefined(node.title)}>${children}</${tag}>`;
}

export function renderInline(nodes: RichText | undefined): (TemplateResult | string)[] | typeof nothing {
  return nodes?.length ? nodes.map(renderNode) : nothing;
}
