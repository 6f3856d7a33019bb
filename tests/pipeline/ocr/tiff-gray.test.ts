import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {decodeTiff} from '../../../pipeline/image/index.js';
import {grayPixels} from '../../../pipeline/image/tiff.js';
import {encodeGrayTiff, UTIF} from '../../fixtures/render.js';

/** An uncompressed one-page TIFF with raw `data` rows as given. */
function rawTiff(data: Uint8Array, width: number, height: number, bits: 1 | 8, photometric: 0 | 1): Uint8Array {
  const OFFSET = 1024;
  const head = new Uint8Array(
    UTIF.encode([{t256: [width], t257: [height], t258: [bits], t259: [1], t262: [photometric], t273: [OFFSET], t277: [1], t278: [height], t279: [data.length]}]),
  );
  const out = new Uint8Array(OFFSET + data.length);
  out.set(head);
  out.set(data, OFFSET);
  return out;
}

/** The page's gray values the long way: UTIF's RGBA, red channel. */
function viaRgba(bytes: Uint8Array): Uint8Array {
  const [ifd] = UTIF.decode(bytes);
  UTIF.decodeImage(bytes, ifd!);
  const rgba = UTIF.toRGBA8(ifd!);
  return Uint8Array.from({length: rgba.length / 4}, (_, i) => rgba[i * 4]!);
}

describe('TIFF pages read as gray without an RGBA copy', () => {
  const w = 13;
  const h = 5;
  const gray8 = Uint8Array.from({length: w * h}, (_, i) => (i * 37) % 256);
  const packed = Uint8Array.from({length: Math.ceil(w / 8) * h}, (_, i) => (i * 89 + 17) % 256);

  for (const [name, bytes] of [
    ['8-bit BlackIsZero', rawTiff(gray8, w, h, 8, 1)],
    ['8-bit WhiteIsZero', rawTiff(gray8, w, h, 8, 0)],
    ['1-bit BlackIsZero', rawTiff(packed, w, h, 1, 1)],
    ['1-bit WhiteIsZero', rawTiff(packed, w, h, 1, 0)],
  ] as const) {
    test(`${name}: same values as UTIF's RGBA, and decodeTiff uses them`, () => {
      const [ifd] = UTIF.decode(bytes);
      UTIF.decodeImage(bytes, ifd!);
      const direct = grayPixels(ifd as Parameters<typeof grayPixels>[0], w, h);
      assert.ok(direct);
      assert.deepEqual(direct, viaRgba(bytes));
      assert.deepEqual(decodeTiff(bytes, {}).gray.data, direct);
    });
  }

  test('compressed scanner output (Deflate gray, fax-like bilevel) decodes the same both ways', async () => {
    const page = {data: Uint8Array.from({length: 40 * 30}, (_, i) => ((i % 40) * 7 + Math.floor(i / 40) * 5) % 256), width: 40, height: 30};
    for (const mode of ['gray-deflate', 'bilevel'] as const) {
      const bytes = await encodeGrayTiff(page, 300, mode);
      assert.deepEqual(decodeTiff(bytes, {}).gray.data, viaRgba(bytes), mode);
    }
  });

  test('colour pages are left to the RGBA path', () => {
    assert.equal(grayPixels({data: new Uint8Array(12), t258: [8, 8, 8], t262: [2], t277: [3]}, 2, 2), null);
  });
});
