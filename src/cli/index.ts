#!/usr/bin/env node
/**
 * The `news-elements` command: check, convert and server-render documents
 * without a browser (in CI, in a build, by hand).
 *
 *   news-elements validate FILE|URL|-…  every problem, with line:column
 *   news-elements convert --from FORMAT FILE|URL|-  a WordPress post, ANS story, JSON-LD or HTML → our document
 *   news-elements render FILE|URL|-    the server-rendered element (renderToString)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
// The command reads any document in one pass: every on-demand feature, loaded now.
import '../loader/every-feature.js';
import { normalise } from '../model/normalise.js';
import { SCHEMAS, type DocumentKind } from '../model/schema.js';
import { isRecord, type Issue } from '../model/issues.js';
import { FORMATS, fromFormat, type Format } from '../adapters/index.js';
import type { AdapterResult } from '../adapters/types.js';
import type { NewsTagName } from '../ssr/index.js';
import { JsonError, findPosition, parseWithPositions, type Position } from './json-positions.js';

const TAGS = { article: 'news-article', photo: 'news-photo', related: 'news-related' } as const;

const HELP: Record<string, string> = {
  main: `Usage: news-elements <command> [options]

Commands:
  validate FILE|URL|-...          check documents: every problem, with line:column
  convert --from FORMAT FILE|URL|-  convert a WordPress post, ANS story, schema.org JSON-LD or HTML
  render FILE|URL|-               print the server-rendered element (renderToString)

Run "news-elements <command> --help" for its options. "-" reads standard input.`,
  validate: `Usage: news-elements validate [options] FILE|URL|-...

Checks each document and prints every problem, errors first, each as
FILE:LINE:COLUMN: error|warning: PATH: MESSAGE. A document with an error cannot
be shown; a warning names a part that is left out or changed.

Options:
  --kind article|photo|related  the kind of document (default: guessed from its fields)
  --from FORMAT                 convert first (wordpress, ans, schema.org, html) and check the result
  --strict                      exit with status 1 on warnings too
  --json                        print the results as JSON
  -h, --help                    show this help

Exit status: 0 when every document can be shown, 1 when one cannot (or, with
--strict, has a warning), 2 on a usage error.`,
  convert: `Usage: news-elements convert --from FORMAT [options] FILE|URL|-

Converts a document from another format to ours and prints it as JSON. What the
source has that our document cannot hold is listed on standard error, with its
place in the source.

Options:
  --from FORMAT      wordpress (a REST API post), ans (an Arc XP story),
                     schema.org (JSON-LD), html (an article's HTML)
  --url URL          with --from html: the page's URL, for relative links
  -o, --output FILE  write the document to FILE instead of standard output
  -h, --help         show this help`,
  render: `Usage: news-elements render [options] FILE|URL|-

Prints the element's server-rendered HTML (declarative shadow root and inline
JSON), as renderToString from news-elements/ssr gives it. Needs @lit-labs/ssr.

Options:
  --tag TAG          news-article (default), news-photo or news-related
  --from FORMAT      convert first (wordpress, ans, schema.org, html)
  --attr NAME[=VALUE]  an attribute of the element (repeatable): --attr jsonld --attr heading-level=1
  -h, --help         show this help`,
};

class UsageError extends Error {}

/** An error that says what went wrong for a reader, the original kept as its cause (ES2021 has no Error options). */
function failure(message: string, cause: unknown): Error {
  return Object.assign(new Error(message), { cause });
}

/** What was read from a file, a URL or standard input. */
interface Source {
  name: string;
  text: string;
  url?: string;
}

