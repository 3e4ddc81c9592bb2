// Minifies the static text of Lit's tagged templates (`css`, `html`, `svg`, and
// `html`/`svg` from lit/static-html.js) at build time: terser keeps template text
// byte for byte, and these templates are a third of our code. Only whitespace,
// comments and quotes that cannot change meaning go; the result is stable
// (minifying twice changes nothing), which server rendering relies on: Lit's
// hydration compares the digest of the server's template strings with the client's.

/** Modules whose `html`, `svg` and `css` exports are Lit's template tags. */
const LIT_MODULE = /^(lit|lit-html|lit-element)(\/(index|static-html|static|lit-html|lit-element)\.js)?$/;
const TAGS = new Set(['html', 'svg', 'css']);

// Stand-ins for `${…}` while a template is minified as one text: word-like for the
// CSS rules, never produced by the rules themselves, and not valid in our source.
const HOLE = (i) => `\u0000${i}\u0000`;
// eslint-disable-next-line no-control-regex
const HOLES = /\u0000(\d+)\u0000/;

/**
 * CSS text: drops comments, collapses whitespace, removes it where no token can
 * need it (around `{ } ; , >` and after `:`), drops the `;` before `}`, unquotes
 * attribute selector values that are plain identifiers, `0.5` → `.5`.
 * Strings and `url(…)` are copied as they are; the space before `(` stays
 * (`and (` is not `and(`), and so does the space before `:` (`a :is(b)`).
 */
export function minifyCss(text) {
  let out = '';
  let space = false; // whitespace seen and not yet written
  const write = (s) => {
    if (space && out && !/[{};,>:(]$/.test(out) && !/^[{};,>)]/.test(s)) out += ' ';
    space = false;
    out += s;
  };
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      space = true; // a comment separates tokens
    } else if (/\s/.test(c)) {
      space = true;
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      const string = text.slice(i, j + 1);
      // [part~='body'] → [part~=body]: an identifier needs no quotes in an attribute selector.
      const unquoted = /\[[\w-]+[~|^$*]?=$/.test(out) && text[j + 1] === ']' && /^.[a-zA-Z_][\w-]*.$/.test(string);
      write(unquoted ? string.slice(1, -1) : string);
      i = j + 1;
    } else if (c === '\\') {
      write(text.slice(i, i + 2));
      i += 2;
    } else if (/^url\(/i.test(text.slice(i, i + 4)) && !/[\w-]$/.test(out)) {
      const end = text.indexOf(')', i);
      const j = end < 0 ? text.length : end + 1;
      write(text.slice(i, j));
      i = j;
    } else if (c === '}') {
      space = false;
      if (out.endsWith(';')) out = out.slice(0, -1);
      write(c);
      i++;
    } else {
      let j = i + 1;
      // A run of plain characters is written at once.
      while (j < text.length && /[^\s"'\\/{};,>:()]/.test(text[j]) && /[^\s"'\\/{};,>:()]/.test(c)) j++;
      // A number starts a run: 0.5em → .5em.
      write(text.slice(i, j).replace(/^([+-]?)0\.(\d)/, '$1.$2'));
      i = j;
    }
  }
  return out;
}

/**
 * HTML text: a run of whitespace that holds a line break becomes one space (the
 * same rendering, since our templates have no `pre`); inside a tag any run
 * becomes one space, and none is needed before `>`/`/>` after a quoted value.
 * Quoted attribute values and comments are copied as they are; a template with
 * raw-text elements (`pre`, `textarea`, `script`, `style`) is left alone.
 */
export function minifyHtml(text) {
  if (/<(pre|textarea|script|style)\b/i.test(text)) return text;
  let out = '';
  let inTag = false;
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (!inTag) {
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        const j = end < 0 ? text.length : end + 3;
        out += text.slice(i, j);
        i = j;
        // eslint-disable-next-line no-control-regex -- an expression's HOLE starts with a NUL.
      } else if (c === '<' && /[a-zA-Z/\u0000]/.test(text[i + 1] ?? '')) {
        inTag = true;
        out += c;
        i++;
      } else if (/\s/.test(c)) {
        let j = i;
        while (j < text.length && /\s/.test(text[j])) j++;
        const run = text.slice(i, j);
        out += /[\n\r]/.test(run) ? ' ' : run;
        i = j;
      } else {
        out += c;
        i++;
      }
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      const j = end < 0 ? text.length : end + 1;
      out += text.slice(i, j);
      i = j;
    } else if (/\s/.test(c)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      const quoted = /["']$/.test(out);
      if (!(quoted && (text[j] === '>' || text.startsWith('/>', j)))) out += ' ';
      i = j;
    } else {
      if (c === '>') inTag = false;
      out += c;
      i++;
    }
  }
  return out;
}

/** Minifies the strings of one template, its `${…}` holes kept in place. */
function minifyStrings(strings, kind) {
  const joined = strings.map((s, i) => (i ? HOLE(i - 1) : '') + s).join('');
  const min = kind === 'css' ? minifyCss(joined) : minifyHtml(joined);
  const parts = min.split(HOLES).filter((_, i) => i % 2 === 0);
  // A rule that moved text across a hole would show here; keep the template as it was.
  return parts.length === strings.length ? parts : strings;
}

/** Local names bound to Lit's template tags by the module's imports: `html as staticHtml` → html. */
function litTags(ast) {
  const tags = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULE.test(node.source.value)) continue;
    for (const spec of node.specifiers) {
      const name = spec.type === 'ImportSpecifier' ? (spec.imported.name ?? spec.imported.value) : undefined;
      if (TAGS.has(name)) tags.set(spec.local.name, name);
    }
  }
  return tags;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && key !== 'loc') walk(value, visit);
  }
}

