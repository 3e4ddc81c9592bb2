import { css } from 'lit';

/** Footnote references in the text and the notes at the end of the article. */
export const footnotesStyles = css`
  [part~='note-ref'] {
    line-height: 0;
  }
  [part~='note-ref'] a {
    padding-inline: 0.15em;
    text-decoration: none;
  }
  [part~='note-ref'] a:hover {
    text-decoration: underline;
  }
  [part~='notes'] {
    font-size: var(--_small);
  }
  [part~='notes-heading'] {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
  [part~='notes-list'] {
    margin: 0;
    padding-inline-start: 1.6em;
  }
  [part~='footnote'] {
    margin-bottom: 0.35em;
    border-radius: 2px;
  }
  /* The note a reader just came to, with the focus ring of the page's keyboard users. */
  [part~='footnote']:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='note-back'] {
    margin-inline-start: 0.25em;
    text-decoration: none;
  }
  @media print {
    [part~='note-back'] {
      display: none;
    }
  }
`;
