import {AbortedError, CorruptImageError} from '../errors.js';
import {despeckle} from '../image/despeckle.js';
import {encodePgm} from '../image/encode.js';
import {toGray} from '../image/gray.js';
import {normalizeBackground} from '../image/normalize.js';
import {downscaleGray, fitSize, GrayDownscaler, type SizeLimits, DEFAULT_MAX_LONG_SIDE, DEFAULT_MAX_PIXELS, resizeGray} from '../image/resize.js';
import {rotateGray, rotateQuarter} from '../image/rotate.js';
import {estimateSkew, type SkewEstimate} from '../image/skew.js';
import type {GrayImage} from '../image/types.js';
import type {OcrEngine, OcrImage, OcrPageResult, Word} from '../types.js';
import type {OcrPool, OrientationGuess, RecognizedPage} from './pool.js';

/** A decoded page: grayscale, turned upright per EXIF, already within the size limits. */
export interface DecodedPage {
  gray: GrayImage;
  /** Size of the source image in its own pixels, after EXIF orientation. */
  sourceWidth: number;
  sourceHeight: number;
}

/** What a decoder gets besides the image. */
export interface DecodeContext {
  limits: Required<SizeLimits>;
  /** Name used in error messages. */
  file: string;
  signal?: AbortSignal;
}

/**
 * Platform decoder for encoded images (PNG, JPEG, TIFF, WebP): throws CorruptImageError for
 * undecodable bytes and TooLargeError for images too large to decode safely.
 */
export type ImageDecoder = (image: Extract<OcrImage, {kind: 'encoded'}>, context: DecodeContext) => Promise<DecodedPage>;

/** Options of {@link createOcrEngine}. */
export interface OcrEngineOptions {
  pool: OcrPool;
  decode: ImageDecoder;
  /** Size the image is reduced to before OCR. Defaults: 3500 px long side, 12 MP. */
  limits?: SizeLimits;
  /** Detect and fix upside-down and sideways pages. Default true. */
  orientation?: boolean;
  /** Straighten pages skewed by up to ±15°. Default true. */
  deskew?: boolean;
  /** Remove dust and scanner specks (pages of 200 dpi and more). Default true. */
  despeckle?: boolean;
}

/** Per-call options of {@link PooledOcrEngine.recognize}. */
export interface OcrRecognizeOptions {
  signal?: AbortSignal;
  /** Resolution hint, e.g. 300 for a PDF page rendered at 300 dpi; tesseract estimates it otherwise. */
  dpi?: number;
  /** File name for error messages. Default "image". */
  file?: string;
}

/** An OcrEngine that also exposes the worker pool it runs on. */
export interface PooledOcrEngine extends OcrEngine {
  recognize(image: OcrImage, options?: OcrRecognizeOptions): Promise<OcrPageResult>;
  readonly pool: OcrPool;
}

/** Below this length-weighted mean word confidence a page is read again in other orientations. */
export const POOR_CONFIDENCE = 0.6;
/** Skews below this many degrees are left alone: tesseract copes and rotating would blur. */
const MIN_DESKEW = 0.2;
/** An alternative orientation must read this much better to replace the first reading. */
const BETTER_BY = 1.25;
/**
 * OSD confidence needed to trust its answer. On pages scaled to OSD_SIZE correct answers scored
 * 10–20 in our tests, wrong ones (small text) below 1.5.
 */
const MIN_OSD_CONFIDENCE = 2.5;
/** Resolution of a page image taken as a letter-size page (11 in on its long side). */
export function estimateDpi(width: number, height: number): number {
  return Math.min(600, Math.max(100, Math.round(Math.max(width, height) / 11)));
}

/** Long side of the copy OSD sees: it misjudged 100-dpi pages at their own size. */
const OSD_SIZE = 2400;
/**
 * Ascender ratios (see SkewEstimate) measured on 26 drawn pages, scans and phone photos: upright
 * 1.2–30; upside down 0.03–0.5 for text pages but 0.6–1.05 for table-heavy pay stubs. Below FLIP
 * a page is read upside down straight away; up to UNSURE, OSD is asked first; above, the page is
 * read as it is (an upside-down pay stub there reads poorly and is then corrected).
 */
