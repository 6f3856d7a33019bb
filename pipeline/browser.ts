/**
 * casekit's document pipeline for browsers: `createBrowserPipeline({assetBase})` gives
 * `extract(fileOrBytes, options)` running entirely in the page. pdf.js, its worker, fonts and
 * CMaps, and the tesseract.js workers, wasm and language data are all loaded from `assetBase` on
 * the page's own origin; no document or request leaves it.
 * @module
 */
import {loadBrowserPdfjs} from './adapters/browser/pdfjs.js';
import {renderPdfPageInBrowser} from './adapters/browser/render.js';
import {createBrowserOcrEngine} from './adapters/browser/ocr.js';
import {createExtract, failedResult, type ExtractInput, type ExtractOptions} from './core.js';
import type {PooledOcrEngine} from './ocr/engine.js';
import type {ExtractionResult} from '../schemas/index.js';

export * from './shared.js';

/** Options of {@link createBrowserPipeline}. */
export interface BrowserPipelineOptions {
  /**
   * URL of the folder holding the copied assets (`npm run copy-assets`): tesseract files at its
   * top level, pdf.js files under `pdfjs/`. Absolute or relative to the page; it must be on the
   * page's own origin.
   */
  assetBase: string;
  /** OCR workers (each holds ~100 MB). Default: `navigator.hardwareConcurrency`, at most 4. */
  ocrWorkers?: number;
}

/** The browser pipeline: see {@link createBrowserPipeline}. */
export interface BrowserPipeline {
  /**
   * Reads a document (a `File`, `Blob`, `Uint8Array` or `ArrayBuffer`) and returns its type,
   * fields with evidence, problems and case fields. Throws a `CasekitError` when the file cannot
   * be read at all; a string (a path) throws `file_unreadable`, as paths exist only in Node.
   */
  extract(input: ExtractInput, options?: ExtractOptions): Promise<ExtractionResult>;
  /** Like `extract`, but a file that cannot be read gives a result with an error problem. */
  safeExtract(input: ExtractInput, options?: ExtractOptions): Promise<ExtractionResult>;
  /**
   * Stops the OCR workers and frees their memory. The pipeline stays usable: the next scan
   * starts new workers.
   */
  terminate(): Promise<void>;
}

/**
 * Creates the pipeline for a page. OCR workers start on the first scan or photo and are
 * reused for later ones until {@link BrowserPipeline.terminate}.
 *
 * @example
 * // Build step: copy the assets next to the portal's own files
 * //   node --import tsx scripts/copy-assets.ts public/casekit-assets
 * // and serve that folder from the portal's origin, e.g. https://portal.example.gov/casekit-assets/
 * // (.wasm as application/wasm; the .gz language files as they are, without Content-Encoding).
 * import {createBrowserPipeline} from 'casekit/pipeline/browser';
 *
 * const casekit = createBrowserPipeline({assetBase: '/casekit-assets/'});
 * input.addEventListener('change', async () => {
 *   const result = await casekit.safeExtract(input.files![0]!, {
 *     onProgress: ({stage, progress}) => console.log(stage, progress),
 *   });
 *   if (result.documentType === 'pay_stub') show(result.fields.grossPay);
 * });
 * window.addEventListener('pagehide', () => void casekit.terminate());
 */
export function createBrowserPipeline(options: BrowserPipelineOptions): BrowserPipeline {
  const base = new URL(options.assetBase.endsWith('/') ? options.assetBase : `${options.assetBase}/`, location.href);
  if (base.origin !== location.origin) {
    throw new TypeError(`assetBase must be on this page's origin (${location.origin}), not ${base.origin}: casekit fetches nothing from other origins.`);
  }
  const assetBase = base.href;
  let engine: PooledOcrEngine | undefined;

  const extract = createExtract({
    pdfjs: () => loadBrowserPdfjs(assetBase),
    ocr: async () =>
      (engine ??= createBrowserOcrEngine({assetBase, ...(options.ocrWorkers !== undefined ? {workers: options.ocrWorkers} : {})})),
    renderPage: renderPdfPageInBrowser,
  });

  async function safeExtract(input: ExtractInput, extractOptions: ExtractOptions = {}): Promise<ExtractionResult> {
    try {
      return await extract(input, extractOptions);
    } catch (error) {
      const name = extractOptions.name ?? (typeof File !== 'undefined' && input instanceof File ? input.name : typeof input === 'string' ? input : 'document');
      return failedResult(name, error, extractOptions.locale);
    }
  }

  async function terminate(): Promise<void> {
    const running = engine;
    engine = undefined;
    await running?.terminate();
  }

  return {extract, safeExtract, terminate};
}
