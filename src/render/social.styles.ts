import { css } from 'lit';

/** Social cards (src/render/social.ts): a bordered card that reads on light and dark pages. */
export const socialStyles = css`
  [part~='social'] {
    margin-block: 1.8em;
    padding: var(--_space);
    border: 1px solid var(--_rule);
    border-radius: calc(var(--_radius) * 3);
  }
  [part~='social'] > * + * {
    margin-top: 0.75em;
  }
  [part~='social-header'] {
    margin: 0;
    font-size: inherit;
    color: inherit;
  }
  [part~='social-author'] {
    font-weight: 700;
  }
  [part~='social-handle'], [part~='social-footer'] {
    color: var(--_muted);
    font-size: var(--_small);
  }
  [part~='social-text'] {
    font-size: 1em;
    font-weight: 400;
    line-height: inherit;
    white-space: pre-line;
  }
  [part~='social-text']::before, [part~='social-text']::after {
    content: none;
  }
  [part~='social-footer'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin-bottom: 0;
  }
  @media print {
    [part~='social'] {
      break-inside: avoid;
    }
  }
`;
