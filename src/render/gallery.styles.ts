import { css } from 'lit';

/** Galleries (src/render/gallery.ts): a grid of photos, one column on narrow containers. */
export const galleryStyles = css`
  [part~='gallery'] {
    margin-block: 2em;
  }
  [part~='body'] > [part~='gallery'] {
    max-width: var(--news-wide, 60rem);
  }
  [part~='gallery-list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='gallery-caption'] {
    margin-top: 0.75em;
    font-size: inherit;
  }
  @media print {
    [part~='gallery-item'] {
      break-inside: avoid;
    }
  }
`;
