/**
 * The YouTube facade, in the spirit of lite-youtube-embed: a poster and a real
 * play button. Nothing is requested from any YouTube host (not even a thumbnail)
 * until the reader activates it; then a youtube-nocookie.com player replaces it.
 * Before any script runs (a server-rendered page), the button submits its form
 * to the video's page on YouTube instead, in a new tab so the story stays open:
 * it works before its JavaScript does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { renderInline } from './inline.js';
import { renderPhoto } from './photo.js';

export type EmbedBlock = Extract<Block, { type: 'embed' }>;

export interface VideoOptions {
  strings: UiStrings;
  /** The reader activated this video: show the player. */
  active: boolean;
  /** Called when the reader presses play; the host remembers it and renders again with `active`. */
  onPlay: (event: Event) => void;
}

/** The player's address: the model accepted only 11-character YouTube ids, so `id` is URL-safe. */
export const playerUrl = ({ id, start }: EmbedBlock): string =>
  `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`;

const PLAY = html`<svg part="play-icon" viewBox="0 0 68 48" aria-hidden="true"><rect width="68" height="48" rx="14"/><path d="M27 14v20l18-10z" fill="#fff"/></svg>`;

export function renderVideo(block: EmbedBlock, { strings, active, onPlay }: VideoOptions): TemplateResult {
  const name = block.title ? `${strings.playVideo}: ${block.title}` : strings.playVideo;
  const poster = block.poster?.src ? block.poster : undefined;
  return html`<figure part="video">
    <div part="video-frame" class=${poster && !active ? 'poster' : ''}>
      ${active
        ? html`<iframe
            part="video-player"
            src=${playerUrl(block)}
            title=${block.title ?? 'YouTube'}
            allow="autoplay; encrypted-media; picture-in-picture"
            allowfullscreen
            referrerpolicy="strict-origin-when-cross-origin"
          ></iframe>`
        : html`${poster ? renderPhoto(poster, { strings }) : nothing}<form action="https://www.youtube.com/watch" target="_blank" rel="noreferrer">
            <input type="hidden" name="v" value=${block.id} />${block.start ? html`<input type="hidden" name="t" value=${block.start} />` : nothing}
            <button part="play" aria-label=${name} @click=${(event: Event) => (event.preventDefault(), onPlay(event))}>
              ${PLAY}${poster ? nothing : html`<span part="video-title">${block.title}</span>`}
            </button>
          </form>`}
    </div>
    ${block.caption?.length ? html`<figcaption part="video-caption">${renderInline(block.caption)}</figcaption>` : nothing}
  </figure>`;
}
