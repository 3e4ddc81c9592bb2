/**
 * The video facade, in the spirit of lite-youtube-embed, for every provider we
 * embed (YouTube, Vimeo, Dailymotion): a poster and a real play button. Nothing
 * is requested from the provider (not even a thumbnail) until the reader
 * activates it; then the provider's player replaces it, from its
 * privacy-preserving host where it has one (youtube-nocookie.com, Vimeo with
 * `dnt=1`). Before any script runs (a server-rendered page), the button submits
 * its form to the video's page at the provider instead, in a new tab so the
 * story stays open: it works before its JavaScript does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BlockOf } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { renderInline } from './inline.js';
import { renderPhoto } from './photo.js';

export type EmbedBlock = BlockOf<'embed'>;
export type VideoProvider = EmbedBlock['provider'];

export interface VideoOptions {
  strings: UiStrings;
  /** The reader activated this video: show the player. */
  active: boolean;
  /** Called when the reader presses play; the host remembers it and renders again with `active`. */
  onPlay: (event: Event) => void;
}

/** The provider's name as readers know it (a proper noun: not translated). */
export const PROVIDER_NAMES: Record<VideoProvider, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  dailymotion: 'Dailymotion',
};

/**
 * The player's address. The model accepted only each provider's id shape
 * (letters, digits, `-` and `_`), so `id` and `player` are URL-safe here.
 * Dailymotion has no privacy-preserving host: its player (geo.dailymotion.com) is used
 * as it is, with the publisher's player id when the document gives one.
 */
export function playerUrl(block: EmbedBlock): string {
  const { id, start } = block;
  switch (block.provider) {
    case 'youtube':
      return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`;
    case 'vimeo':
      return `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1${start ? `#t=${start}s` : ''}`;
    case 'dailymotion':
      return `https://geo.dailymotion.com/player${block.player ? `/${block.player}` : ''}.html?video=${id}${start ? `&startTime=${start}` : ''}`;
  }
}

/** Where the play button's form goes before script runs: the video's own page, with its start time when the provider takes one. */
function pageForm({ provider, id, start }: EmbedBlock): { action: string; fields: [string, string | number][] } {
  switch (provider) {
    case 'youtube':
      return {
        action: 'https://www.youtube.com/watch',
        fields: start
          ? [
              ['v', id],
              ['t', start],
            ]
          : [['v', id]],
      };
    case 'vimeo':
      return { action: `https://vimeo.com/${id}`, fields: [] };
    case 'dailymotion':
      return { action: `https://www.dailymotion.com/video/${id}`, fields: [] };
  }
}

const PLAY = html`<svg part="play-icon" viewBox="0 0 68 48" aria-hidden="true"><rect width="68" height="48" rx="14"/><path d="M27 14v20l18-10z" fill="#fff"/></svg>`;

/** "Play video: The talks (Vimeo)": what the button does, which video, and where it plays. */
export function playName(block: EmbedBlock, strings: UiStrings): string {
  const where = `(${PROVIDER_NAMES[block.provider]})`;
  if (block.title) return `${strings.playVideo}: ${block.title} ${where}`;
  return `${strings.playVideo} ${where}`;
}

export function renderVideo(block: EmbedBlock, { strings, active, onPlay }: VideoOptions): TemplateResult {
  const poster = block.poster?.src ? block.poster : undefined;
  const play = (event: Event) => {
    // With script, the facade plays in place; the form is only for pages without it.
    event.preventDefault();
    onPlay(event);
  };
  let content: TemplateResult;
  if (active) {
    content = html`<iframe
      part="video-player"
      src=${playerUrl(block)}
      title=${block.title ?? PROVIDER_NAMES[block.provider]}
      allow="autoplay; encrypted-media; picture-in-picture"
      allowfullscreen
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>`;
  } else {
    const form = pageForm(block);
    content = html`${poster ? renderPhoto(poster, { strings }) : nothing}<form action=${form.action} target="_blank" rel="noreferrer">
        ${form.fields.map(([name, value]) => html`<input type="hidden" name=${name} value=${value} />`)}
        <button part="play" aria-label=${playName(block, strings)} @click=${play}>
          ${PLAY}${poster ? nothing : html`<span part="video-title">${block.title}</span>`}
        </button>
      </form>`;
  }
  return html`<figure part="video">
    <div part="video-frame" class=${poster && !active ? 'poster' : ''}>${content}</div>
    ${block.caption?.length ? html`<figcaption part="video-caption">${renderInline(block.caption)}</figcaption>` : nothing}
  </figure>`;
}

/** The styles of the parts this module renders (adopted by the element with the module). */
export { videoStyles as styles } from './video.styles.js';
