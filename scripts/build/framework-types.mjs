// Build step: writes the framework typings and the React 18 wrappers from
// custom-elements.json (written by `cem analyze` just before), so that every tag,
// property, attribute and event a framework sees is the one the elements have:
//  - dist/frameworks/react.d.ts   React 19 `JSX.IntrinsicElements`  (`news-elements/types/react`)
//  - dist/frameworks/vue.d.ts     Vue 3 `GlobalComponents`          (`news-elements/types/vue`)
//  - dist/frameworks/svelte.d.ts  Svelte 5 `SvelteHTMLElements`     (`news-elements/types/svelte`)
//  - dist/react/index.js + .d.ts  React 18 wrappers with @lit/react (`news-elements/react`)
// Names come from the manifest; types come from the element classes themselves
// (`NewsArticle['data']`, `NewsArticleEventMap['news-load']`), so neither can drift.
// Each typing file imports only its own framework, so it stands alone.
// Self-contained: node built-ins only. Usage: node scripts/build/framework-types.mjs [root]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const HEADER = '// Generated from custom-elements.json by scripts/build/framework-types.mjs: do not edit.\n';

/** `news-load` → `NewsLoad`, for Vue's `onNewsLoad` and React 18's `onNewsLoad`. */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, dash, letter) => letter.toUpperCase());
const quoteKey = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

/** Every custom element in the manifest, with what a template may set on it and the events it fires. */
function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const className = declaration.name;
      // `src/news-article/news-article.component.ts` → `news-article/news-article.component.js` in dist/.
      const classModule = module.path.replace(/^src\//, '').replace(/\.ts$/, '.js');
      // The module beside it that registers the tag (the layout every element follows).
      const defineModule = classModule.replace(/\.component\.js$/, '.js');
      const properties = (declaration.members ?? []).filter(
        (member) =>
          member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public',
      );
      const propertyNames = new Set(properties.map((property) => property.name));
      // Attributes whose name is not already a property: `heading-level`, `lang`, `dir`.
      const attributes = (declaration.attributes ?? []).filter((attribute) => !propertyNames.has(attribute.name));
      const events = (declaration.events ?? []).filter((event) => event.name);
      elements.push({ tag: declaration.tagName, className, classModule, defineModule, properties, attributes, events });
    }
  }
  if (!elements.length) throw new Error('custom-elements.json names no custom element');
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The type of an attribute value written in a template: a string, or what its property takes. */
function attributeType(attribute) {
  const text = attribute.type?.text ?? '';
  if (/\bboolean\b/.test(text)) return 'boolean';
  if (/\bnumber\b/.test(text)) return 'number | string';
  return 'string';
}

/** Type imports of the element classes (`as`: their local names) and their event maps. */
const imports = (elements, from, as = (e) => e.className) =>
  elements
    .map(
      (e) =>
        `import type { ${e.className}${as(e) === e.className ? '' : ` as ${as(e)}`} } from '${from}${e.classModule}';\n`,
    )
    .join('') +
  `import type { ${elements.map((e) => `${e.className}EventMap`).join(', ')} } from '${from}events.js';\n`;

/** The properties and attributes of one element, as members of an object type. */
function settable(element, indent) {
  let out = '';
  for (const property of element.properties) {
    out +=
      doc(property.description, indent) +
      `${indent}${quoteKey(property.name)}?: ${element.className}['${property.name}'];\n`;
  }
  for (const attribute of element.attributes) {
    out += doc(attribute.description, indent) + `${indent}${quoteKey(attribute.name)}?: ${attributeType(attribute)};\n`;
  }
  return out;
}

/** Listener props: `eventProp('news-load')` is the prop name for that event in this framework. */
function listeners(element, indent, eventProp) {
  return element.events
    .map(
      (event) =>
        doc(event.description, indent) +
        `${indent}${quoteKey(eventProp(event.name))}?: (event: ${element.className}EventMap['${event.name}']) => void;\n`,
    )
    .join('');
}

/** The names a framework's own attribute types must give up to ours (so ours win, whatever theirs say). */
const ownNames = (element, eventProp) =>
  [
    ...element.properties.map((p) => p.name),
    ...element.attributes.map((a) => a.name),
    ...element.events.map((e) => eventProp(e.name)),
  ]
    .map((name) => `'${name}'`)
    .join(' | ');

