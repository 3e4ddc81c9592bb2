/**
 * Where each value of a JSON text starts, by the path the model's issues use
 * (`body[3].src`), so the command line can say `story.json:14:7`.
 */
import { joinPath } from '../model/issues.js';

export interface Position {
  line: number;
  column: number;
}

/** Text that is not JSON, and where the parser gave up. */
export class JsonError extends SyntaxError {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

/** The parsed value and the position of every value in it; throws a JsonError on bad JSON. */
export function parseWithPositions(text: string): { value: unknown; positions: Map<string, Position> } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 says `… at position 42` (or `line 3 column 5`); a reader wants line:column.
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? positionOf(text, Number(at[1])) : undefined;
    throw new JsonError(`not JSON: ${message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '')}`, where ?? { line: 1, column: 1 });
  }
  const positions = new Map<string, Position>();
  // The text is valid JSON now: a scanner that only records where values start is enough.
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const skipSpace = () => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') {
        line++;
        lineStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') break;
    }
  };
  const readString = (): string => {
    const start = i;
    for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // An explicit stack, not recursion: a deeply nested document cannot overflow it.
  const stack: { path: string; kind: 'object' | 'array'; index: number }[] = [];
  let path = '';
  for (;;) {
    skipSpace();
    positions.set(path || '', { line, column: i - lineStart + 1 });
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skipSpace();
      const kind = c === '{' ? 'object' : 'array';
      if (text[i] === (kind === 'object' ? '}' : ']')) {
        i++;
      } else {
        stack.push({ path, kind, index: 0 });
        if (kind === 'object') {
          const key = readString();
          skipSpace();
          i++; // the colon
          path = joinPath(path, key);
        } else path = joinPath(path, 0);
        continue;
      }
    } else if (c === '"') readString();
    else while (i < text.length && /[^,\]}\s]/.test(text[i])) i++;
    // After a value: the next member of the innermost open container, or its end.
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) return { value, positions };
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        top.index++;
        if (top.kind === 'object') {
          const key = readString();
          skipSpace();
          i++;
          path = joinPath(top.path, key);
        } else path = joinPath(top.path, top.index);
        break;
      }
      i++; // `}` or `]`
      stack.pop();
    }
  }
}

/** 1-based line and column of an offset. */
export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The position of an issue's path: the value itself, or (for a field that is
 * missing) the nearest enclosing value that is there.
 */
export function findPosition(positions: Map<string, Position>, path: string): Position {
  let probe = path === '(document)' ? '' : path.replace(/:\d+:\d+$/, '');
  for (;;) {
    const found = positions.get(probe);
    if (found) return found;
    if (!probe) return { line: 1, column: 1 };
    const cut = Math.max(probe.lastIndexOf('.'), probe.lastIndexOf('['));
    probe = cut > 0 ? probe.slice(0, cut) : '';
  }
}
