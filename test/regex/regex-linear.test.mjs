// No regular expression in src/ does super-linear work (SECURITY.md, "Bounded work").
// Every regex literal in src/ is found with the TypeScript parser and run, the way
// its flags say it is used, over adversarial inputs built from its own characters:
// one of its literal words, one character or a pair of them repeated to n characters,
// then something that fails the match (up to MAX_PUMPS of these per regex). Each input
// is run once at 8n; only one that takes FLOOR ms of CPU or more there is timed again at
// n and 8n. Linear work grows 8 times, quadratic 64 times: a regex is flagged when its
// time grows more than RATIO times, three measures in a row, and the search moves on to
// the next regex. An exponential one never finishes (the run hangs, which fails CI too).
// A regex built at run time (`new RegExp`) must be listed below with an instance to
// test. The first test proves the check can fail: known quadratic patterns, the srcset
// one this test was written for among them, are flagged.
//
// Times are CPU time of this process (`process.cpuUsage()`), not wall time, so a busy
// machine does not make a linear regex look slow, and a short run is repeated until its
// total is measurable. A linear regex takes well under a millisecond at 8n, a quadratic
// one on a short pump 10 to 600 ms; one whose pump is a long word may stay under FLOOR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** Regexes built at run time, by file: an instance of each, as the code builds it. */
const BUILT = {
  'model/rich-text/html-fragment.ts': [
    new RegExp(`</script(?:[\\t\\n\\f\\r />]|$)`, 'gi'),
    // DATETIME, a <time>'s datetime, written out from its DATE, TIME and ZONE parts.
    new RegExp(
      '^(\\d{4}(-(0[1-9]|1[0-2]))?|\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])([T ]([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)?)?' +
        '|([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?|(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)|\\d{4}-W([0-4]\\d|5[0-3])' +
        '|P(?=[\\dT])(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,3})?S)?)?)$',
    ),
  ],
};

/** Known quadratic patterns: the test fails if it does not flag them. */
const KNOWN_BAD = [
  // `srcsetSafe` before issue 12: `,+$` is retried at every comma of a run that does not end the string.
  / |^,+|,+$/g,
  // Used with `test`/`replace` once: `\s+$` scans to the end of a run of spaces from each of them.
  /\s+$/,
];

/** Input sizes in characters: n and 8n. A quadratic regex takes tens of milliseconds at 8n. */
const N = 2000;
const LARGE = 8 * N;
/** Linear work grows 8 times from n to 8n, quadratic 64 times; flagged above this. */
const RATIO = 20;
/** CPU milliseconds: a run at 8n under this is linear enough (a linear one takes well under 1 ms). */
const FLOOR = 5;
/** Pumps tried per regex, most telling first, so that the test's cost is bounded. */
const MAX_PUMPS = 40;

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** Every regex in src/: `{file, regex}`. */
async function regexesInSource() {
  const found = [];
  for await (const path of sources(SRC)) {
    const file = path.slice(SRC.length + 1);
    const text = await readFile(path, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    let constructed = 0;
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const end = literal.lastIndexOf('/');
        found.push({ file, regex: new RegExp(literal.slice(1, end), literal.slice(end + 1)) });
      }
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp') constructed++;
      ts.forEachChild(node, visit);
    };
    visit(source);
    if (constructed) {
      assert.ok(
        BUILT[file]?.length === constructed,
        `${file} builds ${constructed} regex(es) at run time: list an instance of each in BUILT`,
      );
      for (const regex of BUILT[file]) found.push({ file, regex });
    }
  }
  return found;
}

/** Runs the regex over `input` as its flags say the code uses it. */
function run(regex, input) {
  if (regex.global) input.replace(regex, '');
  else if (regex.sticky) {
    // A tokenizer's sticky regex: matched where the last match ended (one step on when it matched nothing).
    for (let at = 0; at < input.length;) {
      regex.lastIndex = at;
      at = regex.exec(input) && regex.lastIndex > at ? regex.lastIndex : at + 1;
    }
  } else regex.test(input);
}

/** CPU milliseconds used by this process so far (user and system). */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU milliseconds per run, over as many runs as it takes to spend at least `floor` ms. */
function cpuPerRun(regex, input, floor) {
  const started = cpu();
  let runs = 0;
  let spent;
  do {
    run(regex, input);
    runs++;
  } while ((spent = cpu() - started) < floor);
  return spent / runs;
}

/** A representative character for each escape: `\s` is a space, `\d` a digit… */
const ESCAPES = {
  d: '0',
  D: 'a',
  w: 'a',
  W: ' ',
  s: ' ',
  S: 'a',
  n: '\n',
  r: '\r',
  t: '\t',
  f: '\f',
  v: '\v',
  b: '',
  B: '',
};

