/**
 * A video or audio file the publisher hosts: the browser's own player, with
 * `preload="none"` so that not a byte of the file loads before the reader
 * presses play. The box of a video is reserved from its width and height
 * (16:9 without them). The player's controls are the browser's, named by the
 * block's title. In print, where no player plays, the file's address is printed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BlockOf } from '../model/schema.js';
import type { UiStrings } from '../i18n/strings.js';
import { cssVars } from '../directives/css-vars.js';
import { renderInline } from './inline.js';
import { renderPhoto } from './photo.js';

export type VideoFileBlock = BlockOf<'video'>;
export type AudioBlock = BlockOf<'audio'>;

export interface MediaOptions {
  strings: UiStrings;
}

/** Seconds as a reader reads a duration ("4:05", "1:02:09") and as `datetime` wants it ("PT4M5S"). */
export function duration(total: number): { text: string; iso: string } {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return { text, iso: `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S` };
}

/** The file's address, shown only in print (the player is hidden there). */
const printLink = (src: string) => html`<a part="media-link" href=${src} data-kind="body">${src}</a>`;

export function renderVideoFile(block: VideoFileBlock, { strings }: MediaOptions): TemplateResult {
  const { src, width, height, title } = block;
  const ratio = width && height ? `${width} / ${height}` : undefined;
  const tracks = (block.tracks ?? []).filter((track) => track.src);
  // A refused file URL leaves the poster (as a photo), the title and the caption.
  let player: TemplateResult | typeof nothing = block.poster ? renderPhoto(block.poster, { strings }) : nothing;
  if (src) {
    player = html`<video
      part="video-file"
      src=${src}
      controls
      preload="none"
      playsinline
      poster=${ifDefined(block.poster?.src)}
      width=${ifDefined(width)}
      height=${ifDefined(height)}
      aria-label=${ifDefined(title)}
      style=${cssVars({ '--_ratio': ratio })}
    >${tracks.map(
      (track) =>
        html`<track src=${track.src!} srclang=${track.lang} label=${track.label ?? track.lang} kind=${track.kind ?? 'subtitles'} />`,
    )}</video>`;
  }
  const hasCaption = title || block.caption?.length || src;
  return html`<figure part="media">
    ${player}
    ${
      hasCaption
        ? html`<figcaption part="media-caption">
          ${title ? html`<span part="media-title">${title}</span>` : nothing}
          ${block.caption?.length ? html`<span part="caption-text">${renderInline(block.caption)}</span>` : nothing}
          ${src ? printLink(src) : nothing}
        </figcaption>`
        : nothing
    }
  </figure>`;
}

export function renderAudio(block: AudioBlock, { strings }: MediaOptions): TemplateResult {
  const length = block.duration === undefined ? undefined : duration(block.duration);
  return html`<figure part="media">
    <figcaption part="media-caption">
      <span part="media-title">${block.title}</span>
      ${length ? html`<time part="media-duration" datetime=${length.iso}>${length.text}</time>` : nothing}
      ${block.caption?.length ? html`<span part="caption-text">${renderInline(block.caption)}</span>` : nothing}
      ${block.transcript ? html`<a part="transcript" href=${block.transcript} data-kind="body">${strings.transcript}</a>` : nothing}
      ${block.src ? printLink(block.src) : nothing}
    </figcaption>
    ${block.src ? html`<audio part="audio-file" src=${block.src} controls preload="none" aria-label=${block.title}></audio>` : nothing}
  </figure>`;
}

/** The styles of the parts this module renders (adopted by the element with the module). */
export { mediaStyles as styles } from './media.styles.js';
