import { css } from 'lit';

/** The `code` block: a box that keeps white space and scrolls sideways inside itself. */
export const codeStyles = css`
  [part~='code-language'] {
    display: block;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  [part~='code-box'] {
    margin: 0.25em 0 0;
    padding: 0.75em 1em;
    overflow-x: auto;
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 5%, transparent);
    font-family: var(--news-code-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 0.875em;
    line-height: 1.5;
    tab-size: 4;
    text-align: left;
    white-space: pre;
    overflow-wrap: normal;
  }
  [part~='code-box']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    /* Paper does not scroll: long lines wrap instead of being cut. */
    [part~='code-box'] {
      overflow: visible;
      white-space: pre-wrap;
      break-inside: avoid;
    }
  }
`;
