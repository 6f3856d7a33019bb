import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtemp, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {promisify} from 'node:util';
import {createCanvas, type Canvas} from '@napi-rs/canvas';
import {createNodeOcrEngine, ensureTessdata} from '../../../pipeline/adapters/node/ocr.js';
import {AbortedError, CorruptImageError, TooLargeError} from '../../../pipeline/errors.js';
import {encodePgm, toGray} from '../../../pipeline/image/index.js';
import type {PooledOcrEngine} from '../../../pipeline/ocr/engine.js';
import type {OcrImage, Word} from '../../../pipeline/types.js';
import {drawCard, drawPage, rotateCanvas, unevenLighting, type DrawnWord} from './synthetic.js';

const run = promisify(execFile);

const png = (canvas: Canvas): OcrImage => ({kind: 'encoded', bytes: canvas.toBuffer('image/png'), mime: 'image/png'});
const jpeg = (canvas: Canvas, quality = 85): OcrImage => ({kind: 'encoded', bytes: canvas.toBuffer('image/jpeg', quality), mime: 'image/jpeg'});
const texts = (words: Word[]): string => words.map((w) => w.text).join(' ');

function find(words: Word[], text: string): Word {
  const w = words.find((x) => x.text === text);
  assert.ok(w, `"${text}" not found in: ${texts(words)}`);
  return w;
}

function assertNear(actual: Word, expected: DrawnWord, tolerance = 0.02): void {
  const c = (b: DrawnWord['bbox']) => [b.x + b.width / 2, b.y + b.height / 2] as const;
  const [ax, ay] = c(actual.bbox);
  const [ex, ey] = c(expected.bbox);
  assert.ok(Math.abs(ax - ex) < tolerance && Math.abs(ay - ey) < tolerance, `${actual.text} at ${ax},${ay}; drawn at ${ex},${ey}`);
}

const LINES = ['Employee: José Hernández-López', 'Gross Pay 1,450.00', 'Net Pay 1,239.60', 'Dirección: Calle Año Nuevo 12'];

