import type {GrayImage} from './types.js';

/** Rotates clockwise by a multiple of 90° (turns is taken modulo 4). */
export function rotateQuarter(image: GrayImage, turns: number): GrayImage {
  const t = ((Math.round(turns) % 4) + 4) % 4;
  const {data, width: w, height: h} = image;
  if (t === 0) return image;
  const out = new Uint8Array(w * h);
  if (t === 2) {
    for (let i = 0, j = w * h - 1; i < w * h; i++, j--) out[j] = data[i]!;
    return {data: out, width: w, height: h};
  }
  // Output is h wide and w tall. Clockwise: (x, y) → (h-1-y, x); counter-clockwise: (x, y) → (y, w-1-x).
  if (t === 1) {
    for (let y = 0; y < h; y++) {
      const row = y * w;
      const ox = h - 1 - y;
      for (let x = 0; x < w; x++) out[x * h + ox] = data[row + x]!;
    }
  } else {
    for (let y = 0; y < h; y++) {
      const row = y * w;
      for (let x = 0; x < w; x++) out[(w - 1 - x) * h + y] = data[row + x]!;
    }
  }
  return {data: out, width: h, height: w};
}

/** Options of {@link rotateGray}. */
export interface RotateOptions {
  /** Grow the canvas so no corner is cut off (default), or keep the input size. */
  expand?: boolean;
  /** Value for pixels the rotated image does not cover. Default 255 (white). */
  fill?: number;
}

/**
 * Rotates clockwise by `degrees` about the centre with bilinear interpolation.
 */
export function rotateGray(image: GrayImage, degrees: number, options: RotateOptions = {}): GrayImage {
  if (degrees === 0) return image;
  const fill = options.fill ?? 255;
  const {data, width: w, height: h} = image;
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const expand = options.expand ?? true;
  const ow = expand ? Math.ceil(Math.abs(w * cos) + Math.abs(h * sin) - 1e-6) : w;
  const oh = expand ? Math.ceil(Math.abs(w * sin) + Math.abs(h * cos) - 1e-6) : h;
  const out = new Uint8Array(ow * oh);
  const cx = w / 2;
  const cy = h / 2;
  const ocx = ow / 2;
  const ocy = oh / 2;
  // Inverse mapping in 16.16 fixed point: each output pixel centre rotated back into the source.
  const ONE = 65536;
  const dxStep = Math.round(cos * ONE);
  const dyStep = Math.round(-sin * ONE);
  for (let oy = 0; oy < oh; oy++) {
    const dy = oy + 0.5 - ocy;
    // +64 source pixels keeps coordinates positive so `>>` floors; undone on use.
    let sx = Math.round((cos * (0.5 - ocx) + sin * dy + cx - 0.5 + 64) * ONE);
    let sy = Math.round((-sin * (0.5 - ocx) + cos * dy + cy - 0.5 + 64) * ONE);
    let o = oy * ow;
    for (let ox = 0; ox < ow; ox++, o++, sx += dxStep, sy += dyStep) {
      const x0 = (sx >> 16) - 64;
      const y0 = (sy >> 16) - 64;
      if (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h) {
        out[o] = fill;
        continue;
      }
      const fx = (sx >> 8) & 0xff;
      const fy = (sy >> 8) & 0xff;
      const i = y0 * w + x0;
      let p00: number, p10: number, p01: number, p11: number;
      if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
        p00 = data[i]!;
        p10 = data[i + 1]!;
        p01 = data[i + w]!;
        p11 = data[i + w + 1]!;
      } else {
        const inX0 = x0 >= 0;
        const inX1 = x0 + 1 < w;
        const inY0 = y0 >= 0;
        const inY1 = y0 + 1 < h;
        p00 = inX0 && inY0 ? data[i]! : fill;
        p10 = inX1 && inY0 ? data[i + 1]! : fill;
        p01 = inX0 && inY1 ? data[i + w]! : fill;
        p11 = inX1 && inY1 ? data[i + w + 1]! : fill;
      }
      // 8-bit weights keep all of this in int32 arithmetic.
      const top = (p00 << 8) + (p10 - p00) * fx;
      const bottom = (p01 << 8) + (p11 - p01) * fx;
      out[o] = ((top << 8) + (bottom - top) * fy + 32768) >> 16;
    }
  }
  return {data: out, width: ow, height: oh};
}

/** Mirrors left to right. */
export function flipHorizontal(image: GrayImage): GrayImage {
  const {data, width: w, height: h} = image;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) out[row + w - 1 - x] = data[row + x]!;
  }
  return {data: out, width: w, height: h};
}

/**
 * Turns pixels stored with an EXIF/TIFF Orientation tag (1–8) the way they are meant to be seen.
 * Values outside 2–8 leave the image as it is.
 */
export function applyExifOrientation(image: GrayImage, orientation: number): GrayImage {
  switch (orientation) {
    case 2:
      return flipHorizontal(image);
    case 3:
      return rotateQuarter(image, 2);
    case 4:
      return flipHorizontal(rotateQuarter(image, 2));
    case 5:
      return flipHorizontal(rotateQuarter(image, 1));
    case 6:
      return rotateQuarter(image, 1);
    case 7:
      return flipHorizontal(rotateQuarter(image, 3));
    case 8:
      return rotateQuarter(image, 3);
    default:
      return image;
  }
}
