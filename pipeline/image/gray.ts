import type {GrayImage, RgbaImage} from './types.js';

/**
 * Converts RGBA to 8-bit luma (Rec. 601 weights). Transparent pixels are composited over white,
 * so a PNG with a transparent background does not turn into black paper.
 */
export function toGray(image: RgbaImage): GrayImage {
  const {data, width, height} = image;
  const out = new Uint8Array(width * height);
  rgbaRowsToGray(data, out, 0, width * height);
  return {data: out, width, height};
}

/**
 * Writes the luma of `count` RGBA pixels from `rgba` into `out` starting at `outOffset`.
 * Shared by {@link toGray} and streaming decoders that convert a band of rows at a time.
 */
export function rgbaRowsToGray(rgba: ArrayLike<number>, out: Uint8Array | Float32Array, outOffset: number, count: number): void {
  for (let i = 0, j = outOffset; i < count * 4; i += 4, j++) {
    const a = rgba[i + 3]!;
    // 77/150/29 are the Rec. 601 weights scaled to 256.
    const y = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
    out[j] = a === 255 ? y : 255 - (((255 - y) * a + 127) / 255 | 0);
  }
}

/** Expands grayscale back to opaque RGBA, e.g. to draw a preprocessed page on a canvas. */
export function grayToRgba(image: GrayImage): RgbaImage {
  const {data, width, height} = image;
  const out = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    const v = data[i]!;
    out[j] = v;
    out[j + 1] = v;
    out[j + 2] = v;
    out[j + 3] = 255;
  }
  return {data: out, width, height};
}
