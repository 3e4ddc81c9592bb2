import { css } from 'lit';

/** The video facade and, once played, the provider's player (src/render/video.ts). */
export const videoStyles = css`
  [part~='body'] > [part~='video'] {
    max-width: var(--news-wide, 60rem);
    margin-inline: auto;
  }
  [part~='video'] {
    margin-block: 2em;
    --news-photo-aspect-ratio: 16 / 9;
  }
  [part~='video-frame'] {
    position: relative;
  }
  [part~='video-frame'] form {
    display: contents;
  }
  [part~='play'], iframe {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    border: 0;
    border-radius: var(--_radius);
  }
  [part~='play'] {
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.75em;
    padding: var(--_space);
    color: inherit;
    font: inherit;
    font-weight: 600;
    background: color-mix(in srgb, currentColor 10%, transparent);
    cursor: pointer;
  }
  .poster [part~='play'] {
    position: absolute;
    inset: 0 0 auto;
    background: none;
  }
  [part~='play-icon'] {
    width: 4.25em;
  }
  [part~='play-icon'] rect {
    fill: #212121;
    fill-opacity: 0.85;
  }
  [part~='play']:hover rect, [part~='play']:focus-visible rect {
    fill: #e00;
    fill-opacity: 1;
  }
  [part~='play']:focus-visible {
    outline-offset: -4px;
  }
  @media print {
    [part~='video-frame'] {
      display: none;
    }
  }
`;