describe('OCR engine (Node)', () => {
  let engine: PooledOcrEngine;
  const card = drawCard(LINES);

  before(() => {
    engine = createNodeOcrEngine({workers: 2});
  });
  after(async () => {
    await engine.terminate();
  });

  test('reads words with their boxes as page fractions and confidence in 0..1', async () => {
    const result = await engine.recognize(png(card.canvas));
    assert.equal(result.width, card.canvas.width);
    assert.equal(result.height, card.canvas.height);
    assert.equal(result.rotation, 0);
    assert.match(texts(result.words), /Gross Pay 1,450\.00/);
    for (const text of ['Gross', '1,450.00', 'Net', '1,239.60']) {
      assertNear(find(result.words, text), card.words.find((w) => w.text === text)!);
    }
    for (const w of result.words) {
      assert.ok(w.confidence >= 0 && w.confidence <= 1);
      for (const v of [w.bbox.x, w.bbox.y, w.bbox.width, w.bbox.height, w.bbox.x + w.bbox.width, w.bbox.y + w.bbox.height]) {
        assert.ok(v >= 0 && v <= 1);
      }
    }
    assert.ok(find(result.words, '1,450.00').confidence > 0.8);
  });

  test('keeps Spanish accents with spa+eng', async () => {
    const result = await engine.recognize(jpeg(card.canvas));
    const text = texts(result.words);
    for (const word of ['José', 'Hernández-López', 'Dirección:', 'Año']) assert.ok(text.includes(word), `${word} missing: ${text}`);
  });

  test('reuses its workers: a second page starts no new worker', async () => {
    const before = engine.pool.stats.workersStarted;
    assert.ok(before >= 1);
    await engine.recognize(png(card.canvas));
    await engine.recognize(png(card.canvas));
    assert.equal(engine.pool.stats.workersStarted, before);
  });

  test('reads raw RGBA pixels such as a rendered PDF page', async () => {
    const {data, width, height} = card.canvas.getContext('2d').getImageData(0, 0, card.canvas.width, card.canvas.height);
    const result = await engine.recognize({kind: 'rgba', data, width, height}, {dpi: 150});
    assert.match(texts(result.words), /Net Pay 1,239\.60/);
  });

  test('straightens a page skewed by 5° and still reads it in place', async () => {
    const page = drawPage('pay-stub', 3, 150);
    const result = await engine.recognize(png(rotateCanvas(page.canvas, 5)));
    assert.ok(Math.abs(result.rotation + 5) <= 0.3, `rotation ${result.rotation}`);
    const net = find(result.words, 'Net');
    assertNear(net, page.words.find((w) => w.text === 'Net')!);
    assert.match(texts(result.words), /Gross Pay/);
  });

  test('detects an upside-down page, turns it and reads it', async () => {
    const result = await engine.recognize(png(rotateCanvas(card.canvas, 180)));
    assert.equal(result.rotation, 180);
    assert.match(texts(result.words), /Gross Pay 1,450\.00/);
    assertNear(find(result.words, 'Gross'), card.words.find((w) => w.text === 'Gross')!);
  });

  test('detects sideways pages in both directions', async () => {
    const page = drawPage('lease', 5, 100);
    for (const turn of [90, -90]) {
      const result = await engine.recognize(png(rotateCanvas(page.canvas, turn)));
      assert.equal(result.rotation, -turn);
      assert.equal(result.width, page.canvas.width);
      assert.match(texts(result.words), /RESIDENTIAL LEASE/);
    }
  });

  test("tesseract's orientation detection names the clockwise turn that makes a page upright", async () => {
    const page = drawPage('protective-order', 2, 150).canvas;
    for (const turn of [90, 180, 270]) {
      const c = rotateCanvas(page, turn);
      const gray = toGray(c.getContext('2d').getImageData(0, 0, c.width, c.height));
      const guess = await engine.pool.detectOrientation(encodePgm(gray));
      assert.equal(guess?.degrees, (360 - turn) % 360);
      assert.ok(guess.confidence > 2.5);
    }
  });

  test('reads a phone photo with a shadow across it', async () => {
    const page = drawPage('pay-stub', 8, 150);
    const result = await engine.recognize(jpeg(unevenLighting(page.canvas, 0.75), 70));
    const text = texts(result.words);
    for (const word of ['EARNINGS', 'Gross', 'Deductions', 'Medicare']) assert.ok(text.includes(word), `${word} missing: ${text}`);
  });

  test('rejects bytes that are not an image with CorruptImageError', async () => {
    const random = new Uint8Array(4096).map(() => Math.floor(Math.random() * 256));
    await assert.rejects(engine.recognize({kind: 'encoded', bytes: random, mime: 'image/png'}, {file: 'x.png'}), (e) => {
      assert.ok(e instanceof CorruptImageError);
      assert.equal(e.code, 'corrupt_image');
      assert.equal(e.file, 'x.png');
      return true;
    });
    const truncated = card.canvas.toBuffer('image/png').subarray(0, 60);
    await assert.rejects(engine.recognize({kind: 'encoded', bytes: truncated, mime: 'image/png'}), CorruptImageError);
    await assert.rejects(engine.recognize({kind: 'rgba', data: new Uint8ClampedArray(10), width: 5, height: 5}), CorruptImageError);
  });

  test('refuses images too large to decode safely before decoding them', async () => {
    // A PNG header claiming 20000 × 20000 pixels.
    const header = new Uint8Array(card.canvas.toBuffer('image/png').subarray(0, 33));
    new DataView(header.buffer).setUint32(16, 20000);
    new DataView(header.buffer).setUint32(20, 20000);
    await assert.rejects(engine.recognize({kind: 'encoded', bytes: header, mime: 'image/png'}), TooLargeError);
  });

  test('aborting stops a running page with AbortedError and the engine keeps working', async () => {
    const page = png(drawPage('lease', 1).canvas);
    const controller = new AbortController();
    const pending = engine.recognize(page, {signal: controller.signal});
    setTimeout(() => controller.abort(), 400);
    const t0 = performance.now();
    await assert.rejects(pending, AbortedError);
    assert.ok(performance.now() - t0 < 1500, 'abort is prompt');
    await assert.rejects(engine.recognize(png(card.canvas), {signal: AbortSignal.abort()}), AbortedError);
    const result = await engine.recognize(png(card.canvas));
    assert.match(texts(result.words), /Gross Pay/);
    assert.equal(engine.pool.stats.busy, 0);
  });
});

