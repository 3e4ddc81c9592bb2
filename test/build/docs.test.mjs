// The docs cannot drift from the code: each element's API tables are generated from
// custom-elements.json (`npm run docs`, scripts/docs.mjs), and every link between the
// pages points at a file that exists. Needs the manifest, which `npm run build` writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pages } from '../../scripts/docs.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test("each element's page has the API tables generated from the current manifest", () => {
  const found = pages();
  assert.deepEqual(
    found.map((page) => page.tag),
    ['news-article', 'news-photo', 'news-related'],
  );
  for (const { file, current, expected } of found) {
    assert.ok(expected !== undefined, `${file} needs the api:start and api:end markers`);
    assert.ok(current === expected, `${file} is stale: run \`npm run docs\``);
  }
});

test('a stale table is caught: a part added to the JSDoc changes the expected page', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const photo = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'news-photo');
  photo.cssParts.push({ name: 'new-part', description: 'Added after the page was written.' });
  const page = pages(manifest).find((p) => p.tag === 'news-photo');
  assert.notEqual(page.expected, page.current);
  assert.match(page.expected, /\| `new-part` \| Added after the page was written\. \|/);
});

/** The anchors GitHub gives a Markdown file's headings. */
function anchors(path) {
  const text = readFileSync(path, 'utf8').replace(/```[\s\S]*?```/g, '');
  const headings = [...text.matchAll(/^#+ (.+)$/gm)].map(([, heading]) => heading);
  return headings.map((heading) =>
    heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-'),
  );
}

test('every relative link in README.md and docs/ points at a file (and a heading) that exists', () => {
  const files = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  const broken = [];
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [path, anchor] = target.split('#');
      const resolved = path ? join(ROOT, dirname(file), path) : join(ROOT, file);
      if (!existsSync(resolved)) broken.push(`${file} → ${target}`);
      else if (anchor && resolved.endsWith('.md') && !anchors(resolved).includes(anchor))
        broken.push(`${file} → ${target} (no such heading)`);
    }
  }
  assert.deepEqual(broken, []);
});

/** Every file under a folder, recursively. */
const filesIn = (dir) =>
  readdirSync(join(ROOT, dir), { recursive: true })
    .map((name) => `${dir}/${name}`)
    .filter((path) => path.endsWith('.ts'));

test('the manifest documents every part and custom property the sources use, and nothing else', () => {
  const source = filesIn('src')
    .map((path) => readFileSync(join(ROOT, path), 'utf8'))
    .join('\n');
  // `part="…"` in templates, and the part a heading is given by name: renderHeading(level, 'headline', …).
  const parts = new Set(
    [...source.matchAll(/part="([^"$]+)"|renderHeading\([^,]+, '([\w-]+)'/g)].flatMap(([, list, heading]) =>
      (list ?? heading).split(' '),
    ),
  );
  const properties = new Set([...source.matchAll(/var\((--news-[\w-]+)/g)].map(([, name]) => name));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  const article = elements.find((element) => element.tagName === 'news-article');
  // <news-article> uses every renderer and every style sheet, so it lists them all.
  assert.deepEqual(article.cssParts.map((part) => part.name).sort(), [...parts].sort());
  assert.deepEqual(article.cssProperties.map((property) => property.name).sort(), [...properties].sort());
  for (const element of elements) {
    for (const { name } of element.cssParts)
      assert.ok(parts.has(name), `${element.tagName}: part ${name} is in no template`);
    for (const { name } of element.cssProperties)
      assert.ok(properties.has(name), `${element.tagName}: ${name} is read by no style`);
  }
});