const FLIP_RATIO = 0.45;
const UNSURE_RATIO = 0.8;
/** A sideways page turned a quarter clockwise is taken as upright above this ratio. */
const UPRIGHT_RATIO = 1.3;
/** Fewer text lines than this say too little about orientation. */
const MIN_TEXT_LINES = 5;

interface Reading {
  page: RecognizedPage;
  image: GrayImage;
  /** Degrees clockwise applied to the decoded image. */
  rotation: number;
  /** Quarter turns among them; deskewing keeps the size, so only these change the frame. */
  turns: number;
}

/**
 * Builds the platform-neutral OCR engine: decode → grayscale and downscale → flatten uneven
 * lighting → remove specks → estimate skew, sideways and upside-down text from projection profiles → rotate →
 * tesseract. Sideways pages ask tesseract's OSD which way to turn. Pages that still read poorly
 * are checked with OSD (or simply tried the other way up) and read again; pages that read well
 * pay nothing beyond the ~0.1 s profile analysis.
 */
export function createOcrEngine(options: OcrEngineOptions): PooledOcrEngine {
  const {pool, decode} = options;
  const limits: Required<SizeLimits> = {
    maxLongSide: options.limits?.maxLongSide ?? DEFAULT_MAX_LONG_SIDE,
    maxPixels: options.limits?.maxPixels ?? DEFAULT_MAX_PIXELS,
  };
  const orient = options.orientation ?? true;
  const deskew = options.deskew ?? true;
  const clean = options.despeckle ?? true;

  /** Reads `base` turned `turns` quarters clockwise; `known` is its skew if already estimated. */
  async function read(base: GrayImage, turns: number, opts: OcrRecognizeOptions, known?: SkewEstimate): Promise<Reading> {
    const upright = rotateQuarter(base, turns);
    // A half turn keeps the skew angle, so one estimate serves both 0 and 180 (or 90 and 270).
    const skew = deskew ? (known ?? estimateSkew(upright)) : null;
    const angle = skew && skew.confidence >= 0.5 && Math.abs(skew.angle) >= MIN_DESKEW ? skew.angle : 0;
    // Same-size rotation keeps the page frame, so word boxes stay fractions of the page as
    // rendered (margins absorb the clipped corners of skews of a few degrees).
    const image = angle ? rotateGray(upright, -angle, {expand: false}) : upright;
    throwIfAborted(opts.signal, opts.file);
    const page = await pool.recognize({
      image: encodePgm(image),
      width: image.width,
      height: image.height,
      ...(opts.dpi ? {dpi: opts.dpi} : {}),
      ...(opts.signal ? {signal: opts.signal} : {}),
    });
    return {page, image, rotation: turns * 90 - angle, turns};
  }

  /** OSD on a copy scaled to OSD_SIZE; a missing or failing OSD worker only costs the shortcut. */
  async function detect(image: GrayImage, signal: AbortSignal | undefined): Promise<OrientationGuess | null> {
    try {
      const scale = Math.min(2.5, OSD_SIZE / Math.max(image.width, image.height));
      const sized = resizeGray(image, Math.round(image.width * scale), Math.round(image.height * scale));
      return await pool.detectOrientation(encodePgm(sized), signal);
    } catch (error) {
      if (error instanceof AbortedError) throw error;
      return null;
    }
  }

  // Pages are admitted a few at a time: each holds several copies of its pixels (tens of MB)
  // while decoded and preprocessed, so queueing a 200-page scan must not decode it all up front.
  // One more than the workers keeps the next page being prepared while the workers read.
  const admission = new Semaphore(pool.size + 1);

  async function recognize(image: OcrImage, opts: OcrRecognizeOptions = {}): Promise<OcrPageResult> {
    throwIfAborted(opts.signal, opts.file);
    const release = await admission.acquire(opts.signal);
    try {
      return await recognizePage(image, opts);
    } finally {
      release();
    }
  }

  /**
   * Decodes a page and cleans it for tesseract. A function of its own so that the decoded and
   * intermediate copies (tens of MB on a 300-dpi page) are released before the page waits for a
   * worker, rather than held by the suspended caller.
   */
  async function preparePage(image: OcrImage, opts: OcrRecognizeOptions): Promise<{base: GrayImage; sourceWidth: number; sourceHeight: number; dpi: number}> {
    const {signal} = opts;
    const file = opts.file ?? 'image';
    const decoded =
      image.kind === 'encoded' ? await decode(image, {limits, file, ...(signal ? {signal} : {})}) : decodeRaw(image, limits, file);
    throwIfAborted(signal, file);
    // Tesseract lays out the page by its resolution; without one (PNGs without pHYs, raw
    // pixels) it assumes 70 dpi and drops table cells it takes for noise. A render's dpi holds
    // while the image was not scaled; otherwise assume a letter page filling the long side.
    const scaled = image.kind === 'encoded' || decoded.gray.width !== image.width;
    const dpi = opts.dpi && !scaled ? opts.dpi : estimateDpi(decoded.gray.width, decoded.gray.height);
    const flat = normalizeBackground(decoded.gray).image;
    // Specks up to 2 px at 300 dpi (scaled with the resolution); below 200 dpi punctuation is
    // that small too, so low-resolution pages are left alone.
    const base = clean && dpi >= 200 ? despeckle(flat, {maxSize: Math.round((2 * dpi) / 300)}).image : flat;
    return {base, sourceWidth: decoded.sourceWidth, sourceHeight: decoded.sourceHeight, dpi};
  }

  async function recognizePage(image: OcrImage, opts: OcrRecognizeOptions): Promise<OcrPageResult> {
    const {signal} = opts;
    const {base, sourceWidth, sourceHeight, dpi} = await preparePage(image, opts);
    opts = {...opts, dpi};
    const skew = estimateSkew(base);
    const blank = skew.inkPixels < 200;

    let turns = 0;
    let osdAsked = false;
    // Skew estimates for the page as decoded (also valid half a turn round) and a quarter turned.
    let sidewaysSkew: SkewEstimate | undefined;
    const knownSkew = (t: number): SkewEstimate | undefined => (t % 2 === 0 ? skew : sidewaysSkew);
    const osdTurns = async (image: GrayImage, accept: (degrees: number) => boolean): Promise<number | null> => {
      osdAsked = true;
      const guess = await detect(image, signal);
      return guess && guess.confidence >= MIN_OSD_CONFIDENCE && accept(guess.degrees) ? guess.degrees / 90 : null;
    };
    if (orient && !blank && isSideways(skew)) {
      // Text runs top to bottom. Turned a quarter clockwise, its ascenders tell whether that was
      // the right way; only when they cannot tell is OSD asked.
      sidewaysSkew = estimateSkew(rotateQuarter(base, 1));
      const ratio = sidewaysSkew.textLines >= MIN_TEXT_LINES ? sidewaysSkew.ascenderRatio : 1;
      if (ratio < FLIP_RATIO) turns = 3;
      else if (ratio > UPRIGHT_RATIO) turns = 1;
      else turns = (await osdTurns(base, (d) => d % 180 === 90)) ?? 1;
    } else if (orient && !blank && skew.textLines >= MIN_TEXT_LINES && skew.ascenderRatio < UNSURE_RATIO) {
      // Descenders outweigh ascenders: perhaps upside down, but all-caps print and text with rules
      // under it look the same, and a photo may be sideways. A wrong guess costs a second full
      // reading, so OSD (a fraction of one) decides, any way round; only when it cannot does the ratio.
      turns = (await osdTurns(base, () => true)) ?? (skew.ascenderRatio < FLIP_RATIO ? 2 : 0);
    }
    let best = await read(base, turns, opts, knownSkew(turns));

    const poor = (r: Reading): boolean => isPoor(r.page, r.image.width, r.image.height);
    if (orient && !blank && poor(best)) {
      const tried = new Set([turns]);
      const candidates: number[] = [];
      const guess = osdAsked ? null : await detect(best.image, signal);
      if (guess && guess.degrees !== 0 && guess.confidence >= MIN_OSD_CONFIDENCE) {
        candidates.push((turns + guess.degrees / 90) % 4);
      } else if (!guess || guess.confidence < MIN_OSD_CONFIDENCE) {
        // No usable OSD answer: the commonest failure is a page scanned upside down.
        candidates.push((turns + 2) % 4);
        if (turns % 2 === 1) candidates.push((turns + 1) % 4, (turns + 3) % 4);
      }
      for (const t of candidates) {
        if (tried.has(t)) continue;
        tried.add(t);
        const alt = await read(base, t, opts, knownSkew(t));
        if (quality(alt.page.words) > quality(best.page.words) * BETTER_BY || (poor(best) && !poor(alt))) best = alt;
        if (!poor(best)) break;
      }
    }

    const sideways = best.turns % 2 === 1;
    return {
      width: sideways ? sourceHeight : sourceWidth,
      height: sideways ? sourceWidth : sourceHeight,
      words: best.page.words,
      rotation: normalizeDegrees(best.rotation),
    };
  }

  return {
    pool,
    recognize,
    terminate: () => pool.terminate(),
  };
}

