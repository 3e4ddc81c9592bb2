// `npm run docs`: writes the API tables of each element's page (docs/<tag>.md) from
// custom-elements.json, the manifest `cem analyze` builds from the elements' JSDoc.
// The tables sit between two markers; the rest of each page is written by hand.
// `node scripts/docs.mjs --check` changes nothing and exits 1 when a page is stale
// (test/build/docs.test.mjs does the same check in `npm test`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const START =
  '<!-- api:start: generated from custom-elements.json by `npm run docs`; edit the JSDoc, not this -->';
export const END = '<!-- api:end -->';

/** A table cell: one line, pipes escaped (also inside code, as GitHub's tables need). */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text}\`` : '');
/** CSS values (`40rem`, `16 / 9`, `--news-font-family`) as code; words ("inherited") as words. */
const cssDefault = (text) => (/^(--[\w-]+|[\d.]+[a-z%]*( \/ [\d.]+)?)$/.test(text ?? '') ? code(text) : (text ?? ''));
/** The declared type, without the `| undefined` every optional property carries. */
const typeOf = (entry) => code(entry.type?.text.replace(/\s*\|\s*undefined\b/, ''));

function table(head, rows) {
  if (!rows.length) return [];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

/** The markdown between the markers for one element's declaration in the manifest. */
export function apiTables(element) {
  const attributes = element.attributes ?? [];
  const attributeOf = (field) => attributes.find((attribute) => attribute.fieldName === field.name);
  const fields = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !member.privacy,
  );
  const rows = fields.map((field) => [
    code(attributeOf(field)?.name),
    code(field.name),
    typeOf(field),
    code(field.default),
    field.description,
  ]);
  // Attributes read into a non-public field (`lang`, `dir`): no property of ours to list.
  for (const attribute of attributes) {
    if (!fields.some((field) => field.name === attribute.fieldName)) {
      rows.push([code(attribute.name), '', typeOf(attribute), code(attribute.default), attribute.description]);
    }
  }
  return [
    '### Attributes and properties',
    '',
    ...table(['attribute', 'property', 'type', 'default', 'description'], rows),
    '### Events',
    '',
    ...table(
      ['event', 'description'],
      (element.events ?? []).map((event) => [code(event.name), event.description]),
    ),
    '### Slots',
    '',
    ...table(
      ['slot', 'description'],
      (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description]),
    ),
    '### CSS parts',
    '',
    ...table(
      ['part', 'description'],
      (element.cssParts ?? []).map((part) => [code(part.name), part.description]),
    ),
    '### CSS custom properties',
    '',
    ...table(
      ['property', 'default', 'description'],
      (element.cssProperties ?? []).map((property) => [
        code(property.name),
        cssDefault(property.default),
        property.description,
      ]),
    ),
  ]
    .join('\n')
    .trimEnd();
}

/** Every element in the manifest, with its page: `{tag, file, current, expected}`. */
export function pages(manifest = JSON.parse(readFileSync(`${ROOT}/custom-elements.json`, 'utf8'))) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
  return elements
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((element) => {
      const file = `docs/${element.tagName}.md`;
      const current = existsSync(`${ROOT}/${file}`) ? readFileSync(`${ROOT}/${file}`, 'utf8') : '';
      const start = current.indexOf(START);
      const end = current.indexOf(END);
      const expected =
        start >= 0 && end > start
          ? `${current.slice(0, start + START.length)}\n\n${apiTables(element)}\n\n${current.slice(end)}`
          : undefined;
      return { tag: element.tagName, file, current, expected };
    });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(`${ROOT}/custom-elements.json`)) {
    console.error('docs: custom-elements.json not found; run `npm run build` (or `npx cem analyze`) first.');
    process.exit(2);
  }
  const check = process.argv.includes('--check');
  let failed = false;
  for (const { file, current, expected } of pages()) {
    if (expected === undefined) {
      console.error(`docs: ${file} needs the two markers:\n  ${START}\n  ${END}`);
      failed = true;
    } else if (expected !== current) {
      if (check) {
        console.error(`docs: ${file} is stale; run \`npm run docs\``);
        failed = true;
      } else {
        writeFileSync(`${ROOT}/${file}`, expected);
        console.log(`docs: wrote ${file}`);
      }
    }
  }
  process.exit(failed ? 1 : 0);
}
