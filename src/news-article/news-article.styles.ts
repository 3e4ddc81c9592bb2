import { css } from 'lit';

export const articleStyles = css`
  article {
    max-width: var(--news-measure, 42rem);
  }
`;
