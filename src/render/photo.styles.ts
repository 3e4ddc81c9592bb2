import { css } from 'lit';

/** The photo's figure; also used by `<news-article>` and the related cards. */
export const photoStyles = css`
  figure {
    margin: 0;
  }
  [part~='image'] {
    display: block;
    width: 100%;
    height: auto;
    /* --_ratio is the width/height the document gave, so the box is reserved before the bytes arrive.
       Without them (the model warns), a 3:2 placeholder until the image's own ratio is known: the box never collapses. */
    aspect-ratio: var(--news-photo-aspect-ratio, var(--_ratio, auto 3 / 2));
    object-fit: cover;
    object-position: var(--_focal, 50% 50%);
    background: var(--news-photo-placeholder, color-mix(in srgb, currentColor 8%, transparent));
    border-radius: var(--news-photo-radius, 0);
  }
  [part~='image'][hidden] {
    display: none;
  }
  figcaption {
    margin-top: 0.5em;
    font-size: var(--_small);
    color: var(--_muted);
    line-height: 1.45;
  }
  [part~='caption-text'] {
    color: var(--news-caption-color, inherit);
  }
  [part~='credit'],
  [part~='slug'] {
    display: block;
    font-size: 0.85em;
    letter-spacing: 0.02em;
  }
  [part~='credit-label'] {
    font-weight: 600;
  }
  [part~='slug'] {
    font-variant-caps: all-small-caps;
  }
`;
