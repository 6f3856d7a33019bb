import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {PDFDocument, StandardFonts} from '@cantoo/pdf-lib';
import type {PDFDocumentProxy} from 'pdfjs-dist/types/src/display/api.js';
import {createNodeOcrEngine} from '../../../pipeline/adapters/node/ocr.js';
import {loadNodePdfjs} from '../../../pipeline/adapters/node/pdfjs.js';
import {renderPdfPage} from '../../../pipeline/adapters/node/render.js';
import {CorruptImageError} from '../../../pipeline/errors.js';
import type {PooledOcrEngine} from '../../../pipeline/ocr/engine.js';
import {drawCard} from './synthetic.js';

/** A letter-size text page, a page holding only a photographed card (like a scan) and a poster. */
async function makePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const text = doc.addPage([612, 792]);
  text.drawText('Gross Pay 1,450.00', {x: 72, y: 700, size: 14, font});
  const scan = doc.addPage([612, 792]);
  const card = drawCard(['Net Pay 1,239.60', 'Pay Date 03/15/2024']);
  const png = await doc.embedPng(card.canvas.toBuffer('image/png'));
  scan.drawImage(png, {x: 0, y: 792 - 300, width: 612, height: 300});
  doc.addPage([3000, 3000]);
  return doc.save();
}

describe('PDF page rendering (Node)', () => {
  let pdf: PDFDocumentProxy;
  let engine: PooledOcrEngine;

  before(async () => {
    const {pdfjs, documentOptions} = await loadNodePdfjs();
    pdf = await pdfjs.getDocument({...documentOptions, data: await makePdf()}).promise;
    engine = createNodeOcrEngine({workers: 1, orientation: false});
  });
  after(async () => {
    await pdf.destroy();
    await engine.terminate();
  });

  test('renders a letter page at 300 dpi on white with the text where the PDF puts it', async () => {
    const {data, width, height} = await renderPdfPage(await pdf.getPage(1), 300);
    assert.equal(width, 2550);
    assert.equal(height, 3300);
    assert.equal(data.length, width * height * 4);
    const dark = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (data[(y * width + x) * 4]! < 128) n++;
      return n;
    };
    // Baseline at y = 792 - 700 = 92 pt → 383 px; 14 pt text spans ~330–385 px.
    assert.ok(dark(300, 320, 1100, 390) > 1000, 'text ink under the drawn string');
    assert.equal(dark(300, 1000, 2000, 3000), 0, 'the rest of the page is white');
    assert.equal(data[3], 255, 'opaque');
  });

  test('caps the pixel count of huge pages', async () => {
    const {width, height, dpi} = await renderPdfPage(await pdf.getPage(3), 300, 4_000_000);
    assert.ok(width * height <= 4_000_000);
    assert.equal(width, height);
    // The resolution actually rendered, for tesseract's layout analysis.
    const side = (await pdf.getPage(3)).getViewport({scale: 1}).width;
    assert.ok(dpi < 300 && Math.abs((side * dpi) / 72 - width) < 0.01 * width, `${dpi} dpi for ${width} px`);
  });

  test('reports the resolution it rendered at', async () => {
    assert.equal((await renderPdfPage(await pdf.getPage(1), 300)).dpi, 300);
    assert.equal((await renderPdfPage(await pdf.getPage(1), 150)).dpi, 150);
  });

  test('a rendered page read as gray pixels gives the same words as RGBA', async () => {
    const image = await renderPdfPage(await pdf.getPage(2), 300);
    const gray = new Uint8Array(image.width * image.height);
    for (let i = 0; i < gray.length; i++) gray[i] = image.data[i * 4]!;
    const [fromRgba, fromGray] = await Promise.all([
      engine.recognize({kind: 'rgba', ...image}, {dpi: 300}),
      engine.recognize({kind: 'gray', data: gray, width: image.width, height: image.height}, {dpi: 300}),
    ]);
    assert.deepEqual(fromGray.words.map((w) => w.text), fromRgba.words.map((w) => w.text));
    await assert.rejects(engine.recognize({kind: 'gray', data: gray.subarray(1), width: image.width, height: image.height}), CorruptImageError);
  });

  test('a rendered scanned page goes through OCR', async () => {
    const image = await renderPdfPage(await pdf.getPage(2), 300);
    const result = await engine.recognize({kind: 'rgba', ...image}, {dpi: 300});
    const text = result.words.map((w) => w.text).join(' ');
    assert.match(text, /Net Pay 1,239\.60/);
    const net = result.words.find((w) => w.text === 'Net')!;
    assert.ok(net.bbox.y < 0.15, 'near the top of the page');
  });
});