describe('OCR engine in a separate process', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'casekit-ocr-test-'));
  });
  after(async () => {
    await rm(dir, {recursive: true, force: true});
  });

  test('reads a 50-megapixel photo with bounded memory and exits without terminate()', async () => {
    const width = 8660;
    const height = 5774;
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#111';
    ctx.font = '150px "DejaVu Sans", sans-serif';
    LINES.forEach((line, i) => ctx.fillText(line, 600, 1200 + i * 400));
    const file = path.join(dir, 'photo.jpg');
    await writeFile(file, canvas.toBuffer('image/jpeg', 80));

    const child = path.join(import.meta.dirname, 'recognize-child.ts');
    const {stdout} = await run(process.execPath, ['--import', 'tsx', child, file], {timeout: 90_000});
    const out = JSON.parse(stdout) as {width: number; height: number; text: string; peakRssMb: number};
    assert.equal(out.width, width);
    assert.equal(out.height, height);
    assert.match(out.text, /Gross Pay 1,450\.00/);
    assert.match(out.text, /Hernández-López/);
    // The decoded photo alone is 200 MB; one more full-size copy in JS would pass 750 MB.
    assert.ok(out.peakRssMb < 750, `peak RSS ${Math.round(out.peakRssMb)} MB`);
  });
});

describe('OCR worker pool lifecycle', () => {
  test('terminate() rejects pages in progress and later calls instead of leaving them hanging', async () => {
    const engine = createNodeOcrEngine({workers: 1, orientation: false});
    const page = png(drawCard(['Pay Date 03/15/2024']).canvas);
    const pending = [engine.recognize(page), engine.recognize(page), engine.recognize(page)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    await engine.terminate();
    const settled = await Promise.allSettled(pending);
    for (const s of settled) {
      assert.equal(s.status, 'rejected');
      assert.equal((s.reason as {code?: string}).code, 'ocr_failed');
    }
    await assert.rejects(engine.recognize(page), {code: 'ocr_failed'});
    assert.equal(engine.pool.stats.workers, 0);
  });

  test('fails with ocr_failed instead of hanging when the language data folder lacks the models', async () => {
    const engine = createNodeOcrEngine({workers: 1, tessdataDir: os.tmpdir()});
    try {
      await assert.rejects(engine.recognize(png(drawCard(['x']).canvas)), (e: {code?: string; message?: string}) => {
        assert.equal(e.code, 'ocr_failed');
        assert.match(e.message ?? '', /traineddata/);
        return true;
      });
    } finally {
      await engine.terminate();
    }
  });

  test('links the installed language data into one folder, idempotently', async () => {
    const dir = await ensureTessdata(['spa', 'eng', 'osd']);
    assert.equal(await ensureTessdata(['spa', 'eng', 'osd']), dir);
    assert.notEqual(path.resolve(dir), process.cwd(), 'nothing is written to the working directory');
    for (const lang of ['spa', 'eng', 'osd']) assert.ok((await stat(path.join(dir, `${lang}.traineddata.gz`))).size > 1_000_000);
    await assert.rejects(ensureTessdata(['xyz']), /@tesseract\.js-data\/xyz/);
  });

  test('starts no more workers than asked for, however many pages are queued', async () => {
    const engine = createNodeOcrEngine({workers: 2, orientation: false});
    try {
      const page = png(drawCard(['Net Pay 1,239.60']).canvas);
      const results = await Promise.all(Array.from({length: 5}, () => engine.recognize(page)));
      for (const r of results) assert.match(texts(r.words), /Net Pay/);
      assert.equal(engine.pool.stats.workersStarted, 2);
    } finally {
      await engine.terminate();
    }
  });
});
