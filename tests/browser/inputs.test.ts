/**
 * Inputs that take browser-only paths through the OCR adapter: JPEG photos decoded by
 * createImageBitmap (a sideways one turned by the orientation check), a bilevel TIFF decoded by
 * UTIF, and tesseract's OSD worker (legacy core, osd data) asked directly. Expected values are
 * what the Node pipeline reads from the same files.
 */
import {createBrowserOcrEngine} from '../../pipeline/adapters/browser/ocr.js';
import {createBrowserPipeline, type BrowserPipeline} from '../../pipeline/browser.js';
import {assert, equal} from './assert.js';
import {fixtureFile, pickFixture, readFixture} from './fixtures.js';
import {assertSameOriginOnly, seenRequests} from './origin.js';

performance.setResourceTimingBufferSize(100_000);

let pipeline: BrowserPipeline;

describe('browser pipeline: photos and TIFF (Chromium)', () => {
  before(async () => {
    await seenRequests({clearAssets: true});
    pipeline = createBrowserPipeline({assetBase: '/dist/assets/', ocrWorkers: 1});
  });

  after(async () => {
    await pipeline?.terminate();
  });

  it('reads a phone photo of a pay stub (JPEG)', async () => {
    const entry = await pickFixture('pay_stub', 'photo');
    const {result, ms} = await readFixture(pipeline, entry);
    console.log(`photo ${entry.relPath}: ${ms} ms, grossPay ${String(result.fields.grossPay?.value)} (expected ${String(entry.expected.grossPay)})`);
    equal(result.documentType, 'pay_stub', 'documentType');
    equal(result.pages[0]?.method, 'ocr', 'page method');
    equal(result.pages[0]?.width, entry.image?.width, 'page width (source pixels)');
    equal(result.fields.grossPay?.value, entry.expected.grossPay, 'grossPay');
  });

  it('turns a sideways photo upright (protective order)', async () => {
    const entry = await pickFixture('protective_order', 'photo', (m) => Math.abs(Number(m.distortion?.rotationDeg ?? 0)) > 45);
    const {result, ms} = await readFixture(pipeline, entry);
    const rotation = result.pages[0]?.rotation ?? 0;
    console.log(`sideways photo ${entry.relPath}: ${ms} ms, rotation ${rotation}, caseNumber ${String(result.fields.caseNumber?.value)}`);
    equal(result.documentType, 'protective_order', 'documentType');
    assert(Math.abs(Math.abs(rotation) - 90) < 10, `page rotation ${rotation}, expected about ±90`);
    equal(result.fields.caseNumber?.value, entry.expected.caseNumber, 'caseNumber');
  });

  it('decodes a bilevel TIFF scan (UTIF in the browser)', async () => {
    const entry = await pickFixture('unknown', 'scan', (m) => m.relPath.endsWith('.tif'));
    const {result, ms} = await readFixture(pipeline, entry);
    console.log(`TIFF ${entry.relPath}: ${ms} ms, ${result.documentType}`);
    equal(result.pages[0]?.method, 'ocr', 'page method');
    equal(result.pages[0]?.width, entry.image?.width, 'page width');
    equal(result.documentType, 'unknown', 'documentType');
    assert(!result.problems.some((p) => p.code === 'no_text_found'), 'no text found in the TIFF');
  });

  it("tesseract's orientation detection runs in the browser (legacy core, osd data)", async () => {
    // The pipeline only asks OSD about pages its own checks cannot settle, so ask it directly:
    // a scan turned upside down (and halved, as the engine does for OSD) must read as 180°.
    const entry = await pickFixture('pay_stub', 'scan');
    const bitmap = await createImageBitmap(await fixtureFile(entry));
    const canvas = new OffscreenCanvas(Math.round(bitmap.width / 2), Math.round(bitmap.height / 2));
    const ctx = canvas.getContext('2d')!;
    ctx.translate(canvas.width, canvas.height);
    ctx.rotate(Math.PI);
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const png = new Uint8Array(await (await canvas.convertToBlob({type: 'image/png'})).arrayBuffer());
    const engine = createBrowserOcrEngine({assetBase: new URL('/dist/assets/', location.href).href, workers: 1});
    try {
      const guess = await engine.pool.detectOrientation(png);
      console.log(`OSD on an upside-down ${entry.relPath}: ${JSON.stringify(guess)}`);
      assert(guess, 'OSD gave no answer');
      equal(guess.degrees, 180, 'OSD degrees');
    } finally {
      await engine.terminate();
    }
  });

  it('loaded nothing from another origin', async () => {
    const {assets} = await assertSameOriginOnly();
    console.log(`assets loaded: ${assets.map((a) => a.replace('/dist/assets/', '')).join(', ')}`);
  });
});
