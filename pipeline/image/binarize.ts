import type {GrayImage} from './types.js';

/**
 * Sauvola adaptive thresholding: a pixel is ink when it is darker than
 * `mean · (1 + k · (std / 128 − 1))` of its `window` neighbourhood. Output is 0 (ink) or 255.
 * Copes with uneven lighting and faint print better than one global threshold.
 */
export function binarizeSauvola(image: GrayImage, options: {window?: number; k?: number} = {}): GrayImage {
  const {data, width: w, height: h} = image;
  const r = Math.max(4, Math.round((options.window ?? Math.max(15, Math.round(Math.max(w, h) / 60))) / 2));
  const k = options.k ?? 0.2;
  const iw = w + 1;
  const sum = new Float64Array(iw * (h + 1));
  const sq = new Float64Array(iw * (h + 1));
  for (let y = 0; y < h; y++) {
    let rs = 0;
    let rq = 0;
    for (let x = 0; x < w; x++) {
      const v = data[y * w + x]!;
      rs += v;
      rq += v * v;
      const i = (y + 1) * iw + x + 1;
      sum[i] = sum[i - iw]! + rs;
      sq[i] = sq[i - iw]! + rq;
    }
  }
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(h, y + r + 1);
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(w, x + r + 1);
      const n = (x1 - x0) * (y1 - y0);
      const a = y1 * iw + x1;
      const b = y0 * iw + x1;
      const c = y1 * iw + x0;
      const d = y0 * iw + x0;
      const mean = (sum[a]! - sum[b]! - sum[c]! + sum[d]!) / n;
      const variance = (sq[a]! - sq[b]! - sq[c]! + sq[d]!) / n - mean * mean;
      const std = Math.sqrt(Math.max(0, variance));
      const t = mean * (1 + k * (std / 128 - 1));
      out[y * w + x] = data[y * w + x]! < t ? 0 : 255;
    }
  }
  return {data: out, width: w, height: h};
}
