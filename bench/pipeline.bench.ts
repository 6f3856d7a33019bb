/**
 * `npm run bench`: prints the pipeline's figures (not a test).
 * - document type and field accuracy by type and rendering, on the held-out fixtures;
 * - text-PDF ms/page (median), OCR s/page (median) and pages/min with the worker pool;
 * - the same pages through native tesseract, as a ratio;
 * - peak memory for a 100-page scanned PDF (in a child process).
 */
import {execFileSync} from 'node:child_process';
import {availableParallelism} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {extract, shutdown} from '../pipeline/node.js';
import type {ExtractionResult} from '../schemas/index.js';
import {generateFixtures} from '../tests/fixtures/generate.js';
import {ALL_FAMILIES} from '../tests/fixtures/layouts/index.js';
import {scoreFields} from '../tests/helpers/score.js';

const {values: args} = parseArgs({
  options: {
    'per-layout': {type: 'string', default: '3'},
    split: {type: 'string', default: 'heldout'},
    'skip-memory': {type: 'boolean', default: false},
    'skip-native': {type: 'boolean', default: false},
    verbose: {type: 'boolean', short: 'v', default: false},
  },
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

const AS_OF = '2026-03-01';
const out = join(import.meta.dirname, 'out', 'fixtures');
console.log(`casekit bench — ${availableParallelism()} cores, node ${process.version}`);
console.log(`generating fixtures (--per-layout ${args['per-layout']}) in ${out} ...`);
// Only the families measured are generated (the held-out ones by default).
const layouts = ALL_FAMILIES.filter((f) => args.split === 'all' || f.heldout === (args.split === 'heldout')).map((f) => f.id);
const manifest = await generateFixtures({perLayout: Number(args['per-layout']), out, layouts, renderings: ['text-pdf', 'scan', 'image-pdf', 'photo'], rasterPerLayout: Number(args['per-layout'])});
const items = manifest.filter((m) => args.split === 'all' || m.split === args.split);
console.log(`${items.length} documents in split "${args.split}"\n`);

type Row = {type: string; rendering: string; typeOk: number; docs: number; fieldsOk: number; fields: number; ms: number; pages: number};
const rows = new Map<string, Row>();
/** Per layout family: text-PDF and OCR'd (scan, image-only PDF, photo) field counts. */
const families = new Map<string, {text: [number, number]; ocr: [number, number]; typeOk: number; docs: number}>();
const textMsPerPage: number[] = [];
const ocrSecPerPage: number[] = [];
const misses: string[] = [];
let ocrPages = 0;
let ocrWall = 0;

// Warm up pdf.js and the OCR pool so the first document's start-up is not counted.
const warm = items.find((m) => m.rendering === 'scan');
if (warm) await extract(warm.path, {asOf: AS_OF});

const byRendering = ['text-pdf', 'scan', 'image-pdf', 'photo'];
for (const rendering of byRendering) {
  const group = items.filter((m) => m.rendering === rendering);
  const started = performance.now();
  let pagesInGroup = 0;
  // OCR'd documents run two at a time, as the CLI does, to keep the pool busy.
  const concurrency = rendering === 'text-pdf' ? 1 : 2;
  let next = 0;
  await Promise.all(
    Array.from({length: concurrency}, async () => {
      while (next < group.length) {
        const item = group[next++]!;
        const t0 = performance.now();
        let result: ExtractionResult;
        try {
          result = await extract(item.path, {asOf: AS_OF});
        } catch (error) {
          misses.push(`${item.id}: ${(error as Error).message}`);
          continue;
        }
        const ms = performance.now() - t0;
        const pages = result.pages.length || 1;
        pagesInGroup += pages;
        if (rendering === 'text-pdf') textMsPerPage.push(ms / pages);
        else ocrSecPerPage.push(ms / 1000 / pages);
        const key = `${item.documentType}|${rendering}`;
        const row = rows.get(key) ?? {type: item.documentType, rendering, typeOk: 0, docs: 0, fieldsOk: 0, fields: 0, ms: 0, pages: 0};
        row.docs++;
        row.ms += ms;
        row.pages += pages;
        if (result.documentType === item.documentType) row.typeOk++;
        else misses.push(`${item.id}: type ${result.documentType}, expected ${item.documentType}`);
        const fam = families.get(item.layout) ?? {text: [0, 0], ocr: [0, 0], typeOk: 0, docs: 0};
        fam.docs++;
        if (result.documentType === item.documentType) fam.typeOk++;
        families.set(item.layout, fam);
        if (item.documentType !== 'unknown') {
          const scores = scoreFields(item.expected as Record<string, unknown>, result);
          row.fields += scores.length;
          row.fieldsOk += scores.filter((s) => s.ok).length;
          const counts = rendering === 'text-pdf' ? fam.text : fam.ocr;
          counts[0] += scores.filter((s) => s.ok).length;
          counts[1] += scores.length;
          for (const s of scores.filter((s) => !s.ok)) misses.push(`${item.id}: ${s.field} = ${JSON.stringify(s.actual)}, expected ${JSON.stringify(s.expected)}`);
        }
        rows.set(key, row);
      }
    }),
  );
  if (rendering !== 'text-pdf' && group.length) {
    ocrPages += pagesInGroup;
    ocrWall += (performance.now() - started) / 1000;
  }
}

console.log('Accuracy (held-out fixtures)');
console.log('type              rendering   docs  type-acc  field-acc');
const totals = {typeOk: 0, docs: 0};
for (const r of [...rows.values()].sort((a, b) => a.type.localeCompare(b.type) || byRendering.indexOf(a.rendering) - byRendering.indexOf(b.rendering))) {
  totals.typeOk += r.typeOk;
  totals.docs += r.docs;
  console.log(`${r.type.padEnd(17)} ${r.rendering.padEnd(10)} ${String(r.docs).padStart(5)}  ${pct(r.typeOk, r.docs).padStart(8)}  ${r.fields ? pct(r.fieldsOk, r.fields).padStart(9) : '        -'}`);
}
const fieldAccuracy = (renderings: string[]) => {
  const rs = [...rows.values()].filter((r) => renderings.includes(r.rendering));
  const ok = rs.reduce((n, r) => n + r.fieldsOk, 0);
  const all = rs.reduce((n, r) => n + r.fields, 0);
  return {ok, all, ratio: all ? ok / all : NaN};
};
for (const rendering of byRendering) {
  const {ok, all} = fieldAccuracy([rendering]);
  console.log(`field accuracy, ${rendering.padEnd(9)}: ${pct(ok, all)} (${ok}/${all})`);
}
console.log(`document type accuracy: ${pct(totals.typeOk, totals.docs)} (${totals.typeOk}/${totals.docs})`);
console.log('\nBy layout family (field accuracy; type accuracy over all renderings)');
console.log('family                                   text-pdf        OCR   type');
for (const [id, f] of [...families.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  const acc = ([ok, all]: [number, number]) => (all ? pct(ok, all) : '-');
  console.log(`${id.padEnd(40)} ${acc(f.text).padStart(8)} ${acc(f.ocr).padStart(10)} ${pct(f.typeOk, f.docs).padStart(6)}`);
}
type Target = {name: string; value: number; target: number; better: 'higher' | 'lower'; unit: string};
const targets: Target[] = [
  {name: 'document type accuracy', value: totals.typeOk / totals.docs, target: 0.98, better: 'higher', unit: ''},
  {name: 'field accuracy, text PDFs', value: fieldAccuracy(['text-pdf']).ratio, target: 0.97, better: 'higher', unit: ''},
  {name: 'field accuracy, scans (scan + image-only PDF)', value: fieldAccuracy(['scan', 'image-pdf']).ratio, target: 0.92, better: 'higher', unit: ''},
  {name: 'field accuracy, phone photos', value: fieldAccuracy(['photo']).ratio, target: 0.85, better: 'higher', unit: ''},
];
console.log('');
console.log(`text PDF: ${median(textMsPerPage).toFixed(1)} ms/page (median of ${textMsPerPage.length})`);
targets.push({name: 'text PDF ms/page (median)', value: median(textMsPerPage), target: 50, better: 'lower', unit: ' ms'});
console.log(`OCR: ${median(ocrSecPerPage).toFixed(2)} s/page (median of ${ocrSecPerPage.length}); ${((60 * ocrPages) / ocrWall).toFixed(1)} pages/min with the pool`);
await shutdown();

if (!args['skip-native']) {
  const {runOcrBench} = await import('./ocr.bench.js');
  const scans = manifest.filter((m) => m.rendering === 'scan' && /\.(png|tiff?)$/.test(m.path)).slice(0, 8).map((m) => m.path);
  const r = await runOcrBench(scans);
  console.log(`OCR vs native tesseract (OMP_THREAD_LIMIT=1, same parallelism): ${JSON.stringify(r)}`);
  if (r.ratio !== null) targets.push({name: 'OCR time vs native tesseract (ratio)', value: r.ratio, target: 1.3, better: 'lower', unit: '×'});
}

if (!args['skip-memory']) {
  const script = join(import.meta.dirname, 'memory.bench.ts');
  // Memory is measured on the built library (dist/), as the CLI runs it: bring it up to date.
  execFileSync('npm', ['run', '--silent', 'build:lib'], {stdio: 'inherit'});
  execFileSync(process.execPath, ['--import', 'tsx', script, out, '--build']);
  const outText = execFileSync(process.execPath, ['--import', 'tsx', script, out], {encoding: 'utf8', maxBuffer: 1 << 24});
  process.stdout.write(outText);
  const peak = /peak memory (\d+) MiB/.exec(outText);
  if (peak) targets.push({name: 'peak memory, 100 scanned pages', value: Number(peak[1]), target: 1024, better: 'lower', unit: ' MiB'});
}

console.log('\nTargets');
for (const t of targets) {
  const met = t.better === 'higher' ? t.value >= t.target : t.value <= t.target;
  const show = (n: number) => (t.unit ? `${n.toFixed(t.unit === '×' ? 2 : 0)}${t.unit}` : `${(100 * n).toFixed(1)}%`);
  console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${t.name.padEnd(48)} ${show(t.value).padStart(9)}  (target ${t.better === 'higher' ? '≥' : '≤'} ${show(t.target)})`);
}

if (args.verbose && misses.length) console.log('\nMisses:\n' + misses.join('\n'));
else if (misses.length) console.log(`\n${misses.length} misses (run with -v to list them)`);
