// A plain-text table for the figures `npm run size` and `npm run bench` print.
// `right`: right-align every column but the first (numbers); otherwise all align left.
export function table(head, rows, { right = false } = {}) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const cell = (c, i) => (right && i ? String(c ?? '').padStart(widths[i]) : String(c ?? '').padEnd(widths[i]));
  const line = (cells) => cells.map(cell).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
