// A small Markdown reader for the docs pages of the preview site (demo only; the
// library never reads Markdown). It knows what docs/*.md use: headings, paragraphs,
// fenced code, tables, lists (nested by indentation), `code`, **bold**, *emphasis*,
// [links](url) and <https://autolinks>. It builds DOM nodes: text goes in through
// text nodes and textContent, never as HTML, so a page can hold any characters.

/** The anchor GitHub gives a heading, so `page.md#anchor` links work here too. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * Renders `markdown` into a DocumentFragment. `link(href)` says where a link goes:
 * a URL string for the `href`, or null to show the link's text without a link.
 */
export function renderMarkdown(markdown, { link }) {
  const fragment = document.createDocumentFragment();
  fragment.append(...blocks(markdown.replace(/\r\n?/g, '\n').split('\n'), link));
  return fragment;
}

const FENCE = /^```(\S*)\s*$/;
const HEADING = /^(#{1,6}) +(.+?)\s*#*$/;
const LIST_ITEM = /^( *)([-*]|\d+\.) +(.*)$/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const COMMENT = /^<!--.*-->\s*$/;

function element(tag, ...children) {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

/** The block-level nodes of some lines. */
function blocks(lines, link) {
  const nodes = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    let match;
    if (!line.trim() || COMMENT.test(line)) {
      i++;
    } else if ((match = FENCE.exec(line))) {
      const end = lines.findIndex((next, at) => at > i && /^```\s*$/.test(next));
      const last = end < 0 ? lines.length : end;
      const code = element('code');
      code.textContent = lines.slice(i + 1, last).join('\n');
      if (match[1]) code.dataset.language = match[1];
      nodes.push(element('pre', code));
      i = last + 1;
    } else if ((match = HEADING.exec(line))) {
      const heading = element(`h${match[1].length}`, ...inline(match[2], link));
      heading.id = slug(heading.textContent);
      nodes.push(heading);
      i++;
    } else if (line.trimStart().startsWith('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
      const rows = [];
      i += 2;
      while (i < lines.length && lines[i].trimStart().startsWith('|')) rows.push(lines[i++]);
      nodes.push(table(line, rows, link));
    } else if (LIST_ITEM.test(line)) {
      const end = listEnd(lines, i);
      nodes.push(list(lines.slice(i, end), link));
      i = end;
    } else {
      const text = [];
      while (i < lines.length && lines[i].trim() && !startsBlock(lines, i)) text.push(lines[i++].trim());
      nodes.push(element('p', ...inline(text.join(' '), link)));
    }
  }
  return nodes;
}

function startsBlock(lines, i) {
  const line = lines[i];
  return (
    FENCE.test(line) ||
    HEADING.test(line) ||
    LIST_ITEM.test(line) ||
    (line.trimStart().startsWith('|') && TABLE_RULE.test(lines[i + 1] ?? ''))
  );
}

/** Where a list starting at `start` ends: at a line that is not an item, not indented, and not a blank before either. */
function listEnd(lines, start) {
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i];
    const next = line.trim() ? line : (lines[i + 1] ?? '');
    if (!/^\s+\S/.test(next) && !LIST_ITEM.test(next)) break;
    i++;
  }
  return i;
}

/** A list: items start at the first item's indentation; deeper lines belong to the item above. */
function list(lines, link) {
  const [, indent, marker] = LIST_ITEM.exec(lines[0]);
  const items = [];
  for (const line of lines) {
    const match = LIST_ITEM.exec(line);
    if (match && match[1].length === indent.length) {
      items.push([match[3]]);
    } else {
      items.at(-1).push(line.slice(Math.min(indent.length + 2, line.length - line.trimStart().length)));
    }
  }
  const tag = /\d/.test(marker) ? 'ol' : 'ul';
  return element(
    tag,
    ...items.map(([first, ...rest]) => {
      // The item's first paragraph runs on inline, so short items stay `<li>text</li>`.
      const more = rest.findIndex((line, k) => !line.trim() || startsBlock(rest, k));
      const own = more < 0 ? rest : rest.slice(0, more);
      const text = [first, ...own.map((line) => line.trim())].join(' ');
      return element('li', ...inline(text, link), ...blocks(more < 0 ? [] : rest.slice(more), link));
    }),
  );
}

/** A row's cells: split on `|` that is not escaped as `\|`. */
function cells(row) {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function table(head, rows, link) {
  const headRow = element('tr', ...cells(head).map((cell) => element('th', ...inline(cell, link))));
  const body = rows.map((row) => element('tr', ...cells(row).map((cell) => element('td', ...inline(cell, link)))));
  const wrapper = element('div', element('table', element('thead', headRow), element('tbody', ...body)));
  wrapper.className = 'table';
  return wrapper;
}

// One of: `code`, **strong**, *em*, [text](url), <https://url>.
const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\(([^)\s]+)\)|<(https?:\/\/[^>\s]+)>/g;

/** The inline nodes of a line of text. */
function inline(text, link) {
  const nodes = [];
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > at) nodes.push(document.createTextNode(text.slice(at, match.index)));
    const [, code, strong, em, label, href, auto] = match;
    if (code !== undefined) {
      const node = element('code');
      node.textContent = code;
      nodes.push(node);
    } else if (strong !== undefined) {
      nodes.push(element('strong', ...inline(strong, link)));
    } else if (em !== undefined) {
      nodes.push(element('em', ...inline(em, link)));
    } else {
      const target = link(href ?? auto);
      const children = label !== undefined ? inline(label, link) : [document.createTextNode(auto)];
      if (target) {
        const anchor = element('a', ...children);
        anchor.href = target;
        nodes.push(anchor);
      } else {
        nodes.push(...children);
      }
    }
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}
