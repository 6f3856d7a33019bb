import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {PDFDocument, StandardFonts} from '@cantoo/pdf-lib';
import type {PDFDocumentProxy} from 'pdfjs-dist/types/src/display/api.js';
import {createNodeOcrEngine} from '../../../pipeline/adapters/node/ocr.js';
import {loadNodePdfjs} from '../../../pipeline/adapters/node/pdfjs.js';
import {renderPdfPage} from '../../../pipeline/adapters/node/render.js';
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
    const {width, height} = await renderPdfPage(await pdf.getPage(3), 300, 4_000_000);
    assert.ok(width * height <= 4_000_000);
    assert.equal(width, height);
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
