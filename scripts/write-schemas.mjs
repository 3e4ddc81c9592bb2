// Writes dist/schema/*.schema.json from the same valibot schemas that validate
// documents at run time (dist/model/schema.js, built just before).
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { SCHEMAS } from '../dist/model/schema.js';

const TITLES = { article: 'news-elements Article', photo: 'news-elements Photo', related: 'news-elements Related' };

function metadataOf(schema) {
  return schema.pipe?.find((action) => action.type === 'metadata')?.metadata ?? {};
}

mkdirSync('dist/schema', { recursive: true });
for (const [kind, schema] of Object.entries(SCHEMAS)) {
  const json = toJsonSchema(schema, {
    target: 'draft-2020-12',
    // Transforms and custom checks have no JSON Schema form; what they enforce is described in words.
    errorMode: 'ignore',
    overrideSchema({ valibotSchema, jsonSchema }) {
      if (metadataOf(valibotSchema).url) return { ...jsonSchema, type: 'string', format: 'uri-reference' };
      return undefined;
    },
  });
  json.$id = `https://unpkg.com/news-elements/dist/schema/${kind}.schema.json`;
  json.title = TITLES[kind];
  writeFileSync(`dist/schema/${kind}.schema.json`, JSON.stringify(json, null, 2) + '\n');
  console.log(`dist/schema/${kind}.schema.json`);
}
