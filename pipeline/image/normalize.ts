import type {GrayImage} from './types.js';

/** Estimated paper brightness range of a page. */
export interface BackgroundInfo {
  /** Darkest and brightest estimated paper brightness, 0..255. */
  min: number;
  max: number;
}

/** Result of {@link normalizeBackground}. */
export interface NormalizeResult {
  image: GrayImage;
  /** False when the paper was already evenly white and the input is returned unchanged. */
  applied: boolean;
  background: BackgroundInfo;
}

/**
 * Flattens uneven lighting (phone photos under a lamp, shadows, yellowed paper): estimates the
 * paper brightness per tile from a bright percentile, smooths that map, and divides every pixel by
 * it, so paper becomes white everywhere and ink keeps its relative darkness. Tesseract binarises
 * with one global Otsu threshold, which fails outright on a page that is half in shadow.
 * Images whose paper is already evenly bright are returned as they are.
 */
export function normalizeBackground(image: GrayImage, options: {tileSize?: number} = {}): NormalizeResult {
  const {data, width: w, height: h} = image;
  const tile = options.tileSize ?? Math.max(16, Math.round(Math.max(w, h) / 48));
  const tw = Math.ceil(w / tile);
  const th = Math.ceil(h / tile);
  const bg = new Float32Array(tw * th);
  const hist = new Uint32Array(256);
  for (let ty = 0; ty < th; ty++) {
    for (let tx = 0; tx < tw; tx++) {
      hist.fill(0);
      const x0 = tx * tile;
      const y0 = ty * tile;
      const x1 = Math.min(w, x0 + tile);
      const y1 = Math.min(h, y0 + tile);
      for (let y = y0; y < y1; y++) {
        const row = y * w;
        for (let x = x0; x < x1; x++) hist[data[row + x]!]!++;
      }
      // The 90th percentile is paper unless the tile is nearly all ink.
      const target = (x1 - x0) * (y1 - y0) * 0.9;
      let acc = 0;
      let v = 0;
      for (; v < 255; v++) {
        acc += hist[v]!;
        if (acc >= target) break;
      }
      bg[ty * tw + tx] = v;
    }
  }
  // Tiles filled by a bold heading or a logo read dark: take the brightest neighbour, then smooth.
  let map = maxFilter(bg, tw, th);
  map = boxBlur(boxBlur(map, tw, th), tw, th);
  let min = 255;
  let max = 0;
  for (const v of map) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const background = {min: Math.round(min), max: Math.round(max)};
  if (min >= 200 && max - min <= 24) return {image, applied: false, background};

  const out = new Uint8Array(w * h);
  // Bilinear interpolation between tile centres, split into a per-row vertical step at tile
  // resolution and a per-pixel horizontal step with precomputed columns.
  const tx0s = new Int32Array(w);
  const wxs = new Float64Array(w);
  for (let x = 0; x < w; x++) {
    const fx = Math.min(tw - 1, Math.max(0, (x + 0.5) / tile - 0.5));
    tx0s[x] = Math.floor(fx);
    wxs[x] = fx - Math.floor(fx);
  }
  const column = new Float64Array(tw + 1);
  for (let y = 0; y < h; y++) {
    const fy = Math.min(th - 1, Math.max(0, (y + 0.5) / tile - 0.5));
    const ty0 = Math.floor(fy);
    const ty1 = Math.min(th - 1, ty0 + 1);
    const wy = fy - ty0;
    for (let tx = 0; tx < tw; tx++) {
      const bgv = map[ty0 * tw + tx]! * (1 - wy) + map[ty1 * tw + tx]! * wy;
      column[tx] = 255 / Math.max(16, bgv);
    }
    column[tw] = column[tw - 1]!;
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const t = tx0s[x]!;
      const scale = column[t]! + (column[t + 1]! - column[t]!) * wxs[x]!;
      const v = data[row + x]! * scale;
      out[row + x] = v >= 255 ? 255 : v | 0;
    }
  }
  return {image: {data: out, width: w, height: h}, applied: true, background};
}

function maxFilter(src: Float32Array, w: number, h: number): Float32Array {
  const out = new Float32Array(src.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let m = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const v = src[yy * w + xx]!;
          if (v > m) m = v;
        }
      }
      out[y * w + x] = m;
    }
  }
  return out;
}

function boxBlur(src: Float32Array, w: number, h: number): Float32Array {
  const out = new Float32Array(src.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          sum += src[yy * w + xx]!;
          n++;
        }
      }
      out[y * w + x] = sum / n;
    }
  }
  return out;
}