/**
 * The edits for a module: `[start, end, text]` for each template string that
 * gets shorter. `ast` is the ESTree of `code` (rollup's `this.parse`).
 */
export function templateEdits(code, ast) {
  const tags = litTags(ast);
  const edits = [];
  if (!tags.size) return edits;
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) return;
    const quasis = node.quasi.quasis;
    // The raw text exactly as in the source; anything unexpected is left alone.
    if (quasis.some((q) => code.slice(q.start, q.end) !== q.value.raw)) return;
    const min = minifyStrings(
      quasis.map((q) => q.value.raw),
      tags.get(node.tag.name) === 'css' ? 'css' : 'html',
    );
    quasis.forEach((q, i) => min[i] !== q.value.raw && edits.push([q.start, q.end, min[i]]));
  });
  return edits.sort((a, b) => a[0] - b[0]);
}

// Source maps: base64 VLQ, as in the source map v3 format.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    s += B64[digit];
  } while (v);
  return s;
}

/**
 * Applies edits and returns the new code with a source map back to `code`:
 * untouched text maps at each line start and word boundary, an edited string at its start.
 */
export function applyEdits(code, edits, source) {
  let out = '';
  const lines = [[]]; // per output line: [outColumn, originalLine, originalColumn]
  let outCol = 0;
  let line = 0; // original position
  let col = 0;
  const mark = (l, c) => lines[lines.length - 1].push([outCol, l, c]);
  const emit = (text, mapEach) => {
    for (let k = 0; k < text.length; k++) {
      const ch = text[k];
      if (
        mapEach &&
        (k === 0 || outCol === 0 || (/[\w$]/.test(ch) && !/[\w$]/.test(text[k - 1])) || /[^\w$\s]/.test(ch))
      )
        mark(line, col);
      out += ch;
      if (ch === '\n') {
        lines.push([]);
        outCol = 0;
      } else outCol++;
      if (mapEach) {
        if (ch === '\n') {
          line++;
          col = 0;
        } else col++;
      }
    }
  };
  const advance = (text) => {
    for (const ch of text) {
      if (ch === '\n') {
        line++;
        col = 0;
      } else col++;
    }
  };
  let pos = 0;
  for (const [start, end, text] of edits) {
    emit(code.slice(pos, start), true);
    mark(line, col);
    emit(text, false);
    advance(code.slice(start, end));
    pos = end;
  }
  emit(code.slice(pos), true);
  let prev = [0, 0, 0];
  const mappings = lines
    .map((segments) => {
      let prevCol = 0;
      return segments
        .filter((s, i) => !i || s[0] !== segments[i - 1][0])
        .map(([c, l, oc]) => {
          const s = vlq(c - prevCol) + vlq(0) + vlq(l - prev[1]) + vlq(oc - prev[2]);
          prevCol = c;
          prev = [0, l, oc];
          return s;
        })
        .join(',');
    })
    .join(';');
  return { code: out, map: { version: 3, sources: [source], names: [], mappings } };
}

/** The rollup plugin: after TypeScript, minify the templates of our own modules. */
export function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id) || !/\b(html|svg|css)\b/.test(code)) return null;
      const edits = templateEdits(code, this.parse(code));
      return edits.length ? applyEdits(code, edits, id) : null;
    },
  };
}
