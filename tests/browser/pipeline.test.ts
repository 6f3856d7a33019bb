/**
 * The browser pipeline in Chromium: text PDFs through pdf.js, scans and image PDFs through
 * tesseract.js workers, every asset from the dev server's own origin (dist/assets, copied by
 * the web-test-runner config).
 */
import {CasekitError, createBrowserPipeline, type BrowserPipeline} from '../../pipeline/browser.js';
import type {ExtractedField} from '../../schemas/index.js';
import {assert, deepEqual, equal, rejects} from './assert.js';
import {fixtureFile, pickFixture, readFixture, type FixtureEntry} from './fixtures.js';
import {assertSameOriginOnly, seenRequests} from './origin.js';

// The default buffer keeps 250 resource entries; the page loads a few hundred modules and assets.
performance.setResourceTimingBufferSize(100_000);

const ASSET_BASE = '/dist/assets/';
/** Canonical order of progress stages; a one-page document reports them in this order. */
const STAGES = ['ingest', 'render', 'ocr', 'layout', 'classify', 'extract', 'validate', 'map'];

let pipeline: BrowserPipeline;

const read = (entry: FixtureEntry) => readFixture(pipeline, entry);

function checkEvidence(field: ExtractedField | undefined, name: string, method: 'pdf-text' | 'ocr'): asserts field is ExtractedField {
  assert(field, `${name} was not extracted`);
  equal(field.method, method, `${name}.method`);
  equal(field.page, 1, `${name}.page`);
  const box = field.bbox;
  assert(box, `${name} has no bbox`);
  for (const k of ['x', 'y', 'width', 'height'] as const) {
    assert(box[k] >= 0 && box[k] <= 1, `${name}.bbox.${k} = ${box[k]} is not a page fraction`);
  }
  assert(box.width > 0 && box.height > 0, `${name}.bbox is empty: ${JSON.stringify(box)}`);
  assert(field.source.length > 0, `${name}.source is empty`);
}

/** Stages in canonical order (repeats allowed), starting with ingest and ending with map. */
function checkStageOrder(stages: string[], required: string[]): void {
  const ranks = stages.map((s) => STAGES.indexOf(s));
  assert(!ranks.includes(-1), `unknown stage in ${stages.join(' → ')}`);
  for (let i = 1; i < ranks.length; i++) {
    assert(ranks[i]! >= ranks[i - 1]!, `stages out of order: ${stages.join(' → ')}`);
  }
  for (const s of required) assert(stages.includes(s), `no ${s} progress in ${stages.join(' → ')}`);
  equal(stages[0], 'ingest', 'first stage');
  equal(stages.at(-1), 'map', 'last stage');
}

