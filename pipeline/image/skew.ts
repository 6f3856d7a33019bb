import {reduceByBlocks} from './resize.js';
import type {GrayImage} from './types.js';

/** What the projection profiles of a page say about its lines. */
export interface SkewEstimate {
  /** Clockwise rotation of the text lines in degrees; rotate by `-angle` to straighten. */
  angle: number;
  /**
   * How much the best angle stands out (best score / median score − 1). Below ~0.3 the page has too
   * little line structure (blank, a photo, or sideways text) to trust `angle`.
   */
  confidence: number;
  /**
   * Line structure along columns relative to rows, at the best angle: above ~1 suggests
   * the text runs vertically, i.e. the page is sideways.
   */
  verticalRatio: number;
  /**
   * Like `confidence` for text running top to bottom (searched only when rows look weak, else 0).
   * Well above `confidence`, the page is sideways.
   */
  verticalConfidence: number;
  /**
   * Ink just above text lines' x-height band relative to ink just below it, at the best angle
   * (and text lines found). Latin script, digits and capitals put far more ink above (ascenders)
   * than below (descenders): well above 1 upright, well below 1 upside down.
   */
  ascenderRatio: number;
  textLines: number;
  /** Dark pixels found on the working copy; under 200 the page is treated as blank. */
  inkPixels: number;
}

/** Options of {@link estimateSkew}. */
export interface SkewOptions {
  /** Largest skew searched, in degrees. Default 15. */
  maxAngle?: number;
  /** Long side of the working copy is at most this (reduced by whole factors). Default 1400. */
  workingSize?: number;
  /**
   * Share of the width and height ignored along each edge. Default 0.03: scanner shadows and
   * photo vignettes there run along the image, not along the page's text.
   */
  margin?: number;
}

/**
 * Estimates page skew with projection profiles: on a downscaled, locally-thresholded copy it finds
 * the angle at which dark pixels bunch into the sharpest rows (text lines, table rules). Coarse
 * 0.5° steps over ±maxAngle, then 0.05° steps and a parabola through the peak, so the result is
 * good to about ±0.1°.
 */
export function estimateSkew(image: GrayImage, options: SkewOptions = {}): SkewEstimate {
  const maxAngle = options.maxAngle ?? 15;
  const small = reduceByBlocks(image, Math.ceil(Math.max(image.width, image.height) / (options.workingSize ?? 1400)));
  const points = foregroundPoints(small, options.margin ?? 0.03);
  const n = points.length / 2;
  if (n < 200) return {angle: 0, confidence: 0, verticalRatio: 0, verticalConfidence: 0, ascenderRatio: 1, textLines: 0, inkPixels: n};

  const profile = new Profile(points, small.width, small.height);
  const rows = search(profile, 0, maxAngle);
  const verticalRatio = profile.score(rows.angle + 90) / rows.score;
  // Sideways pages have weak row structure; only then is the column search worth its time.
  const columns = rows.confidence < 8 || verticalRatio > 0.5 ? search(profile, 90, maxAngle) : null;
  const lines = lineAsymmetry(profile.histogram(rows.angle));
  return {
    ascenderRatio: lines.ratio,
    textLines: lines.count,
    // `+ 0` turns -0 into 0.
    angle: Math.round(rows.angle * 100) / 100 + 0,
    confidence: rows.confidence,
    verticalRatio,
    verticalConfidence: columns?.confidence ?? 0,
    inkPixels: n,
  };
}

/** Finds the angle within `center` ± `maxAngle` whose projection profile is sharpest. */
function search(profile: Profile, center: number, maxAngle: number): {angle: number; score: number; confidence: number} {
  const coarse: number[] = [];
  let best = center;
  let bestScore = -1;
  for (let a = -maxAngle; a <= maxAngle + 1e-9; a += 0.5) {
    const s = profile.score(center + a);
    coarse.push(s);
    if (s > bestScore) {
      bestScore = s;
      best = center + a;
    }
  }
  let fineBest = best;
  let fineScore = bestScore;
  const fine = new Map<number, number>();
  for (let i = -12; i <= 12; i++) {
    const a = best + i * 0.05;
    if (Math.abs(a - center) > maxAngle + 0.25) continue;
    const s = profile.score(a);
    fine.set(i, s);
    if (s > fineScore) {
      fineScore = s;
      fineBest = a;
    }
  }
  // Parabolic interpolation between the fine neighbours sharpens the estimate below the step.
  const k = Math.round((fineBest - best) / 0.05);
  const l = fine.get(k - 1);
  const r = fine.get(k + 1);
  let angle = fineBest;
  if (l !== undefined && r !== undefined) {
    const denom = l - 2 * fineScore + r;
    if (denom < 0) angle += (0.05 * 0.5 * (l - r)) / denom;
  }
  const sorted = [...coarse].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return {angle: angle - center, score: fineScore, confidence: median > 0 ? fineScore / median - 1 : 0};
}

