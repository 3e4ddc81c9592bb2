import { css } from 'lit';

/** Asides, notes and the corrections list (src/render/notes.ts). */
export const notesStyles = css`
  [part~='aside'] {
    margin-block: 1.8em;
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    background: color-mix(in srgb, currentColor 6%, transparent);
  }
  [part~='aside'] > :first-child {
    margin-top: 0;
  }
  [part~='aside'] > :last-child {
    margin-bottom: 0;
  }
  [part~='aside-title'], [part~='corrections-title'] {
    font-size: 1.1em;
    margin-block: 0 0.5em;
  }
  [part~='note'] {
    padding: 0.6em 0.9em;
    border-inline-start: 3px solid var(--_accent, currentColor);
    background: color-mix(in srgb, currentColor 4%, transparent);
    font-size: 0.95em;
  }
  [part~='note-label'] {
    margin-inline-end: 0.4em;
  }
  [part~='note-date'], [part~='correction'] > time {
    margin-inline-end: 0.4em;
    color: var(--_muted);
  }
  [part~='corrections-list'] {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  @media print {
    [part~='aside'], [part~='note'] {
      break-inside: avoid;
      border: 1px solid;
    }
  }
`;
