import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {createCanvas, type Canvas} from '@napi-rs/canvas';
import UTIF from 'utif';
import {
  applyExifOrientation,
  decodeTiff,
  downscaleGray,
  encodePgm,
  estimateSkew,
  fitSize,
  GrayDownscaler,
  normalizeBackground,
  probeImageSize,
  rotateGray,
  rotateQuarter,
  sniffImageType,
  tiffPageCount,
  toGray,
  type GrayImage,
} from '../../../pipeline/image/index.js';
import {drawPage, rotateCanvas, unevenLighting} from './synthetic.js';

function gray(width: number, height: number, fn: (x: number, y: number) => number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = fn(x, y);
  return {data, width, height};
}

function canvasGray(canvas: Canvas): GrayImage {
  return toGray(canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height));
}

describe('grayscale', () => {
  test('transparent pixels become white paper, not black', () => {
    const g = toGray({data: new Uint8ClampedArray([0, 0, 0, 0, 0, 0, 0, 255, 255, 0, 0, 255]), width: 3, height: 1});
    assert.deepEqual([...g.data], [255, 0, 76]);
  });
});

describe('downscaling', () => {
  test('fits the long side and the pixel budget without enlarging', () => {
    assert.deepEqual(fitSize(8660, 5774, {maxLongSide: 3500}), {width: 3500, height: 2334, scale: 3500 / 8660});
    assert.equal(fitSize(1000, 800).scale, 1);
    const f = fitSize(10000, 10000, {maxLongSide: 1e9, maxPixels: 1e6});
    assert.ok(f.width * f.height <= 1e6 + 2000);
  });

  test('area averaging gives block means for whole factors', () => {
    const src = gray(4, 2, (x) => (x < 2 ? 0 : 200));
    assert.deepEqual([...downscaleGray(src, 2, 1).data], [0, 200]);
  });

  test('area averaging weighs partly covered pixels by their share', () => {
    // 3 → 2 columns: target 0 = p0 + half of p1, target 1 = half of p1 + p2.
    const src = gray(3, 1, (x) => [0, 90, 180][x]!);
    assert.deepEqual([...downscaleGray(src, 2, 1).data], [30, 150]);
  });

  test('feeding rows in bands gives the same image as all at once', () => {
    const src = gray(97, 61, (x, y) => (x * 7 + y * 13) % 256);
    const whole = downscaleGray(src, 40, 23);
    const d = new GrayDownscaler(97, 61, 40, 23);
    for (let y = 0; y < 61; y += 8) {
      const rows = Math.min(8, 61 - y);
      d.pushGrayRows(src.data.subarray(y * 97, (y + rows) * 97), rows);
    }
    assert.deepEqual(d.finish(), whole);
  });
});

describe('rotation', () => {
  const src = gray(3, 2, (x, y) => y * 3 + x);

  test('quarter turns rotate clockwise and four of them are the identity', () => {
    const cw = rotateQuarter(src, 1);
    assert.equal(cw.width, 2);
    assert.equal(cw.height, 3);
    // Clockwise: the bottom-left pixel (3) lands top-left.
    assert.deepEqual([...cw.data], [3, 0, 4, 1, 5, 2]);
    assert.deepEqual(rotateQuarter(rotateQuarter(cw, 2), 1), src);
    assert.deepEqual([...rotateQuarter(src, -1).data], [...rotateQuarter(src, 3).data]);
  });

  test('EXIF orientations 6 and 8 turn a quarter clockwise and counter-clockwise', () => {
    assert.deepEqual(applyExifOrientation(src, 6), rotateQuarter(src, 1));
    assert.deepEqual(applyExifOrientation(src, 8), rotateQuarter(src, 3));
    assert.deepEqual(applyExifOrientation(src, 1), src);
  });

  test('arbitrary rotation is bilinear, fills with white and can keep the size', () => {
    const img = gray(50, 30, () => 0);
    const grown = rotateGray(img, 10);
    assert.ok(grown.width > 50 && grown.height > 30);
    assert.equal(grown.data[0], 255, 'corner outside the source is white');
    assert.equal(grown.data[Math.floor(grown.height / 2) * grown.width + Math.floor(grown.width / 2)], 0);
    const same = rotateGray(img, -10, {expand: false});
    assert.equal(same.width, 50);
    assert.equal(same.height, 30);
    const right = rotateGray(src, 90);
    assert.deepEqual([...right.data], [...rotateQuarter(src, 1).data]);
  });
});

