/**
 * The body of an article: one renderer per Block type of the contract. Rare
 * blocks' renderers are on-demand features (src/loader/on-demand.ts), keyed by
 * block type: the loader loads them before a document holding one shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { renderInline } from './inline.js';
import { renderPhoto } from './photo.js';
import { renderRelated } from './related.js';
import { feature } from '../loader/on-demand.js';
import { renderHeading } from './heading.js';

export interface BlockOptions {
  strings: UiStrings;
  lang?: string;
  /** The headline's level: a block heading of JSON level L sits at `headingLevel + L - 1` (at most 6). */
  headingLevel: number;
  /** Indexes of the embeds the reader has started. */
  played: ReadonlySet<number>;
  onPlay: (index: number, event: Event) => void;
}

export function renderBlock(block: Block, index: number, options: BlockOptions): TemplateResult | typeof nothing {
  const { strings, headingLevel } = options;
  switch (block.type) {
    case 'paragraph':
      return html`<p part="paragraph">${renderInline(block.text)}</p>`;
    case 'heading':
      return renderHeading(headingLevel + (block.level ?? 2) - 1, 'heading', block.text);
    case 'photo':
      return renderPhoto(block, { strings });
    case 'quote':
      return html`<figure part="quote">
        <blockquote>${renderInline(block.text)}</blockquote>
        ${block.cite ? html`<figcaption part="quote-cite"><cite>${block.cite}</cite></figcaption>` : nothing}
      </figure>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${renderInline(item)}</li>`);
      return block.ordered ? html`<ol part="list">${items}</ol>` : html`<ul part="list">${items}</ul>`;
    }
    // On demand (src/loader/on-demand.ts): loaded before a document with this block shows.
    case 'embed':
      return feature('embed')?.renderVideo(block, { strings, active: options.played.has(index), onPlay: (event) => options.onPlay(index, event) }) ?? nothing;
    case 'link':
      // A refused URL leaves the title as plain text (the model already warned).
      return html`<p part="promo">
        <span part="promo-label">${block.label || strings.readAlso}</span>
        ${block.url
          ? html`<a part="promo-link" href=${block.url} data-kind="body" data-title=${block.title}>${block.title}</a>`
          : html`<span part="promo-link">${block.title}</span>`}
      </p>`;
    case 'related':
      return renderRelated(block, { strings, lang: options.lang, headingLevel: headingLevel + 1 });
    case 'divider':
      return html`<hr part="divider" />`;
  }
}
