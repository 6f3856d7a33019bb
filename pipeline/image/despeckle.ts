import type {GrayImage} from './types.js';

/** Options of {@link despeckle}. */
export interface DespeckleOptions {
  /**
   * Dark specks whose bounding box is at most this many pixels wide and tall are removed.
   * Default 2: at 300 dpi a period of 6-point type is already 3 pixels across.
   */
  maxSize?: number;
  /** Pixels darker than this are ink. Default 160 (on a page whose paper is white). */
  threshold?: number;
}

/** Result of {@link despeckle}. */
export interface DespeckleResult {
  /** The cleaned image; the input itself when nothing was removed. */
  image: GrayImage;
  /** Specks removed. */
  removed: number;
}

/**
 * Removes isolated specks of dust and scanner noise: 8-connected dark components no larger
 * than `maxSize` × `maxSize` pixels become white. Tesseract otherwise treats each speck as a
 * blob to lay out and often as a "word" to recognise, which on a noisy scan costs a third of
 * its time and adds junk words. Periods, commas, i-dots and accents are larger than the
 * default size at 300 dpi, so callers scale `maxSize` with the resolution (and skip it below
 * ~200 dpi). Run it after {@link normalizeBackground}, on white paper. The input is not changed.
 */
export function despeckle(image: GrayImage, options: DespeckleOptions = {}): DespeckleResult {
  const maxSize = Math.max(1, Math.floor(options.maxSize ?? 2));
  const threshold = options.threshold ?? 160;
  const {data, width: w, height: h} = image;
  const seen = new Uint8Array(w * h);
  let stack = new Int32Array(4096);
  // Pixels of the component being filled, kept only while it is still small enough to remove.
  const small = new Int32Array(maxSize * maxSize);
  let out: Uint8Array | null = null;
  let removed = 0;
  for (let start = 0; start < w * h; start++) {
    if (seen[start] || data[start]! >= threshold) continue;
    seen[start] = 1;
    let top = 0;
    stack[top++] = start;
    let count = 0;
    let fits = true;
    const sx = start % w;
    let x0 = sx;
    let x1 = sx;
    const y0 = (start / w) | 0;
    let y1 = y0;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % w;
      const y = (i / w) | 0;
      if (fits) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y > y1) y1 = y;
        if (x1 - x0 >= maxSize || y1 - y0 >= maxSize) fits = false;
        else small[count++] = i;
      }
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const k = yy * w + xx;
          if (seen[k] || data[k]! >= threshold) continue;
          seen[k] = 1;
          if (top === stack.length) {
            const grown = new Int32Array(stack.length * 2);
            grown.set(stack);
            stack = grown;
          }
          stack[top++] = k;
        }
      }
    }
    if (!fits) continue;
    out ??= new Uint8Array(data);
    for (let k = 0; k < count; k++) out[small[k]!] = 255;
    removed++;
  }
  return {image: out ? {data: out, width: w, height: h} : image, removed};
}
