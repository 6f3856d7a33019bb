/**
 * `npm start`: makes a few fictitious sample documents and reads them with the pipeline, as a
 * caseworker's batch would. (The demo portal will take over this command.)
 */
import {join} from 'node:path';
import {main} from '../pipeline/cli.js';
import {generateFixtures} from '../tests/fixtures/generate.js';

const out = join(import.meta.dirname, '..', 'demo', 'samples');
console.log(`Making fictitious sample documents in ${out} ...`);
const manifest = await generateFixtures({out, perLayout: 1, rasterPerLayout: 1, renderings: ["text-pdf", "scan"], badInputs: false});
const pick = (type: string, rendering: string) => manifest.find((m) => m.documentType === type && m.rendering === rendering)?.path;
const files = [pick('pay_stub', 'text-pdf'), pick('lease', 'text-pdf'), pick('protective_order', 'text-pdf'), pick('unknown', 'text-pdf'), pick('pay_stub', 'scan')].filter(
  (f): f is string => Boolean(f),
);
console.log(`\n$ casekit extract ${files.map((f) => f.replace(out + '/', 'demo/samples/')).join(' ')}\n`);
process.exitCode = await main(['extract', ...files]);