/**
 * Converts raw RGBA or gray pixels to grayscale within `limits`, area-averaging when it must
 * shrink. Gray pixels that fit are used as they are, not copied.
 */
export function decodeRaw(image: Exclude<OcrImage, {kind: 'encoded'}>, limits: SizeLimits, file = 'image'): DecodedPage {
  const {data, width, height} = image;
  const channels = image.kind === 'rgba' ? 4 : 1;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0 || data.length !== width * height * channels) {
    throw new CorruptImageError(file, new Error(`${image.kind === 'rgba' ? 'RGBA' : 'gray'} buffer of ${data.length} bytes does not match ${width}×${height}`));
  }
  const fit = fitSize(width, height, limits);
  if (image.kind === 'gray') {
    return {gray: downscaleGray({data: image.data, width, height}, fit.width, fit.height), sourceWidth: width, sourceHeight: height};
  }
  if (fit.scale === 1) return {gray: toGray(image), sourceWidth: width, sourceHeight: height};
  const d = new GrayDownscaler(width, height, fit.width, fit.height);
  d.pushRgbaRows(data, height);
  return {gray: d.finish(), sourceWidth: width, sourceHeight: height};
}

/** True when the page's text lines clearly run top to bottom rather than across. */
function isSideways(skew: SkewEstimate): boolean {
  return skew.verticalConfidence > 2 * skew.confidence + 1;
}

