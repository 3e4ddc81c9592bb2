import { css } from 'lit';

/** The related block, in `<news-related>` and inside `<news-article>`. */
export const relatedStyles = css`
  [part~='related'] {
    margin-block: var(--_space);
  }
  [part~='related-heading'] {
    margin: 0 0 0.75em;
    padding-top: 0.4em;
    border-top: 2px solid;
    font-size: 1em;
  }
  [part~='related-list'] {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='related-item'] {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }
  .list [part~='related-item'] + * {
    padding-top: var(--_space);
    border-top: 1px solid var(--_rule);
  }
  [part~='related-label'],
  [part~='related-meta'] {
    font-size: var(--_small);
    color: var(--_muted);
  }
  [part~='related-label'] {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  [part~='related-link'],
  [part~='related-title'] {
    font-weight: 700;
    line-height: 1.3;
  }
  [part~='related-link']:not(:hover) {
    text-decoration: none;
  }
  [part~='related'] p {
    margin: 0;
  }
  [part~='related-meta'] {
    gap: 0 0.5em;
  }
  /* 1 → 3 columns by the width of the element itself (the host is the container), not the viewport. */
  .cards > ul {
    grid-template-columns: repeat(var(--_cols, 1), minmax(0, 1fr));
  }
  @container (min-width: 32rem) {
    .cards > ul {
      --_cols: 2;
    }
  }
  @container (min-width: 48rem) {
    .cards > ul {
      --_cols: 3;
    }
  }
  .cards [part~='image'] {
    aspect-ratio: var(--news-related-aspect-ratio, 16 / 9);
  }
  /* The whole card follows its link; links in the credit stay above it. */
  .cards [part~='related-link']::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .cards figcaption a {
    position: relative;
    z-index: 1;
  }
  .cards li:hover [part~='related-link'] {
    text-decoration: underline;
  }
`;
