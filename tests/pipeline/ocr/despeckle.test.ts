import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {despeckle, type GrayImage} from '../../../pipeline/image/index.js';

/** A white page with black rectangles [x, y, width, height]. */
function page(width: number, height: number, rects: [number, number, number, number][]): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, w, h] of rects) for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) data[y * width + x] = 0;
  return {data, width, height};
}

const inkAt = (g: GrayImage, x: number, y: number) => g.data[y * g.width + x]! < 160;

describe('despeckle', () => {
  test('removes 1- and 2-pixel specks, keeps a 3-pixel period, a stroke and a diagonal pair', () => {
    const src = page(60, 30, [
      [2, 2, 1, 1], // speck
      [10, 2, 2, 2], // speck
      [20, 2, 2, 1], // speck
      [30, 2, 3, 3], // period of small print
      [2, 20, 40, 2], // rule / stroke
      [50, 20, 1, 1], // two pixels touching at a corner: one component 2×2, removed
      [51, 21, 1, 1],
      [50, 10, 1, 1], // three in a diagonal: 3×3, kept
      [51, 11, 1, 1],
      [52, 12, 1, 1],
    ]);
    const before = src.data.slice();
    const {image, removed} = despeckle(src);
    assert.equal(removed, 4);
    for (const [x, y] of [[2, 2], [10, 2], [11, 3], [20, 2], [50, 20], [51, 21]] as const) assert.ok(!inkAt(image, x, y), `${x},${y}`);
    for (const [x, y] of [[30, 2], [32, 4], [2, 20], [41, 21], [50, 10], [52, 12]] as const) assert.ok(inkAt(image, x, y), `${x},${y}`);
    assert.deepEqual(src.data, before, 'input left as it was');
  });

  test('maxSize scales what counts as a speck', () => {
    const src = page(20, 10, [[2, 2, 3, 3], [10, 2, 1, 1]]);
    assert.equal(despeckle(src, {maxSize: 1}).removed, 1);
    assert.equal(despeckle(src, {maxSize: 3}).removed, 2);
  });

  test('light-gray specks are not ink and a clean page comes back as the same object', () => {
    const clean = page(30, 30, [[5, 5, 20, 3]]);
    const faint = {...clean, data: clean.data.slice()};
    faint.data[0] = 200;
    for (const g of [clean, faint]) {
      const result = despeckle(g);
      assert.equal(result.removed, 0);
      assert.equal(result.image, g);
    }
  });

  test('a large ink block (a filled table header) survives and the fill does not overflow', () => {
    const src = page(400, 300, [[0, 0, 400, 300]]);
    const {image, removed} = despeckle(src);
    assert.equal(removed, 0);
    assert.equal(image, src);
  });
});
