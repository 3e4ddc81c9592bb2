import { css } from 'lit';

/** Video and audio files (src/render/media.ts). */
export const mediaStyles = css`
  [part~='media'] {
    margin-block: 2em;
  }
  [part~='video-file'] {
    display: block;
    width: 100%;
    height: auto;
    /* The box is reserved before any byte of the file (or its poster) arrives. */
    aspect-ratio: var(--_ratio, 16 / 9);
    background: color-mix(in srgb, currentColor 10%, transparent);
    border-radius: var(--_radius);
  }
  [part~='audio-file'] {
    display: block;
    width: 100%;
    margin-top: 0.5em;
  }
  [part~='media-caption'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
  }
  [part~='media'] > [part~='media-caption']:first-child {
    margin-top: 0;
    font-size: inherit;
  }
  [part~='media-title'] {
    font-weight: 600;
    color: var(--news-color, inherit);
  }
  [part~='caption-text'] {
    flex-basis: 100%;
  }
  [part~='media-link'] {
    display: none;
  }
  @media print {
    [part~='video-file'], [part~='audio-file'] {
      display: none;
    }
    [part~='media-link'] {
      display: inline;
      overflow-wrap: anywhere;
    }
    [part~='body'] [part~='media-link']::after {
      content: none;
    }
  }
`;