describe('skew estimation', () => {
  const page = drawPage('pay-stub', 4, 150);

  for (const angle of [0, 0.6, -3.4, 7.9, -14]) {
    test(`finds a ${angle}° skew to within 0.2°`, () => {
      const est = estimateSkew(canvasGray(rotateCanvas(page.canvas, angle)));
      assert.ok(Math.abs(est.angle - angle) <= 0.2, `estimated ${est.angle}`);
      assert.ok(est.confidence > 1);
      assert.ok(est.verticalConfidence < est.confidence);
    });
  }

  test('sees that a sideways page has its lines running top to bottom', () => {
    const est = estimateSkew(canvasGray(rotateCanvas(page.canvas, 90)));
    assert.ok(est.verticalConfidence > 2 * est.confidence + 1, JSON.stringify(est));
  });

  test('tells upright text from upside-down text by where ascenders and descenders sit', () => {
    for (const kind of ['lease', 'protective-order'] as const) {
      const p = drawPage(kind, 1, 150).canvas;
      const up = estimateSkew(canvasGray(rotateCanvas(p, 1)));
      const down = estimateSkew(canvasGray(rotateCanvas(p, 181)));
      assert.ok(up.textLines >= 10 && down.textLines >= 10);
      assert.ok(up.ascenderRatio > 1.5, `${kind} upright ${up.ascenderRatio}`);
      assert.ok(down.ascenderRatio < 0.7, `${kind} upside down ${down.ascenderRatio}`);
    }
  });

  test('reports a blank page as having no ink', () => {
    const est = estimateSkew(gray(800, 1000, () => 250));
    assert.equal(est.inkPixels < 200, true);
    assert.equal(est.angle, 0);
  });
});

describe('background normalisation', () => {
  test('flattens a shadow so paper is white everywhere and ink stays dark', () => {
    const src = canvasGray(unevenLighting(drawPage('lease', 2, 100).canvas, 0.7));
    const {image, applied, background} = normalizeBackground(src);
    assert.equal(applied, true);
    assert.ok(background.min < 150, `shadowed paper is dark (${background.min})`);
    // Paper near the dark top-left corner and near the bright bottom-right.
    const at = (img: GrayImage, x: number, y: number) => img.data[y * img.width + x]!;
    assert.ok(at(src, 20, 20) < 150);
    assert.ok(at(image, 20, 20) > 235);
    assert.ok(at(image, image.width - 20, image.height - 20) > 235);
  });

  test('leaves evenly lit pages untouched', () => {
    const src = canvasGray(drawPage('lease', 2, 100).canvas);
    const result = normalizeBackground(src);
    assert.equal(result.applied, false);
    assert.equal(result.image, src);
  });
});

describe('formats', () => {
  const canvas = createCanvas(321, 123);
  canvas.getContext('2d').fillRect(0, 0, 10, 10);

  test('reads the size of PNG, JPEG and WebP headers without decoding', () => {
    for (const mime of ['image/png', 'image/jpeg', 'image/webp'] as const) {
      const bytes = canvas.toBuffer(mime as 'image/png');
      assert.equal(sniffImageType(bytes), mime);
      assert.deepEqual(probeImageSize(bytes), {width: 321, height: 123}, mime);
    }
  });

  test('unknown and truncated bytes are not taken for images', () => {
    assert.equal(sniffImageType(new Uint8Array([1, 2, 3, 4, 5])), null);
    assert.equal(probeImageSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47])), null);
  });

  test('decodes a TIFF page and reads its size from the header', () => {
    const rgba = new Uint8Array(40 * 20 * 4).fill(255);
    for (let i = 0; i < 40 * 2 * 4; i += 4) rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
    const tiff = new Uint8Array(UTIF.encodeImage(rgba, 40, 20));
    assert.equal(sniffImageType(tiff), 'image/tiff');
    assert.deepEqual(probeImageSize(tiff), {width: 40, height: 20});
    assert.equal(tiffPageCount(tiff), 1);
    const page = decodeTiff(tiff, {maxLongSide: 20});
    assert.equal(page.sourceWidth, 40);
    assert.equal(page.gray.width, 20);
    assert.equal(page.gray.data[0], 0);
    assert.equal(page.gray.data[page.gray.data.length - 1], 255);
  });

  test('encodes PGM with a header tesseract understands', () => {
    const pgm = encodePgm(gray(2, 1, () => 7));
    assert.equal(new TextDecoder().decode(pgm.subarray(0, 11)), 'P5\n2 1\n255\n');
    assert.deepEqual([...pgm.subarray(11)], [7, 7]);
  });
});