/**
 * True when a reading is too weak to trust its orientation: few words, low confidence, or words
 * taller than wide (tesseract reads vertical lines, but the boxes are then of a sideways page).
 */
export function isPoor(page: RecognizedPage, width = 1, height = 1): boolean {
  if (page.words.length < 3 || page.confidence < POOR_CONFIDENCE) return true;
  let tall = 0;
  let long = 0;
  for (const w of page.words) {
    if (w.text.length < 3) continue;
    long++;
    if (w.bbox.height * height > w.bbox.width * width) tall++;
  }
  return long > 0 && tall > long / 2;
}

/** Characters of confidently read words that contain a letter or digit, weighted by confidence. */
export function quality(words: readonly Word[]): number {
  let q = 0;
  for (const w of words) {
    if (w.confidence >= 0.5 && /[\p{L}\p{N}]/u.test(w.text)) q += w.text.length * w.confidence;
  }
  return q;
}

/** Degrees into (-180, 180], rounded to 0.01. */
function normalizeDegrees(d: number): number {
  let r = ((d % 360) + 360) % 360;
  if (r > 180) r -= 360;
  return Math.round(r * 100) / 100 + 0;
}

function throwIfAborted(signal: AbortSignal | undefined, file?: string): void {
  if (signal?.aborted) throw new AbortedError(file);
}

/** Counting semaphore whose waiters leave the queue when their signal aborts. */
class Semaphore {
  private readonly waiters: (() => void)[] = [];
  constructor(private available: number) {}

  acquire(signal?: AbortSignal): Promise<() => void> {
    const release = (): void => {
      const next = this.waiters.shift();
      if (next) next();
      else this.available++;
    };
    if (this.available > 0) {
      this.available--;
      return Promise.resolve(once(release));
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve(once(release));
      };
      const onAbort = (): void => {
        const i = this.waiters.indexOf(grant);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new AbortedError());
      };
      signal?.addEventListener('abort', onAbort, {once: true});
      this.waiters.push(grant);
    });
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}