describe('browser pipeline (Chromium)', () => {
  before(async () => {
    await seenRequests({clearAssets: true});
    pipeline = createBrowserPipeline({assetBase: ASSET_BASE, ocrWorkers: 1});
  });

  after(async () => {
    await pipeline?.terminate();
  });

  it('the origin guard sees requests from workers too', async () => {
    // A worker asks another origin; the config's route must record and abort it.
    const guardUrl = 'http://casekit-guard-check.invalid/';
    const source = `fetch('${guardUrl}x').then(() => postMessage('loaded'), () => postMessage('blocked'));`;
    const url = URL.createObjectURL(new Blob([source], {type: 'text/javascript'}));
    const worker = new Worker(url);
    const answer = await new Promise((resolve) => (worker.onmessage = (e) => resolve(e.data)));
    worker.terminate();
    URL.revokeObjectURL(url);
    equal(answer, 'blocked', 'foreign fetch from a worker');
    const seen = (await seenRequests({forgetForeign: guardUrl})).foreign;
    assert(
      seen.some((r) => r.url.startsWith(guardUrl)),
      `guard did not record the worker's request: ${JSON.stringify(seen)}`,
    );
  });

  it('rejects an assetBase on another origin', () => {
    let error: unknown;
    try {
      createBrowserPipeline({assetBase: 'https://cdn.example.com/casekit/'});
    } catch (e) {
      error = e;
    }
    assert(error instanceof TypeError, `expected a TypeError, got ${String(error)}`);
  });

  it('(a) reads a text-PDF pay stub from a File with evidence', async () => {
    const entry = await pickFixture('pay_stub', 'text-pdf');
    const {result, ms} = await read(entry);
    console.log(`text PDF ${entry.relPath}: ${ms} ms`);
    equal(result.documentType, 'pay_stub', 'documentType');
    equal(result.file, entry.relPath.split('/').pop(), 'file');
    deepEqual(result.pages.map((p) => p.method), ['pdf-text'], 'page methods');
    checkEvidence(result.fields.grossPay, 'grossPay', 'pdf-text');
    checkEvidence(result.fields.netPay, 'netPay', 'pdf-text');
    equal(result.fields.grossPay.value, entry.expected.grossPay, 'grossPay');
    equal(result.fields.netPay.value, entry.expected.netPay, 'netPay');
    assert(result.caseFields.monthlyGrossIncome, 'no monthlyGrossIncome case field');
  });

  it('(b) OCRs a scanned pay stub PNG in tesseract.js workers', async () => {
    const entry = await pickFixture('pay_stub', 'scan');
    const {result, stages, ms} = await read(entry);
    console.log(
      `scan ${entry.relPath}: ${ms} ms (workers started), grossPay ${String(result.fields.grossPay?.value)} ` +
        `(expected ${String(entry.expected.grossPay)}), netPay ${String(result.fields.netPay?.value)} (expected ${String(entry.expected.netPay)})`,
    );
    equal(result.documentType, 'pay_stub', 'documentType');
    deepEqual(result.pages.map((p) => p.method), ['ocr'], 'page methods');
    checkEvidence(result.fields.grossPay, 'grossPay', 'ocr');
    equal(result.fields.grossPay.value, entry.expected.grossPay, 'grossPay');
    checkStageOrder(stages, ['ingest', 'ocr', 'layout', 'classify', 'extract', 'validate', 'map']);
  });

  it('renders and OCRs an image-only PDF pay stub (OffscreenCanvas)', async () => {
    const entry = await pickFixture('pay_stub', 'image-pdf');
    const {result, stages, ms} = await read(entry);
    console.log(`image PDF ${entry.relPath}: ${ms} ms, grossPay ${String(result.fields.grossPay?.value)} (expected ${String(entry.expected.grossPay)})`);
    equal(result.documentType, 'pay_stub', 'documentType');
    deepEqual(result.pages.map((p) => p.method), ['ocr'], 'page methods');
    checkEvidence(result.fields.grossPay, 'grossPay', 'ocr');
    equal(result.fields.grossPay.value, entry.expected.grossPay, 'grossPay');
    checkStageOrder(stages, ['ingest', 'render', 'ocr', 'layout', 'map']);
  });

  it('(c) an empty File gives empty_file: thrown by extract, a problem from safeExtract', async () => {
    const empty = new File([], 'empty.pdf', {type: 'application/pdf'});
    const error = await rejects(pipeline.extract(empty), 'extract(empty)');
    assert(error instanceof CasekitError, `expected a CasekitError, got ${String(error)}`);
    equal(error.code, 'empty_file', 'error.code');
    equal(error.file, 'empty.pdf', 'error.file');

    const result = await pipeline.safeExtract(empty);
    equal(result.file, 'empty.pdf', 'result.file');
    equal(result.documentType, 'unknown', 'result.documentType');
    deepEqual(result.problems.map((p) => [p.code, p.severity]), [['empty_file', 'error']], 'problems');
  });

  it('a path string is refused in the browser with a typed error', async () => {
    const error = await rejects(pipeline.extract('/tmp/stub.pdf'), 'extract(path)');
    assert(error instanceof CasekitError, `expected a CasekitError, got ${String(error)}`);
    equal(error.code, 'file_unreadable', 'error.code');
    const result = await pipeline.safeExtract('/tmp/stub.pdf', {locale: 'es'});
    equal(result.problems[0]?.code, 'file_unreadable', 'safeExtract problem');
  });

  it('(d) progress callbacks arrive with stages in order', async () => {
    const entry = await pickFixture('pay_stub', 'text-pdf');
    const {stages, progress} = await read(entry);
    checkStageOrder(stages, ['ingest', 'layout', 'classify', 'extract', 'validate', 'map']);
    for (const p of progress) assert(p.progress >= 0 && p.progress <= 1, `progress ${p.progress} out of 0..1 at ${p.stage}`);
  });

  it('an abort during OCR rejects with the typed aborted error', async () => {
    const entry = await pickFixture('pay_stub', 'scan');
    const file = await fixtureFile(entry);
    const controller = new AbortController();
    const started = performance.now();
    const error = await rejects(
      pipeline.extract(file, {
        signal: controller.signal,
        // Abort once recognition has been handed to the worker.
        onProgress: (p) => p.stage === 'ocr' && p.progress === 0 && setTimeout(() => controller.abort(), 300),
      }),
      'extract(aborted)',
    );
    assert(error instanceof CasekitError, `expected a CasekitError, got ${String(error)}`);
    equal(error.code, 'aborted', 'error.code');
    const ms = performance.now() - started;
    assert(ms < 5000, `abort took ${Math.round(ms)} ms to take effect`);
  });

  it('terminate() stops the OCR workers and a later scan starts new ones', async () => {
    await pipeline.terminate();
    const entry = await pickFixture('pay_stub', 'scan');
    const {result} = await read(entry);
    equal(result.documentType, 'pay_stub', 'documentType after terminate');
  });

  it('(e) loaded nothing from another origin', async () => {
    const {assets} = await assertSameOriginOnly();
    // And the engines' files did come from assetBase.
    const needed = [/pdfjs\/pdf\.worker\.min\.mjs$/, /\/worker\.min\.js$/, /tesseract-core[\w-]*\.wasm\.js$/, /eng\.traineddata\.gz$/, /spa\.traineddata\.gz$/];
    for (const pattern of needed) assert(assets.some((a) => pattern.test(a)), `nothing matching ${pattern} was loaded from ${ASSET_BASE}: ${assets.join(', ')}`);
    console.log(`assets loaded from ${ASSET_BASE}: ${assets.map((a) => a.slice(ASSET_BASE.length)).join(', ')}`);
  });
});
