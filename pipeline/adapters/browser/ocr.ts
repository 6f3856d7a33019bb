/**
 * OCR in the browser: the same worker pool and preprocessing as in Node, with images decoded by
 * createImageBitmap/OffscreenCanvas. Every file is loaded from `assetBase` on the page's own
 * origin; nothing is fetched from a CDN.
 */
import {AbortedError, CorruptImageError, TooLargeError} from '../../errors.js';
import {toGray} from '../../image/gray.js';
import {probeImageSize, sniffImageType} from '../../image/probe.js';
import {fitSize, type SizeLimits} from '../../image/resize.js';
import {decodeTiff} from '../../image/tiff.js';
import {createOcrEngine, type DecodeContext, type DecodedPage, type PooledOcrEngine} from '../../ocr/engine.js';
import {DEFAULT_LANGUAGES, defaultPoolSize, OcrPool} from '../../ocr/pool.js';
import type {OcrImage} from '../../types.js';

/**
 * Files to serve from `assetBase`, as paths inside node_modules (for a build step to copy):
 * the tesseract.js worker, the wasm cores (LSTM-only for reading, legacy for orientation
 * detection; the worker picks the variant the browser supports) and the language data.
 */
export const BROWSER_OCR_ASSETS: readonly {from: string; to: string}[] = [
  {from: 'tesseract.js/dist/worker.min.js', to: 'worker.min.js'},
  ...['', '-simd', '-relaxedsimd'].flatMap((v) =>
    ['-lstm', ''].map((l) => ({from: `tesseract.js-core/tesseract-core${v}${l}.wasm.js`, to: `tesseract-core${v}${l}.wasm.js`})),
  ),
  ...['eng', 'spa'].map((l) => ({from: `@tesseract.js-data/${l}/4.0.0_best_int/${l}.traineddata.gz`, to: `${l}.traineddata.gz`})),
  {from: '@tesseract.js-data/osd/4.0.0/osd.traineddata.gz', to: 'osd.traineddata.gz'},
];

/** Options of {@link createBrowserOcrEngine}. */
export interface BrowserOcrEngineOptions {
  /** Absolute URL of a folder on the page's origin holding the files of {@link BROWSER_OCR_ASSETS}. */
  assetBase: string;
  /** Recognition workers. Default: `navigator.hardwareConcurrency`, at most 4. */
  workers?: number;
  /** Tesseract languages, default `spa+eng`; each needs `<lang>.traineddata.gz` in `assetBase`. */
  languages?: string;
  /** Detect and fix upside-down and sideways pages (needs `osd.traineddata.gz`). Default true. */
  orientation?: boolean;
  deskew?: boolean;
  limits?: SizeLimits;
  /** Larger images are refused with TooLargeError. Default 100 million pixels. */
  maxInputPixels?: number;
}

/** Creates an OCR engine whose workers start on first use and are reused until `terminate()`. */
export function createBrowserOcrEngine(options: BrowserOcrEngineOptions): PooledOcrEngine {
  // Relative folders ("/casekit-assets/") resolve against the page, as in the pdf.js adapter.
  const base = new URL(options.assetBase.endsWith('/') ? options.assetBase : `${options.assetBase}/`, location.href);
  if (typeof location !== 'undefined' && base.origin !== location.origin) {
    throw new TypeError(`assetBase must be on this page's origin (${location.origin}), not ${base.origin}`);
  }
  const workerOptions = {
    workerPath: new URL('worker.min.js', base).href,
    corePath: base.href,
    langPath: base.href.replace(/\/$/, ''),
    workerBlobURL: false,
    gzip: true,
    cacheMethod: 'none',
  };
  const orientation = options.orientation ?? true;
  const pool = new OcrPool({
    size: options.workers ?? defaultPoolSize(),
    languages: options.languages ?? DEFAULT_LANGUAGES,
    workerOptions,
    osdWorkerOptions: orientation ? workerOptions : null,
  });
  const maxInputPixels = options.maxInputPixels ?? 100_000_000;
  return createOcrEngine({
    pool,
    decode: (image, context) => decodeBrowserImage(image, context, maxInputPixels),
    orientation,
    ...(options.deskew !== undefined ? {deskew: options.deskew} : {}),
    ...(options.limits ? {limits: options.limits} : {}),
  });
}

/** Decodes with the browser's codecs (EXIF orientation applied) and scales on an OffscreenCanvas. */
async function decodeBrowserImage(
  image: Extract<OcrImage, {kind: 'encoded'}>,
  {file, limits, signal}: DecodeContext,
  maxInputPixels: number,
): Promise<DecodedPage> {
  const type = sniffImageType(image.bytes);
  const size = type && probeImageSize(image.bytes);
  if (!type || !size) throw new CorruptImageError(file, new Error(`not a readable image (declared as ${image.mime})`));
  if (size.width * size.height > maxInputPixels) {
    throw new TooLargeError(file, `the image is ${size.width}×${size.height} pixels, too large to read. Take the photo at a lower resolution.`);
  }
  if (type === 'image/tiff') {
    try {
      return decodeTiff(image.bytes, limits, image.page ?? 0);
    } catch (cause) {
      throw new CorruptImageError(file, cause);
    }
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([image.bytes as Uint8Array<ArrayBuffer>], {type}));
  } catch (cause) {
    throw new CorruptImageError(file, cause);
  }
  try {
    if (signal?.aborted) throw new AbortedError(file);
    const {width, height} = bitmap;
    const fit = fitSize(width, height, limits);
    const canvas = new OffscreenCanvas(fit.width, fit.height);
    const ctx = canvas.getContext('2d', {willReadFrequently: true});
    if (!ctx) throw new CorruptImageError(file, new Error('no 2D canvas available'));
    ctx.imageSmoothingQuality = 'high';
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, fit.width, fit.height);
    ctx.drawImage(bitmap, 0, 0, fit.width, fit.height);
    return {gray: toGray(ctx.getImageData(0, 0, fit.width, fit.height)), sourceWidth: width, sourceHeight: height};
  } finally {
    bitmap.close();
  }
}