async function read(name: string): Promise<Source> {
  if (name === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { name: '<stdin>', text: Buffer.concat(chunks).toString('utf8') };
  }
  if (/^https?:\/\//i.test(name)) {
    let response: Response;
    try {
      response = await fetch(name, {
        signal: AbortSignal.timeout(30000),
        headers: { accept: 'application/json, text/html;q=0.9, */*;q=0.1' },
      });
    } catch (error) {
      const cause = (error as { cause?: Error }).cause;
      throw failure(`could not fetch: ${cause?.message ?? (error as Error).message}`, error);
    }
    if (!response.ok) throw new Error(`could not fetch: HTTP ${response.status} ${response.statusText}`.trim());
    return { name, text: await response.text(), url: response.url || name };
  }
  try {
    return { name, text: await readFile(name, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw failure(
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message,
      error,
    );
  }
}

const convert = (format: Format, source: Source, value: unknown, url?: string): AdapterResult =>
  fromFormat(format, format === 'html' ? source.text : value, url ?? source.url);

/** Reads a source as JSON (or keeps HTML as text), with the positions of its values. */
function parse(source: Source, format?: Format): { value: unknown; positions: Map<string, Position> } {
  if (format === 'html') return { value: source.text, positions: new Map() };
  return parseWithPositions(source.text);
}

/** Reads and parses one input; what goes wrong is said with the input's name (and where, for bad JSON). */
async function load(
  name: string,
  format?: Format,
): Promise<{ source: Source; value: unknown; positions: Map<string, Position> }> {
  try {
    const source = await read(name);
    return { source, ...parse(source, format) };
  } catch (error) {
    const where = error instanceof JsonError ? `:${error.position.line}:${error.position.column}` : '';
    throw failure(`${name === '-' ? '<stdin>' : name}${where}: ${(error as Error).message}`, error);
  }
}

function guessKind(value: unknown): DocumentKind {
  if (isRecord(value) && value.headline === undefined) {
    if (value.links !== undefined) return 'related';
    if (value.src !== undefined) return 'photo';
  }
  return 'article';
}

interface Located extends Issue {
  line: number;
  column: number;
}

/** An issue with its line:column: in the file itself, or inside an HTML field (`content.rendered:12:5`). */
function locate(issue: Issue, positions: Map<string, Position>, htmlFile: boolean): Located {
  const inHtml = /^(.*):(\d+):(\d+)$/.exec(issue.path);
  if (inHtml && htmlFile) return { ...issue, line: Number(inHtml[2]), column: Number(inHtml[3]) };
  const { line, column } = findPosition(positions, issue.path);
  return { ...issue, line, column };
}

const line = (name: string, kind: 'error' | 'warning', issue: Located) =>
  `${name}:${issue.line}:${issue.column}: ${kind}: ${issue.path}: ${issue.message}`;

/** Options as parsed; each command reads its own by name. */
interface Parsed {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

function options(args: string[], extra: ParseArgsConfig['options']): Parsed {
  try {
    return parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, ...extra } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function formatOf(value: string | undefined, required: boolean): Format | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`--from is required: one of ${FORMATS.join(', ')}`);
    return undefined;
  }
  if (!(FORMATS as readonly string[]).includes(value))
    throw new UsageError(`unknown format "${value}": use one of ${FORMATS.join(', ')}`);
  return value as Format;
}

async function validate(args: string[]): Promise<number> {
  const { values, positionals } = options(args, {
    kind: { type: 'string' },
    from: { type: 'string' },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (values.help) return help('validate');
  if (!positionals.length) throw new UsageError('validate needs at least one FILE, URL or -');
  const kindOption = values.kind as string | undefined;
  if (kindOption !== undefined && !(kindOption in SCHEMAS))
    throw new UsageError(`unknown kind "${kindOption}": use article, photo or related`);
  const format = formatOf(values.from as string | undefined, false);
  const results = [];
  let failed = false;
  for (const name of positionals) {
    let errors: Located[] = [];
    let warnings: Located[] = [];
    try {
      const source = await read(name);
      const { value, positions } = parse(source, format);
      const place = (issue: Issue) => locate(issue, positions, format === 'html');
      let document = value;
      if (format) {
        const converted = convert(format, source, value);
        document = converted.document;
        warnings = converted.warnings.map(place);
        // Problems of the converted document have no place in the source file: they point at its start.
        positions.clear();
      }
      const result = normalise((kindOption as DocumentKind | undefined) ?? guessKind(document), document, source.url);
      warnings.push(...result.warnings.map(place));
      if (!result.ok) errors = result.issues.map(place);
    } catch (error) {
      const { line, column } = error instanceof JsonError ? error.position : { line: 1, column: 1 };
      errors = [{ path: '(document)', message: (error as Error).message, line, column }];
    }
    failed ||= errors.length > 0 || (values.strict === true && warnings.length > 0);
    results.push({ file: name === '-' ? '<stdin>' : name, ok: errors.length === 0, errors, warnings });
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    for (const { file, ok, errors, warnings } of results) {
      for (const issue of errors) console.log(line(file, 'error', issue));
      for (const issue of warnings) console.log(line(file, 'warning', issue));
      const counts = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
      console.log(ok ? `${file}: ok${warnings.length ? ` (${counts})` : ''}` : `${file}: cannot be shown (${counts})`);
    }
  }
  return failed ? 1 : 0;
}

async function convertCommand(args: string[]): Promise<number> {
  const { values, positionals } = options(args, {
    from: { type: 'string' },
    url: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  if (values.help) return help('convert');
  const format = formatOf(values.from as string | undefined, true)!;
  if (positionals.length !== 1) throw new UsageError('convert takes one FILE, URL or -');
  const { source, value, positions } = await load(positionals[0], format);
  const { document, warnings } = convert(format, source, value, values.url as string | undefined);
  for (const issue of warnings)
    console.error(line(source.name, 'warning', locate(issue, positions, format === 'html')));
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (values.output) await writeFile(values.output as string, json);
  else process.stdout.write(json);
  return 0;
}

async function render(args: string[]): Promise<number> {
  const { values, positionals } = options(args, {
    tag: { type: 'string', default: 'news-article' },
    from: { type: 'string' },
    attr: { type: 'string', multiple: true, default: [] },
  });
  if (values.help) return help('render');
  if (positionals.length !== 1) throw new UsageError('render takes one FILE, URL or -');
  const tag = values.tag as string;
  if (!Object.values(TAGS).includes(tag as never))
    throw new UsageError(`unknown tag "${tag}": use ${Object.values(TAGS).join(', ')}`);
  const format = formatOf(values.from as string | undefined, false);
  const { source, value, positions } = await load(positionals[0], format);
  let document = value;
  if (format) {
    const converted = convert(format, source, value);
    for (const issue of converted.warnings)
      console.error(line(source.name, 'warning', locate(issue, positions, format === 'html')));
    document = converted.document;
  }
  const attributes = Object.fromEntries(
    (values.attr as string[]).map((a) =>
      a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, true],
    ),
  );
  let ssr: typeof import('../ssr/index.js');
  try {
    // Loaded only here: validate and convert need no server renderer.
    ssr = await import('../ssr/index.js');
  } catch (error) {
    throw failure(`render needs @lit-labs/ssr (npm install @lit-labs/ssr): ${(error as Error).message}`, error);
  }
  try {
    process.stdout.write(`${await ssr.renderToString(tag as NewsTagName, document, { attributes })}\n`);
  } catch (error) {
    if (error instanceof ssr.NewsRenderError && !format) {
      for (const issue of error.issues) console.error(line(source.name, 'error', locate(issue, positions, false)));
      throw failure(`${source.name}: the document cannot be shown`, error);
    }
    throw error;
  }
  return 0;
}

function help(topic: string): number {
  console.log(HELP[topic]);
  return 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { validate, convert: convertCommand, render };

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help')
    return help(rest[0] && HELP[rest[0]] ? rest[0] : 'main');
  const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  try {
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`news-elements: ${error.message}\n\n${HELP[run ? command : 'main']}`);
      return 2;
    }
    console.error(`news-elements: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
