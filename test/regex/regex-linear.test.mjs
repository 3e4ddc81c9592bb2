// No regular expression in src/ does super-linear work (SECURITY.md, "Bounded work").
// Every regex literal in src/ is found with the TypeScript parser and run, the way
// its flags say it is used, over adversarial inputs built from its own characters:
// one character or a pair of them repeated n times, then something that fails the
// match. The time for 4n must stay near 4 times the time for n: a quadratic pattern
// takes 16 times as long, an exponential one never finishes. A regex built at run
// time (`new RegExp`) must be listed below with an instance to test.
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
      assert.ok(BUILT[file]?.length === constructed, `${file} builds ${constructed} regex(es) at run time: list an instance of each in BUILT`);
      for (const regex of BUILT[file]) found.push({ file, regex });
    }
  }
  return found;
}

/** Runs the regex over `input` as its flags say the code uses it; milliseconds taken. */
function timeOnce(regex, input) {
  const started = performance.now();
  if (regex.global) input.replace(regex, '');
  else if (regex.sticky) {
    // A tokenizer's sticky regex: matched where the last match ended (one step on when it matched nothing).
    for (let at = 0; at < input.length; ) {
      regex.lastIndex = at;
      at = regex.exec(input) && regex.lastIndex > at ? regex.lastIndex : at + 1;
    }
  } else regex.test(input);
  return performance.now() - started;
}

/** The best of three runs, so that a pause of the machine is not taken for the regex. */
const timeOf = (regex, input) => Math.min(timeOnce(regex, input), timeOnce(regex, input), timeOnce(regex, input));

/** Characters to pump: the printable ones the pattern names, and the usual suspects; pairs of the pattern's punctuation. */
function alphabet(regex) {
  const named = regex.source.replace(/\\[dDwWsSbBfnrtv]|\\u[0-9a-f]{4}|\\./gi, (escape) => (escape.length === 2 ? escape[1] : ''));
  const chars = [...new Set([...named, ' ', '\t', ',', 'a', 'Z', '0', '-', '<', '>', '&', '#', ';', '%', '=', '"', "'", '/', '\u200b'])].filter(
    (c) => c >= ' ' || c === '\t',
  );
  const punctuation = [...new Set([...named].filter((c) => c >= ' ' && !/[a-z\d]/i.test(c)).concat(' ', ',', 'a', '0'))];
  return [...chars, ...punctuation.flatMap((a) => punctuation.map((b) => a + b))];
}

// 2,500 and 10,000 characters: enough for a quadratic pattern to take tens of milliseconds
// (the srcset pattern this test was written for took over 100 ms at 10,000 commas), and
// enough to keep the ten thousand inputs within a minute or two on a busy machine.
const N = 2500;
/**
 * Linear work grows 4 times from n to 4n characters, quadratic 16 times. Linear work on
 * 10,000 characters takes well under a millisecond: below FLOOR ms the timer's noise (and a
 * busy machine) would dominate, so only a slower run is compared.
 */
const RATIO = 10;
const FLOOR = 20;

test('every regex in src/ runs in linear time on adversarial inputs', async () => {
  const regexes = await regexesInSource();
  assert.ok(regexes.length >= 15, `found ${regexes.length} regexes: the scan works`);
  const slow = [];
  let tried = 0;
  for (const { file, regex } of regexes) {
    for (const pump of alphabet(regex)) {
      for (const [before, after] of [['', '\u0000'], ['x', '!\n'], [pump, '']]) {
        const make = (n) => before + pump.repeat(Math.ceil(n / pump.length)) + after;
        tried++;
        // Measured again only when one run looks slow; slow only if three measures in a row say so
        // (a busy machine can pause any one of them).
        if (timeOnce(regex, make(4 * N)) <= FLOOR) continue;
        let small = 0;
        let large = 0;
        const superLinear = () => {
          small = timeOf(regex, make(N));
          large = timeOf(regex, make(4 * N));
          return large > FLOOR && large > RATIO * Math.max(small, 0.05);
        };
        if (superLinear() && superLinear() && superLinear()) {
          slow.push(`${file}: ${regex} on ${JSON.stringify(before)} + ${JSON.stringify(pump)}×n + ${JSON.stringify(after)}: ${small.toFixed(2)} ms at n=${N}, ${large.toFixed(2)} ms at 4n`);
        }
      }
    }
  }
  console.log(`# ${regexes.length} regexes, ${tried} adversarial inputs at ${N} and ${4 * N} characters`);
  assert.deepEqual(slow, []);
});
