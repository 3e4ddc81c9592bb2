/**
 * Where things are in the JSON text a publisher typed: the place of a syntax
 * error, and the place of a problem's path (`body[3].src`), so the playground
 * can select it in the editor. A strict little scanner: JSON.parse gives the
 * value, this gives positions.
 */

export class JsonSyntaxError extends Error {
  constructor(message, at) {
    super(message);
    this.at = at;
  }
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Scans JSON text; returns a Map from each value's path, written as the
 * library writes it (`''` for the document, `body[3].src`), to `[start, end)`:
 * for an object member the span starts at its key. Throws JsonSyntaxError.
 */
export function scan(text) {
  const spans = new Map();
  let i = 0;
  const fail = (what, found = i < text.length ? `, found ${JSON.stringify(text[i])}` : ', but the text ends') => {
    throw new JsonSyntaxError(what + found, i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    if (text[i] !== '"') fail('expected a property name in double quotes');
    const start = i++;
    while (text[i] !== '"') {
      if (i >= text.length) fail('a string is not closed');
      if (text[i] < ' ') fail('a line break or control character inside a string (write \\n)');
      if (text[i] === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) fail('an invalid escape in a string');
        i = ESCAPE.lastIndex;
      } else i++;
    }
    return JSON.parse(text.slice(start, ++i));
  };
  // One loop for objects and arrays: `close` ends it, `item(n)` reads one entry.
  const list = (close, item) => {
    i++;
    ws();
    if (text[i] === close) return i++;
    for (let n = 0; ; n++) {
      item(n);
      ws();
      if (text[i] === ',') {
        i++;
        ws();
        if (text[i] === close) fail(`a comma before "${close}": JSON allows no trailing comma`, '');
      } else if (text[i] === close) return i++;
      else fail(`expected "," or "${close}"`);
    }
  };
  const value = (path, from) => {
    ws();
    const start = i;
    if (text[i] === '{') {
      list('}', () => {
        ws();
        const keyAt = i;
        const key = string();
        ws();
        if (text[i] !== ':') fail('expected ":" after the property name');
        i++;
        value(path ? `${path}.${key}` : key, keyAt);
      });
    } else if (text[i] === '[') list(']', (n) => value(`${path}[${n}]`));
    else if (text[i] === '"') string();
    else {
      LITERAL.lastIndex = i;
      if (!LITERAL.test(text))
        fail('expected a value (a string in double quotes, a number, true, false, null, an object or a list)');
      i = LITERAL.lastIndex;
    }
    spans.set(path, [from ?? start, i]);
  };
  value('');
  ws();
  if (i < text.length) fail('unexpected text after the end of the document');
  return spans;
}

/** 1-based line and column of an offset. */
export function lineColumn(text, at) {
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * `[start, end)` of a path in the text, or of its nearest ancestor that is
 * there (a missing required field points at its parent); undefined when the
 * text does not scan.
 */
export function locate(text, path) {
  let spans;
  try {
    spans = scan(text);
  } catch {
    return undefined;
  }
  let p = path === '(document)' ? '' : path;
  for (;;) {
    if (spans.has(p)) return spans.get(p);
    const parent = p.replace(/(?:^|\.)[^.[\]]*$|\[\d+\]$/, '');
    p = parent === p ? '' : parent;
  }
}
