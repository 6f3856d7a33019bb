// Writes dist/json-schema/<name>.json for every public schema (run by `npm run build:lib`).
import {mkdir, writeFile} from 'node:fs/promises';
import {jsonSchemas} from '../schemas/json-schema.js';

const out = new URL('../dist/json-schema/', import.meta.url);
await mkdir(out, {recursive: true});
for (const [name, schema] of Object.entries(jsonSchemas())) {
  await writeFile(new URL(`${name}.json`, out), JSON.stringify(schema, null, 2) + '\n');
}
