/**
 * OCR for Node: tesseract.js workers on worker threads, images decoded with @napi-rs/canvas
 * (PNG, JPEG, WebP, GIF, BMP) and utif (TIFF). Everything runs locally; language data comes from
 * the installed `@tesseract.js-data/*` packages and nothing is ever fetched.
 *
 * Process exit: idle worker threads are `unref()`ed, so a script that stops using OCR exits on
 * its own. Call `terminate()` (or {@link terminateNodeOcrEngine} for the shared engine) to free
 * the workers' memory earlier, e.g. in a long-running server: each holds ~150–300 MB (models plus
 * a wasm heap that grows to fit the largest page it has read).
 */
import {randomBytes} from 'node:crypto';
import {copyFile, mkdir, readlink, rename, stat, symlink, unlink} from 'node:fs/promises';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {createCanvas, loadImage, type Image} from '@napi-rs/canvas';
import {AbortedError, CorruptImageError, OcrFailedError, TooLargeError} from '../../errors.js';
import {toGray} from '../../image/gray.js';
import {probeImageSize, sniffImageType} from '../../image/probe.js';
import {fitSize, type SizeLimits} from '../../image/resize.js';
import {decodeTiff} from '../../image/tiff.js';
import {createOcrEngine, type DecodeContext, type DecodedPage, type PooledOcrEngine} from '../../ocr/engine.js';
import {DEFAULT_LANGUAGES, OcrPool} from '../../ocr/pool.js';
import type {OcrImage} from '../../types.js';

/** Options of {@link createNodeOcrEngine}; all optional. */
export interface NodeOcrEngineOptions {
  /** Recognition worker threads. Default: available parallelism, at most 4. */
  workers?: number;
  /** Tesseract languages, e.g. `spa+eng` (default). Each needs its `@tesseract.js-data/<lang>` package. */
  languages?: string;
  /**
   * A folder already holding `<lang>.traineddata.gz` (or `.traineddata`) for every language and
   * `osd`. Default: the `CASEKIT_TESSDATA_DIR` environment variable, else a folder of links that
   * casekit creates on first use (see {@link ensureTessdata}).
   */
  tessdataDir?: string;
  /** Detect and fix upside-down and sideways pages (upright pages pay ~0.1 s of analysis). Default true. */
  orientation?: boolean;
  /** Straighten skewed pages. Default true. */
  deskew?: boolean;
  /** Size pages are reduced to before OCR. Default 3500 px long side, 12 MP. */
  limits?: SizeLimits;
  /** Larger images are refused with TooLargeError before decoding. Default 150 million pixels. */
  maxInputPixels?: number;
}

const DEFAULT_MAX_INPUT_PIXELS = 150_000_000;
const require = createRequire(import.meta.url);

/**
 * Creates an OCR engine for Node with its own worker pool. Workers start on first use and are
 * reused for every page until `terminate()`.
 */
export function createNodeOcrEngine(options: NodeOcrEngineOptions = {}): PooledOcrEngine {
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  const orientation = options.orientation ?? true;
  let tessdata: Promise<{dir: string; gzip: boolean}> | undefined;
  const folder = (): Promise<{dir: string; gzip: boolean}> => {
    tessdata ??= prepareTessdata([...languages.split('+'), ...(orientation ? ['osd'] : [])], options.tessdataDir);
    // A failure (e.g. a read-only disk) should be retried on the next page, not cached.
    tessdata.catch(() => {
      tessdata = undefined;
    });
    return tessdata;
  };
  const workerOptions = async () => {
    const {dir, gzip} = await folder();
    return {langPath: dir, gzip, cacheMethod: 'none'};
  };
  const pool = new OcrPool({
    size: options.workers ?? Math.min(4, os.availableParallelism()),
    languages,
    workerOptions,
    osdWorkerOptions: orientation ? workerOptions : null,
    onThreadActivity: (thread, active) => {
      const t = thread as {ref?: () => void; unref?: () => void};
      if (active) t.ref?.();
      else t.unref?.();
    },
  });
  const maxInputPixels = options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS;
  return createOcrEngine({
    pool,
    decode: (image, context) => decodeNodeImage(image, context, maxInputPixels),
    orientation,
    ...(options.deskew !== undefined ? {deskew: options.deskew} : {}),
    ...(options.limits ? {limits: options.limits} : {}),
  });
}

