import { css } from 'lit';

/** The `table` block: rules between rows, a scroll box for wide tables, logical sides for right to left. */
export const tableStyles = css`
  [part~='table-scroll'] {
    overflow-x: auto;
  }
  [part~='table-scroll']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='table'] {
    min-width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
    line-height: 1.4;
    font-variant-numeric: tabular-nums;
  }
  [part~='table-caption'] {
    margin-bottom: 0.5em;
    font-weight: 600;
    text-align: start;
  }
  [part~='table'] th,
  [part~='table'] td {
    padding: 0.45em 0.75em;
    border-bottom: 1px solid var(--_rule);
    text-align: start;
    vertical-align: top;
  }
  [part~='table'] thead th,
  [part~='table'] thead td {
    border-bottom-width: 2px;
    border-bottom-color: currentColor;
  }
  [part~='table'] th {
    font-weight: 600;
  }
  [part~='table'] .align-center {
    text-align: center;
  }
  [part~='table'] .align-end {
    text-align: end;
  }
  @media print {
    [part~='table-scroll'] {
      overflow: visible;
    }
    [part~='table'] tr {
      break-inside: avoid;
    }
  }
`;
