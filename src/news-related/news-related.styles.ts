import { css } from 'lit';

export const relatedStyles = css`
  [part~='related-list'] {
    padding: 0;
    list-style: none;
  }
`;
