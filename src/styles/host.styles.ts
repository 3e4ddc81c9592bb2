/**
 * Shared host styles and the `--news-*` custom properties every element reads.
 * By default the elements inherit the page's font and colour, so they sit on
 * light and dark pages alike; derived colours mix from `currentColor`.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--news-font-family, inherit);
    color: var(--news-color, inherit);
    line-height: var(--news-line-height, 1.55);
    overflow-wrap: break-word;
    --_muted: var(--news-muted-color, color-mix(in srgb, currentColor 80%, transparent));
    --_rule: var(--news-rule-color, color-mix(in srgb, currentColor 18%, transparent));
    --_link: var(--news-link-color, inherit);
    --_space: var(--news-space, 1rem);
    --_radius: var(--news-radius, 0.25rem);
    --_focus: var(--news-focus-color, currentColor);
    --_small: var(--news-caption-font-size, 0.875em);
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  [part~='error'] {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: var(--_small);
  }
  time {
    white-space: nowrap;
  }
  /* Meta lines (byline and dates; a link's section, source and date): a dot after
     each item, not before the next, so a wrapped line never starts with one. Drawn, not read. */
  [part~='meta'],
  [part~='related-meta'] {
    display: flex;
    flex-wrap: wrap;
  }
  [part~='meta'] > :not(:last-child)::after,
  [part~='related-meta'] > :not(:last-child)::after {
    content: '·' / '';
    margin-inline-start: 0.5em;
  }
`;
