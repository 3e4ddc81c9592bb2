/**
 * The body of an article: one renderer per Block type of the contract. Rare
 * blocks' renderers are on-demand features (src/loader/on-demand.ts), keyed by
 * block type: the loader loads them before a document holding one shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block, ListItem } from '../model/schema.js';
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
  /** Keys of the embeds the reader has started: the block's index, or "index.child" inside an aside. */
  played: ReadonlySet<BlockKey>;
  onPlay: (key: BlockKey, event: Event) => void;
}

/** A list and the lists nested in its items (the model keeps them to MAX_LIST_DEPTH). */
function renderList(items: readonly ListItem[], ordered: boolean | undefined, nested: boolean): TemplateResult {
  const children = items.map(
    (item) =>
      html`<li>${renderInline(item.text)}${item.items?.length ? renderList(item.items, item.ordered, true) : nothing}</li>`,
  );
  // Each part written out, so the manifest test can see it.
  if (nested)
    return ordered
      ? html`<ol part="list nested-list">${children}</ol>`
      : html`<ul part="list nested-list">${children}</ul>`;
  return ordered ? html`<ol part="list">${children}</ol>` : html`<ul part="list">${children}</ul>`;
}

/**
 * A quote, one paragraph or several. A pull quote repeats words of the story as
 * display type: it is `inert` (out of the accessibility tree and the tab order), so
 * screen-reader and keyboard users meet those words once, in the text (docs/documents.md#quote).
 */
function renderQuote(block: Extract<Block, { type: 'quote' }>): TemplateResult {
  const content = html`<blockquote>${block.text.map((paragraph) => html`<p>${renderInline(paragraph)}</p>`)}</blockquote>
    ${block.cite ? html`<figcaption part="quote-cite"><cite>${block.cite}</cite></figcaption>` : nothing}`;
  if (block.variant === 'pull') return html`<figure part="quote pull-quote" inert>${content}</figure>`;
  return html`<figure part="quote">${content}</figure>`;
}

/** Where a block sits in the body: its index, or `"3.1"` for the second block of the aside at index 3. */
export type BlockKey = number | string;

export function renderBlock(block: Block, index: BlockKey, options: BlockOptions): TemplateResult | typeof nothing {
  const { strings, headingLevel } = options;
  switch (block.type) {
    case 'paragraph':
      return html`<p part="paragraph">${renderInline(block.text)}</p>`;
    case 'heading':
      return renderHeading(headingLevel + (block.level ?? 2) - 1, 'heading', renderInline(block.text));
    case 'photo':
      return renderPhoto(block, { strings });
    case 'quote':
      return renderQuote(block);
    case 'list':
      return renderList(block.items, block.ordered, false);
    // On demand (src/loader/on-demand.ts): loaded before a document with this block shows.
    case 'embed':
      return (
        feature('embed')?.renderVideo(block, {
          strings,
          active: options.played.has(index),
          onPlay: (event) => options.onPlay(index, event),
        }) ?? nothing
      );
    case 'link':
      // A refused URL leaves the title as plain text (the model already warned).
      return html`<p part="promo">
        <span part="promo-label">${block.label || strings.readAlso}</span>
        ${
          block.url
            ? html`<a part="promo-link" href=${block.url} data-kind="body" data-title=${block.title}>${block.title}</a>`
            : html`<span part="promo-link">${block.title}</span>`
        }
      </p>`;
    case 'related':
      return renderRelated(block, { strings, lang: options.lang, headingLevel: headingLevel + 1 });
    case 'divider':
      return html`<hr part="divider" />`;
    // On demand, as `embed` above: the loader loads them before a document holding one shows.
    case 'code':
      return feature('code')?.renderCode(block, strings) ?? nothing;
    case 'table':
      return feature('table')?.renderTable(block, strings) ?? nothing;
    case 'gallery':
      return feature('gallery')?.renderGallery(block, { strings }) ?? nothing;
    case 'video':
      return feature('video')?.renderVideoFile(block, { strings }) ?? nothing;
    case 'audio':
      return feature('audio')?.renderAudio(block, { strings }) ?? nothing;
    case 'social':
      return feature('social')?.renderSocial(block, options) ?? nothing;
    case 'note':
      return feature('note')?.renderNote(block, options) ?? nothing;
    case 'aside':
      return (
        feature('aside')?.renderAside(block, options, (child, i) => renderBlock(child, `${index}.${i}`, options)) ??
        nothing
      );
  }
}