/**
 * Compares ink above and below the dense core of each text line in a row profile. A running
 * minimum is subtracted first: page edges, table columns and shadows add ink to every row and
 * would otherwise merge all lines into one.
 */
function lineAsymmetry(profile: Int32Array): {ratio: number; count: number} {
  const n = profile.length;
  const r = Math.max(8, Math.round(n / 12));
  const p = new Float64Array(n);
  for (let y = 0; y < n; y++) {
    let min = Infinity;
    for (let k = Math.max(0, y - r); k <= Math.min(n - 1, y + r); k++) min = Math.min(min, profile[k]!);
    p[y] = profile[y]! - min;
  }
  let max = 0;
  for (const v of p) if (v > max) max = v;
  const floor = 0.05 * max;
  let above = 0;
  let below = 0;
  let count = 0;
  for (let y = 0; y < n; ) {
    if (p[y]! <= floor) {
      y++;
      continue;
    }
    let end = y;
    let peak = 0;
    while (end < n && p[end]! > floor) peak = Math.max(peak, p[end++]!);
    // Rules and specks are thin; a text line spans its x-height plus ascenders and descenders.
    if (end - y >= 4) {
      let c0 = y;
      while (p[c0]! < peak / 2) c0++;
      let c1 = end - 1;
      while (p[c1]! < peak / 2) c1--;
      for (let i = y; i < c0; i++) above += p[i]!;
      for (let i = c1 + 1; i < end; i++) below += p[i]!;
      count++;
    }
    y = end;
  }
  return {ratio: (above + 1) / (below + 1), count};
}

/** Coordinates (x, y interleaved) of pixels clearly darker than their neighbourhood. */
function foregroundPoints(image: GrayImage, margin: number): Int32Array {
  const {data, width: w, height: h} = image;
  // Integral image for the local mean; a window of ~1/50 of the page spans a few text lines.
  const iw = w + 1;
  const integral = new Float64Array(iw * (h + 1));
  for (let y = 0; y < h; y++) {
    let rowSum = 0;
    for (let x = 0; x < w; x++) {
      rowSum += data[y * w + x]!;
      integral[(y + 1) * iw + x + 1] = integral[y * iw + x + 1]! + rowSum;
    }
  }
  const r = Math.max(8, Math.round(Math.max(w, h) / 100));
  const pts: number[] = [];
  const mx = Math.round(w * margin);
  const my = Math.round(h * margin);
  for (let y = my; y < h - my; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(h, y + r + 1);
    for (let x = mx; x < w - mx; x++) {
      const v = data[y * w + x]!;
      if (v > 235) continue;
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(w, x + r + 1);
      const sum = integral[y1 * iw + x1]! - integral[y0 * iw + x1]! - integral[y1 * iw + x0]! + integral[y0 * iw + x0]!;
      const mean = sum / ((x1 - x0) * (y1 - y0));
      if (v < mean * 0.8 && v < mean - 20) pts.push(x, y);
    }
  }
  // Keep the work bounded on busy pages: a regular subsample preserves the line structure.
  const max = 300_000;
  const n = pts.length / 2;
  if (n <= max) return Int32Array.from(pts);
  const step = n / max;
  const out = new Int32Array(max * 2);
  for (let i = 0; i < max; i++) {
    const j = Math.floor(i * step) * 2;
    out[i * 2] = pts[j]!;
    out[i * 2 + 1] = pts[j + 1]!;
  }
  return out;
}

class Profile {
  private readonly bins: Int32Array;
  constructor(
    private readonly points: Int32Array,
    private readonly width: number,
    private readonly height: number,
  ) {
    this.bins = new Int32Array(Math.ceil(Math.hypot(width, height)) * 2 + 4);
  }

  /** The projection at `degrees`, from its first to its last non-empty row. */
  histogram(degrees: number): Int32Array {
    const {lo, hi} = this.project(degrees);
    return this.bins.slice(lo, hi + 1);
  }

  /** Sum of squared differences between neighbouring rows of the projection at `degrees`. */
  score(degrees: number): number {
    const {lo, hi} = this.project(degrees);
    const bins = this.bins;
    let s = 0;
    for (let b = lo; b <= hi + 1; b++) {
      const d = bins[b]! - bins[b - 1]!;
      s += d * d;
    }
    return s;
  }

  private project(degrees: number): {lo: number; hi: number} {
    const rad = (degrees * Math.PI) / 180;
    const cos = Math.cos(rad);
    const sin = Math.sin(rad);
    const {points, bins} = this;
    bins.fill(0);
    const offset = Math.ceil(Math.hypot(this.width, this.height));
    let lo = bins.length;
    let hi = 0;
    for (let i = 0; i < points.length; i += 2) {
      // Row of the point once the page is rotated by -degrees.
      const b = Math.round(points[i + 1]! * cos - points[i]! * sin) + offset;
      bins[b]!++;
      if (b < lo) lo = b;
      if (b > hi) hi = b;
    }
    return {lo, hi};
  }
}