/** The pattern's characters (escapes by a representative) and its literal words (runs of two or more literal characters). */
function charactersOf(regex) {
  const chars = [];
  const words = [];
  let word = '';
  const endWord = () => {
    if (word.length >= 2) words.push(word);
    word = '';
  };
  const source = regex.source;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (inClass) {
      // A class's characters are pumped one by one; they make no word.
      if (c === ']') inClass = false;
      else if (c === '\\') {
        const e = source[++i];
        chars.push(e in ESCAPES ? ESCAPES[e] : e);
      } else chars.push(c);
    } else if (c === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
      endWord();
    } else if (c === '\\') {
      const e = source[++i];
      let literal;
      if (e === 'u' && /^[0-9a-f]{4}$/i.test(source.slice(i + 1, i + 5))) {
        literal = String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16));
        i += 4;
      } else if (e === 'x' && /^[0-9a-f]{2}$/i.test(source.slice(i + 1, i + 3))) {
        literal = String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16));
        i += 2;
      } else if (e in ESCAPES) {
        if (ESCAPES[e]) chars.push(ESCAPES[e]);
        endWord();
        continue;
      } else literal = e;
      chars.push(literal);
      word += literal;
    } else if ('*+?{'.includes(c)) {
      // The character before a quantifier may be absent or repeated: the word ends before it.
      word = word.slice(0, -1);
      endWord();
      if (c === '{') i = source.indexOf('}', i);
    } else if (c === '(') {
      // A group's prefix (`?:`, `?=`, `?!`, `?<=`, `?<!`, `?<name>`) is syntax.
      endWord();
      const prefix = /^\?(?:[:=!]|<[=!]|<[^>]*>)/.exec(source.slice(i + 1));
      if (prefix) i += prefix[0].length;
    } else if (')|^$.'.includes(c)) {
      endWord();
    } else {
      chars.push(c);
      word += c;
    }
  }
  endWord();
  return { chars, words };
}

/** What to repeat: the pattern's words (alone and followed by a space or a letter), its characters, pairs of its punctuation, then the usual suspects. */
function pumps(regex) {
  const { chars, words } = charactersOf(regex);
  const named = chars.filter((c) => c && (c >= ' ' || '\t\n\r\f\v'.includes(c)));
  const punctuation = [...new Set(named.filter((c) => !/[a-z\d]/i.test(c)).concat(' ', ','))];
  const suspects = [
    ' ',
    '\t',
    '\n',
    ',',
    'a',
    'Z',
    '0',
    '-',
    '<',
    '>',
    '&',
    '#',
    ';',
    '%',
    '=',
    '"',
    "'",
    '/',
    '\u200b',
  ];
  const all = [
    ...words.flatMap((w) => [w, `${w} `, `${w}a`]),
    ...named,
    ...punctuation.flatMap((a) => punctuation.map((b) => a + b)),
    ...suspects,
  ];
  return [...new Set(all)].slice(0, MAX_PUMPS);
}

let tried = 0;

/** How `regex` behaves on adversarial inputs: a line saying where it grows faster than linear, or null. */
function superLinear(regex) {
  for (const pump of pumps(regex)) {
    for (const [before, after] of [
      ['', '\u0000'],
      ['x', '!\n'],
      [pump, ''],
    ]) {
      const make = (n) => before + pump.repeat(Math.ceil(n / pump.length)) + after;
      const large = make(LARGE);
      tried++;
      if (cpuPerRun(regex, large, 0) < FLOOR) continue;
      // Slow only if three measures in a row say so: a pause of the process (GC, a neighbour on the core) can skew any one.
      const small = make(N);
      let times;
      const grows = () => {
        times = [cpuPerRun(regex, small, FLOOR), cpuPerRun(regex, large, FLOOR)];
        return times[1] > RATIO * times[0];
      };
      if (grows() && grows() && grows()) {
        const [n, n8] = times.map((t) => t.toFixed(2));
        return `${regex} on ${JSON.stringify(before)} + ${JSON.stringify(pump)}×n + ${JSON.stringify(after)}: ${n} ms at n=${N}, ${n8} ms at 8n`;
      }
    }
  }
  return null;
}

test('the check flags known quadratic patterns', () => {
  for (const regex of KNOWN_BAD) assert.ok(superLinear(regex), `${regex} is quadratic but was not flagged`);
});

test('every regex in src/ runs in linear time on adversarial inputs', async () => {
  const regexes = await regexesInSource();
  assert.ok(regexes.length >= 15, `found ${regexes.length} regexes: the scan works`);
  const started = cpu();
  tried = 0;
  const slow = [];
  for (const { file, regex } of regexes) {
    const found = superLinear(regex);
    if (found) slow.push(`${file}: ${found}`);
  }
  const spent = ((cpu() - started) / 1000).toFixed(1);
  console.log(`${regexes.length} regexes, ${tried} adversarial inputs of ${LARGE} characters: ${spent} s of CPU`);
  assert.deepEqual(slow, []);
});
