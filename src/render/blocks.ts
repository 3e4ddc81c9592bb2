/** The body of an article: one renderer per Block type of the contract. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { renderInline } from './inline.js';
import { renderPhoto } from './photo.js';
import { renderRelated } from './related.js';
import { renderVideo } from './video.js';
import { renderHeading } from './heading.js';
// v2: media and notes, each in a module of its own (see the lean-loading note in gallery.ts).
import { renderGallery } from './gallery.js';
import { renderAudio, renderVideoFile } from './media.js';
import { renderSocial } from './social.js';
import { renderAside, renderNote } from './notes.js';

export interface BlockOptions {
  strings: UiStrings;
  lang?: string;
  /** The headline's level: a block heading of JSON level L sits at `headingLevel + L - 1` (at most 6). */
  headingLevel: number;
  /** Keys of the embeds the reader has started: the block's index, or "index.child" inside an aside. */
  played: ReadonlySet<BlockKey>;
  onPlay: (key: BlockKey, event: Event) => void;
}

/** Where a block sits in the body: its index, or `"3.1"` for the second block of the aside at index 3. */
export type BlockKey = number | string;

export function renderBlock(block: Block, index: BlockKey, options: BlockOptions): TemplateResult | typeof nothing {
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
    case 'embed':
      return renderVideo(block, { strings, active: options.played.has(index), onPlay: (event) => options.onPlay(index, event) });
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
    // v2: media and notes.
    case 'gallery':
      return renderGallery(block, { strings });
    case 'video':
      return renderVideoFile(block, { strings });
    case 'audio':
      return renderAudio(block, { strings });
    case 'social':
      return renderSocial(block, options);
    case 'note':
      return renderNote(block, options);
    case 'aside':
      return renderAside(block, options, (child, i) => renderBlock(child, `${index}.${i}`, options));
  }
}
