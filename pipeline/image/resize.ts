import type {GrayImage} from './types.js';

/** Limits on the size of an image handed to OCR. */
export interface SizeLimits {
  /** Longest side in pixels after scaling. Default 3500 (a letter page at ~320 dpi). */
  maxLongSide?: number;
  /** Pixel count after scaling. Default 12 million. */
  maxPixels?: number;
}

/** Default long-side limit: a letter page at ~320 dpi. */
export const DEFAULT_MAX_LONG_SIDE = 3500;
/** Default pixel budget: a legal page at 300 dpi fits. */
export const DEFAULT_MAX_PIXELS = 12_000_000;

/**
 * The size an image of `width` × `height` should be scaled to so it fits `limits`, never enlarged.
 * `scale` is target pixels per source pixel (≤ 1).
 */
export function fitSize(width: number, height: number, limits: SizeLimits = {}): {width: number; height: number; scale: number} {
  const maxLong = limits.maxLongSide ?? DEFAULT_MAX_LONG_SIDE;
  const maxPixels = limits.maxPixels ?? DEFAULT_MAX_PIXELS;
  const scale = Math.min(1, maxLong / Math.max(width, height), Math.sqrt(maxPixels / (width * height)));
  if (scale >= 1) return {width, height, scale: 1};
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    scale,
  };
}

/**
 * Area-averaging downscaler fed a band of rows at a time, so a 50-megapixel photo can be reduced
 * while only one band of it is held as JS pixels. Output is grayscale.
 */
export class GrayDownscaler {
  private readonly out: Uint8Array;
  private readonly xFirst: Int32Array;
  /** Share of each source column that falls into its first target column (in target pixels). */
  private readonly xWeight: Float64Array;
  private readonly line: Float64Array;
  private cur: Float64Array;
  private next: Float64Array;
  private curRow = 0;
  private srcRow = 0;
  private readonly sx: number;
  private readonly sy: number;

  constructor(
    readonly srcWidth: number,
    readonly srcHeight: number,
    readonly dstWidth: number,
    readonly dstHeight: number,
  ) {
    if (dstWidth > srcWidth || dstHeight > srcHeight) throw new RangeError('GrayDownscaler only shrinks');
    this.out = new Uint8Array(dstWidth * dstHeight);
    this.sx = dstWidth / srcWidth;
    this.sy = dstHeight / srcHeight;
    this.xFirst = new Int32Array(srcWidth);
    this.xWeight = new Float64Array(srcWidth);
    for (let x = 0; x < srcWidth; x++) {
      const start = x * this.sx;
      const first = Math.min(dstWidth - 1, Math.floor(start));
      this.xFirst[x] = first;
      this.xWeight[x] = Math.min(this.sx, first + 1 - start);
    }
    this.line = new Float64Array(dstWidth + 1);
    this.cur = new Float64Array(dstWidth);
    this.next = new Float64Array(dstWidth);
  }

  /** Adds `rows` rows of RGBA pixels (4 bytes per pixel, `srcWidth` pixels per row). */
  pushRgbaRows(rgba: Uint8Array | Uint8ClampedArray, rows: number): void {
    const {line, xFirst, xWeight, sx, srcWidth: w} = this;
    for (let r = 0; r < rows; r++) {
      line.fill(0);
      // Grayscale conversion (as in rgbaRowsToGray) fused with the horizontal pass: this loop
      // sees every source pixel, so it is kept free of calls and temporary rows.
      for (let x = 0, i = r * w * 4; x < w; x++, i += 4) {
        const a = rgba[i + 3]!;
        const y = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
        const v = a === 255 ? y : 255 - ((((255 - y) * a + 127) * 257) >> 16);
        const j = xFirst[x]!;
        const w0 = xWeight[x]!;
        line[j]! += w0 * v;
        line[j + 1]! += (sx - w0) * v;
      }
      this.pushLine();
    }
  }

  /** Adds `rows` rows of grayscale pixels. */
  pushGrayRows(gray: Uint8Array | Uint8ClampedArray, rows: number): void {
    const {line, xFirst, xWeight, sx, srcWidth: w} = this;
    for (let r = 0; r < rows; r++) {
      line.fill(0);
      for (let x = 0, i = r * w; x < w; x++, i++) {
        const v = gray[i]!;
        const j = xFirst[x]!;
        const w0 = xWeight[x]!;
        line[j]! += w0 * v;
        line[j + 1]! += (sx - w0) * v;
      }
      this.pushLine();
    }
  }

