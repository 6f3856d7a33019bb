import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';
import {createNodeOcrEngine} from '../../pipeline/adapters/node/ocr.js';
import {extract, shutdown} from '../../pipeline/node.js';
import type {GrayImage} from '../../pipeline/image/types.js';
import {encodeGrayTiff} from '../fixtures/render.js';
import {drawCard} from './ocr/synthetic.js';

/** A card with `lines` drawn in black on white, as an 8-bit gray page. */
function grayCard(lines: string[]): GrayImage {
  const {canvas} = drawCard(lines, {width: 1400, size: 44});
  const rgba = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const data = new Uint8Array(canvas.width * canvas.height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4]!;
  return {data, width: canvas.width, height: canvas.height};
}

describe('multi-page TIFF (fax and scanner output)', () => {
  after(() => shutdown());
  const pages = [grayCard(['Page one of the fax', 'Alpha Bravo 1111']), grayCard(['Second page here', 'Charlie Delta 2222']), grayCard(['Third page', 'Echo Foxtrot 3333'])];

  for (const mode of ['gray-deflate', 'bilevel'] as const) {
    it(`reads every page of a ${mode} TIFF, in order`, async () => {
      const tiff = await encodeGrayTiff(pages, 200, mode);
      const seen = new Set<number>();
      let progress = 0;
      const result = await extract(tiff, {
        name: 'fax.tif',
        onProgress: (p) => {
          if (p.stage !== 'ocr') return;
          if (p.page) seen.add(p.page);
          progress = Math.max(progress, p.progress);
          assert.equal(p.pageCount, 3);
        },
      });
      assert.deepEqual(result.pages.map((p) => p.page), [1, 2, 3]);
      assert.ok(result.pages.every((p) => p.method === 'ocr'));
      assert.deepEqual([...seen].sort(), [1, 2, 3]);
      assert.equal(progress, 1);
      assert.ok(!result.problems.some((p) => p.code === 'pages_truncated'));
    });
  }

  it('decodes the page asked for, not page 1 again', async () => {
    const tiff = await encodeGrayTiff(pages, 200, 'bilevel');
    const engine = createNodeOcrEngine({workers: 1, orientation: false});
    try {
      const second = await engine.recognize({kind: 'encoded', bytes: tiff, mime: 'image/tiff', page: 1});
      const words = second.words.map((w) => w.text).join(' ');
      assert.match(words, /Charlie/);
      assert.doesNotMatch(words, /Alpha|Echo/);
    } finally {
      await engine.terminate();
    }
  });

  it('stops at maxPages with a pages_truncated warning', async () => {
    const tiff = await encodeGrayTiff(pages, 200, 'gray-deflate');
    const result = await extract(tiff, {name: 'fax.tif', maxPages: 2});
    assert.deepEqual(result.pages.map((p) => p.page), [1, 2]);
    const warning = result.problems.find((p) => p.code === 'pages_truncated');
    assert.equal(warning?.severity, 'warning');
    assert.equal(warning?.actual, 3);
  });
});
