/** Renders normalised rich text: only allowlisted tags, only text bindings. */
import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InlineTag, RichNode, RichText } from '../model/rich-text.js';

// Tag names are our own constants, never document strings.
const TAGS: Record<Exclude<InlineTag, 'a' | 'br'>, StaticValue> = {
  b: literal`b`, strong: literal`strong`, i: literal`i`, em: literal`em`, u: literal`u`, s: literal`s`,
  sub: literal`sub`, sup: literal`sup`, code: literal`code`, mark: literal`mark`, q: literal`q`,
  small: literal`small`, abbr: literal`abbr`, cite: literal`cite`, bdi: literal`bdi`, span: literal`span`,
};

/** The kind of link, as reported in `news-link-click`. */
export type LinkKind = 'related' | 'inline' | 'body';

function renderNode(node: RichNode): TemplateResult | string {
  if (typeof node === 'string') return node;
  const lang = ifDefined(node.lang);
  const dir = ifDefined(node.dir);
  const children = renderInline(node.children);
  if (node.tag === 'br') return staticHtml`<br>`;
  if (node.tag === 'a') {
    return staticHtml`<a part="link" data-kind="inline" href=${node.href!} lang=${lang} dir=${dir}>${children}</a>`;
  }
  const tag = TAGS[node.tag];
  return staticHtml`<${tag} lang=${lang} dir=${dir} title=${ifDefined(node.title)}>${children}</${tag}>`;
}

export function renderInline(nodes: RichText | undefined): (TemplateResult | string)[] | typeof nothing {
  return nodes?.length ? nodes.map(renderNode) : nothing;
}