let shared: PooledOcrEngine | null = null;

/**
 * The process-wide OCR engine (default options), created on first call and shared by all
 * documents. Its idle workers never keep the process alive; `terminate()` on it (or
 * {@link terminateNodeOcrEngine}) frees them, and the next call creates a new engine.
 */
export function getNodeOcrEngine(): PooledOcrEngine {
  if (shared) return shared;
  const engine = createNodeOcrEngine();
  const wrapper: PooledOcrEngine = {
    pool: engine.pool,
    recognize: (image, options) => engine.recognize(image, options),
    terminate: async () => {
      if (shared === wrapper) shared = null;
      await engine.terminate();
    },
  };
  shared = wrapper;
  return wrapper;
}

/** Terminates the shared engine from {@link getNodeOcrEngine}, if one was created. */
export async function terminateNodeOcrEngine(): Promise<void> {
  await shared?.terminate();
}

/**
 * Decodes an encoded image to grayscale within `context.limits`. Large photos are reduced while
 * drawing, so a 50-megapixel JPEG never exists as a JS pixel buffer; sizes are checked from the
 * header first so decompression bombs are refused before decoding.
 */
export async function decodeNodeImage(
  image: Extract<OcrImage, {kind: 'encoded'}>,
  context: DecodeContext,
  maxInputPixels = DEFAULT_MAX_INPUT_PIXELS,
): Promise<DecodedPage> {
  const {bytes} = image;
  const {file, limits, signal} = context;
  const type = sniffImageType(bytes);
  if (!type) {
    throw new CorruptImageError(file, new Error(`not a PNG, JPEG, TIFF, WebP, GIF or BMP image (declared as ${image.mime})`));
  }
  const size = probeImageSize(bytes);
  if (!size) throw new CorruptImageError(file, new Error(`unreadable ${type} header`));
  if (size.width * size.height > maxInputPixels) {
    const mp = (n: number) => Math.round(n / 1e6);
    throw new TooLargeError(
      file,
      `the image is ${size.width}×${size.height} pixels (${mp(size.width * size.height)} MP), more than the ${mp(maxInputPixels)} MP casekit reads. Take the photo at a lower resolution or scan the page at 300 dpi.`,
    );
  }
  if (type === 'image/tiff') {
    try {
      return decodeTiff(bytes, limits, image.page ?? 0);
    } catch (cause) {
      throw new CorruptImageError(file, cause);
    }
  }
  let img: Image;
  try {
    img = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (cause) {
    throw new CorruptImageError(file, cause);
  }
  if (!img.width || !img.height) throw new CorruptImageError(file, new Error('decoded to an empty image'));
  if (signal?.aborted) throw new AbortedError(file);
  return drawToGray(img, limits, signal, file);
}

/**
 * Draws the decoded image at its OCR size and takes its luma. Large photos are reduced by Skia
 * (mipmaps plus cubic filtering, 'high' quality): it read as well as exact area averaging in our
 * tests at a third of the time, and needs no full-size copy of the pixels in JS.
 */
function drawToGray(img: Image, limits: SizeLimits, signal: AbortSignal | undefined, file: string): DecodedPage {
  // Width and height already reflect the EXIF orientation, which loadImage applies.
  const {width, height} = img;
  const fit = fitSize(width, height, limits);
  if (signal?.aborted) throw new AbortedError(file);
  const canvas = createCanvas(fit.width, fit.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, fit.width, fit.height);
  if (fit.scale < 1) {
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(img, 0, 0, fit.width, fit.height);
  } else {
    ctx.drawImage(img, 0, 0);
  }
  const gray = toGray(ctx.getImageData(0, 0, fit.width, fit.height));
  return {gray, sourceWidth: width, sourceHeight: height};
}

/** Where a language's traineddata ships: LSTM-only "best_int" models, legacy data for OSD. */
function traineddataSource(lang: string): string {
  let pkg: string;
  try {
    pkg = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  } catch (cause) {
    throw new OcrFailedError(`OCR: no language data for "${lang}". Install the npm package @tesseract.js-data/${lang}.`, cause);
  }
  return path.join(pkg, lang === 'osd' ? '4.0.0' : '4.0.0_best_int', `${lang}.traineddata.gz`);
}

/** Default folders for the combined tessdata, most preferred first. */
function defaultTessdataDirs(): string[] {
  const dirs: string[] = [];
  try {
    // node_modules/@tesseract.js-data/eng/package.json → node_modules/.cache, as bundlers do.
    const nodeModules = path.resolve(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '..', '..');
    dirs.push(path.join(nodeModules, '.cache', 'casekit', 'tessdata'));
  } catch {
    // Reported by traineddataSource.
  }
  const user = (() => {
    try {
      return String(os.userInfo().uid);
    } catch {
      return 'user';
    }
  })();
  dirs.push(path.join(os.tmpdir(), `casekit-${user}`, 'tessdata'));
  return dirs;
}

/**
 * Returns a folder holding `<lang>.traineddata.gz` for each of `languages`, which tesseract.js
 * needs in one `langPath` to combine them (`spa+eng`). The `@tesseract.js-data` packages each
 * ship their own folder, so on first use this creates symbolic links to them (copies where
 * links are not allowed) in `node_modules/.cache/casekit/tessdata`, or, if that is not writable,
 * in `<tmpdir>/casekit-<uid>/tessdata`. Idempotent and safe when processes race. Nothing is
 * written to the working directory.
 */
export async function ensureTessdata(languages: readonly string[]): Promise<string> {
  const sources = languages.map((lang) => [lang, traineddataSource(lang)] as const);
  let lastError: unknown;
  for (const dir of defaultTessdataDirs()) {
    try {
      await mkdir(dir, {recursive: true, mode: 0o700});
      for (const [lang, source] of sources) await linkFile(source, path.join(dir, `${lang}.traineddata.gz`));
      return dir;
    } catch (error) {
      lastError = error;
    }
  }
  throw new OcrFailedError(`OCR: could not prepare the language data folder: ${String(lastError)}`, lastError);
}

async function prepareTessdata(languages: string[], explicit: string | undefined): Promise<{dir: string; gzip: boolean}> {
  const dir = explicit ?? process.env['CASEKIT_TESSDATA_DIR'];
  if (!dir) return {dir: await ensureTessdata(languages), gzip: true};
  // A prepared folder may hold compressed or plain traineddata; tesseract.js needs to know which.
  for (const gzip of [true, false]) {
    const ext = gzip ? '.traineddata.gz' : '.traineddata';
    const found = await Promise.all(languages.map((l) => exists(path.join(dir, l + ext))));
    if (found.every(Boolean)) return {dir, gzip};
  }
  throw new OcrFailedError(`OCR: ${dir} must hold ${languages.map((l) => `${l}.traineddata.gz`).join(', ')} (or the same files uncompressed).`);
}

async function linkFile(target: string, dest: string): Promise<void> {
  try {
    if ((await readlink(dest)) === target && (await exists(dest))) return;
  } catch {
    // Missing, or a copy: replace it below.
  }
  // Link (or copy) beside the destination, then rename over it: atomic, so a racing process
  // never sees a half-written file.
  const tmp = `${dest}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await symlink(target, tmp);
  } catch {
    await copyFile(target, tmp);
  }
  try {
    await rename(tmp, dest);
  } catch (error) {
    await unlink(tmp).catch(() => {});
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
