import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {layout} from '../../pipeline/stages/layout.js';
import type {TextPage, Word} from '../../pipeline/types.js';

/** Words along a line tilted by `degrees`, as OCR reports them from a crooked scan. */
function tiltedPage(rows: string[][], degrees: number): TextPage {
  const slope = Math.tan((degrees * Math.PI) / 180);
  const words: Word[] = [];
  rows.forEach((cells, r) => {
    let x = 100;
    for (const cell of cells) {
      for (const text of cell.split(' ')) {
        const width = text.length * 18;
        const y = 300 + r * 70 + slope * x;
        words.push({text, bbox: {x: x / 2550, y: y / 3300, width: width / 2550, height: 34 / 3300}, confidence: 0.95});
        x += width + 12;
      }
      x += 400;
    }
  });
  return {page: 1, width: 2550, height: 3300, method: 'ocr', words};
}

describe('layout', () => {
  const rows = [
    ['Name', 'Gómez Ortiz, Graciela'],
    ['Employee number', '3940'],
    ['Period from', '2025-07-11'],
    ['Gross earnings', '3480.77', '52211.55'],
    ['Federal Withholding', '162.70', '2440.50'],
    ['Net earnings', '2985.80', '44787.00'],
  ];

  for (const degrees of [0, 1.5, -2.5]) {
    it(`keeps label and value cells on one line when the scan is ${degrees}° off level`, () => {
      const doc = layout([tiltedPage(rows, degrees)]);
      assert.deepEqual(
        doc.lines.map((l) => l.segments.map((s) => s.text)),
        rows,
      );
    });
  }

  it('joins an amount that OCR broke at its decimal point', () => {
    const page = tiltedPage([['Gross earnings', '32110. 00']], 0);
    assert.deepEqual(layout([page]).lines[0]!.segments.map((s) => s.text), ['Gross earnings', '32110.00']);
  });

  it('maps each word back to its place in the text', () => {
    const doc = layout([tiltedPage(rows, 0)]);
    const span = doc.spans.find((s) => s.word.text === '3480.77')!;
    assert.equal(doc.text.slice(span.start, span.end), '3480.77');
    assert.equal(span.page, 1);
  });
});