  /** Returns the reduced image once all source rows were pushed. */
  finish(): GrayImage {
    if (this.srcRow !== this.srcHeight) {
      throw new RangeError(`GrayDownscaler got ${this.srcRow} of ${this.srcHeight} rows`);
    }
    while (this.curRow < this.dstHeight) this.emit();
    return {data: this.out, width: this.dstWidth, height: this.dstHeight};
  }

  /** Spreads the horizontally reduced row in `line` over the one or two target rows it covers. */
  private pushLine(): void {
    const {line, sy} = this;
    const start = this.srcRow * sy;
    const first = Math.min(this.dstHeight - 1, Math.floor(start));
    while (this.curRow < first) this.emit();
    const w0 = Math.min(sy, first + 1 - start);
    const w1 = sy - w0;
    const {cur, next} = this;
    if (w1 > 0) {
      for (let x = 0; x < this.dstWidth; x++) {
        const v = line[x]!;
        cur[x]! += w0 * v;
        next[x]! += w1 * v;
      }
    } else {
      for (let x = 0; x < this.dstWidth; x++) cur[x]! += w0 * line[x]!;
    }
    this.srcRow++;
  }

  private emit(): void {
    const {cur, out, dstWidth} = this;
    // Each target pixel received weights summing to sx·sy·(1/sx)·(1/sy) = 1.
    const base = this.curRow * dstWidth;
    for (let x = 0; x < dstWidth; x++) out[base + x] = Math.min(255, Math.round(cur[x]!));
    cur.fill(0);
    this.cur = this.next;
    this.next = cur;
    this.curRow++;
  }
}

/** Area-averaging downscale of a grayscale image to exactly `width` × `height`. */
export function downscaleGray(image: GrayImage, width: number, height: number): GrayImage {
  if (width === image.width && height === image.height) return image;
  const d = new GrayDownscaler(image.width, image.height, width, height);
  d.pushGrayRows(image.data, image.height);
  return d.finish();
}

/** Downscales (area averaging) so the image fits `limits`; returns the input when it already fits. */
export function downscaleToFit(image: GrayImage, limits: SizeLimits = {}): GrayImage {
  const {width, height} = fitSize(image.width, image.height, limits);
  return downscaleGray(image, width, height);
}

/**
 * Averages `factor` × `factor` blocks (edge blocks partial): a quick integer reduction for
 * analysis copies, where exact area weights do not matter.
 */
export function reduceByBlocks(image: GrayImage, factor: number): GrayImage {
  const f = Math.max(1, Math.floor(factor));
  if (f === 1) return image;
  const {data, width: w, height: h} = image;
  const ow = Math.ceil(w / f);
  const oh = Math.ceil(h / f);
  const sums = new Uint32Array(ow);
  const out = new Uint8Array(ow * oh);
  for (let oy = 0; oy < oh; oy++) {
    sums.fill(0);
    const y0 = oy * f;
    const y1 = Math.min(h, y0 + f);
    for (let y = y0; y < y1; y++) {
      const row = y * w;
      let x = 0;
      for (let ox = 0; ox < ow; ox++) {
        const end = Math.min(w, x + f);
        let s = 0;
        for (; x < end; x++) s += data[row + x]!;
        sums[ox]! += s;
      }
    }
    const rows = y1 - y0;
    for (let ox = 0; ox < ow; ox++) {
      const cols = Math.min(w, (ox + 1) * f) - ox * f;
      out[oy * ow + ox] = Math.round(sums[ox]! / (rows * cols));
    }
  }
  return {data: out, width: ow, height: oh};
}

/**
 * Resizes to exactly `width` × `height`: area averaging when shrinking, bilinear interpolation
 * when enlarging (e.g. small text for orientation detection).
 */
export function resizeGray(image: GrayImage, width: number, height: number): GrayImage {
  if (width <= image.width && height <= image.height) return downscaleGray(image, width, height);
  const {data, width: w, height: h} = image;
  const out = new Uint8Array(width * height);
  const sx = w / width;
  const sy = h / height;
  const x0s = new Int32Array(width);
  const fxs = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const fx = Math.min(w - 1, Math.max(0, (x + 0.5) * sx - 0.5));
    x0s[x] = Math.floor(fx);
    fxs[x] = fx - Math.floor(fx);
  }
  for (let y = 0; y < height; y++) {
    const fy = Math.min(h - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(h - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const x0 = x0s[x]!;
      const x1 = Math.min(w - 1, x0 + 1);
      const wx = fxs[x]!;
      const top = data[y0 * w + x0]! + (data[y0 * w + x1]! - data[y0 * w + x0]!) * wx;
      const bottom = data[y1 * w + x0]! + (data[y1 * w + x1]! - data[y1 * w + x0]!) * wx;
      out[y * width + x] = Math.round(top + (bottom - top) * wy);
    }
  }
  return {data: out, width, height};
}