/** One typing file: per element an interface of its props, then the framework's declaration that uses them. */
function typings({ framework, intro, preamble, base, eventProp, declare }) {
  const elements = elementsOf(manifest);
  let out = HEADER + `// ${intro}\n` + preamble + imports(elements, '../');
  for (const element of elements) {
    out += `\n/** What ${framework} may set on \`<${element.tag}>\`, and its events. */\n`;
    out += `export type ${element.className}${framework}Props = Omit<${base(element)}, ${ownNames(element, eventProp)}> & {\n`;
    out += settable(element, '  ') + listeners(element, '  ', eventProp) + '};\n';
  }
  return out + '\n' + declare(elements) + '\nexport {};\n';
}

const reactTypes = typings({
  framework: 'React',
  intro:
    "React 19: `import type {} from 'news-elements/types/react'` once; then <news-article data={story} onnews-load={…}> type-checks.",
  preamble: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n",
  base: (e) => `DetailedHTMLProps<HTMLAttributes<${e.className}>, ${e.className}>`,
  // React 19 adds a listener for `on` + the event's exact name.
  eventProp: (name) => `on${name}`,
  declare: (elements) =>
    "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n" +
    elements.map((e) => `      '${e.tag}': ${e.className}ReactProps;\n`).join('') +
    '    }\n  }\n}\n',
});

const vueTypes = typings({
  framework: 'Vue',
  intro:
    'Vue 3: `import type {} from \'news-elements/types/vue\'` once; then vue-tsc checks <news-article :data="story" @news-load="…">.',
  preamble: "import type { DefineComponent, HTMLAttributes } from 'vue';\n",
  base: () => 'HTMLAttributes',
  // Vue's `@news-load` is the `onNewsLoad` prop.
  eventProp: (name) => `on${pascal(name)}`,
  declare: (elements) =>
    "declare module 'vue' {\n  interface GlobalComponents {\n" +
    elements.map((e) => `    '${e.tag}': DefineComponent<${e.className}VueProps>;\n`).join('') +
    '  }\n}\n',
});

const svelteTypes = typings({
  framework: 'Svelte',
  intro:
    "Svelte 5: `import type {} from 'news-elements/types/svelte'` once; then svelte-check checks <news-article data={story} onnews-load={…}>.",
  preamble: "import type { HTMLAttributes } from 'svelte/elements';\n",
  base: (e) => `HTMLAttributes<${e.className}>`,
  // Svelte 5 adds a listener for `on` + the event's exact name.
  eventProp: (name) => `on${name}`,
  declare: (elements) =>
    "declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n" +
    elements.map((e) => `    '${e.tag}': ${e.className}SvelteProps;\n`).join('') +
    '  }\n}\n',
});

/** React 18 sets neither properties nor custom-event listeners on custom elements: @lit/react wrappers do. */
function reactWrappers() {
  const elements = elementsOf(manifest);
  const eventProps = (e) => e.events.map((event) => [`on${pascal(event.name)}`, event.name]);
  let js = HEADER + "import * as React from 'react';\nimport { createComponent } from '@lit/react';\n";
  const element = (e) => `${e.className}Element`;
  let dts =
    HEADER + "import type { EventName, ReactWebComponent } from '@lit/react';\n" + imports(elements, '../', element);
  for (const e of elements) js += `import { ${e.className} as ${element(e)} } from '../${e.defineModule}';\n`;
  for (const e of elements) {
    const events = eventProps(e);
    js += `\n/** \`<${e.tag}>\` as a React component: properties set as properties, events as ${events.map(([prop]) => prop).join(', ')}. */\n`;
    js += `export const ${e.className} = createComponent({\n  react: React,\n  tagName: '${e.tag}',\n  elementClass: ${element(e)},\n`;
    js += `  events: {\n${events.map(([prop, name]) => `    ${prop}: '${name}',\n`).join('')}  },\n});\n`;
    dts += `\n/** \`<${e.tag}>\` as a React component (React 18 and later): properties as props, events as ${events.map(([prop]) => prop).join(', ')}. */\n`;
    dts += `export declare const ${e.className}: ReactWebComponent<${element(e)}, {\n`;
    dts +=
      events.map(([prop, name]) => `  ${prop}: EventName<${e.className}EventMap['${name}']>;\n`).join('') + '}>;\n';
  }
  return { js, dts };
}

function write(path, text) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

write('dist/frameworks/react.d.ts', reactTypes);
write('dist/frameworks/vue.d.ts', vueTypes);
write('dist/frameworks/svelte.d.ts', svelteTypes);
const wrappers = reactWrappers();
write('dist/react/index.js', wrappers.js);
write('dist/react/index.d.ts', wrappers.dts);
