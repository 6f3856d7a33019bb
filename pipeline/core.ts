import type {PDFPageProxy} from 'pdfjs-dist/types/src/display/api.js';
import {type Diagnostic, type ExtractedField, type ExtractionResult, type KnownDocumentType} from '../schemas/index.js';
import {AbortedError, CasekitError, TooLargeError} from './errors.js';
import {toGray} from './image/gray.js';
import {tiffPageCount} from './image/tiff.js';
import {message, type Locale} from './messages.js';
import {openPdf, type PdfjsRuntime} from './pdf/open.js';
import {readTextLayer} from './pdf/text.js';
import {classify} from './stages/classify.js';
import {extractLease} from './stages/extract/lease.js';
import {extractPayStub} from './stages/extract/pay-stub.js';
import {extractProtectiveOrder} from './stages/extract/protective-order.js';
import type {DateOrder} from './stages/extract/readers.js';
import {MIME, sniff} from './stages/ingest.js';
import {layout} from './stages/layout.js';
import {mapToCase} from './stages/map-to-case.js';
import {validate} from './stages/validate.js';
import type {OcrEngine, OcrImage, ProgressCallback, TextPage} from './types.js';

/** What a platform supplies: pdf.js, OCR and page rendering (Node or browser). */
export interface PipelineAdapters {
  pdfjs(): Promise<PdfjsRuntime>;
  ocr(): Promise<OcrEngine>;
  /** Renders a page for OCR; `dpi` in the result when a size cap lowered it. */
  renderPage(page: PDFPageProxy, dpi: number): Promise<{data: Uint8ClampedArray; width: number; height: number; dpi?: number}>;
  /** Reads a path (Node only). */
  readPath?(path: string, maxBytes: number): Promise<Uint8Array>;
}

/** A document to read: bytes, a File or Blob, or (in Node) a path. */
export type ExtractInput = Uint8Array | ArrayBuffer | Blob | string;

export interface ExtractOptions {
  /** Date that "active order" and "stale pay stub" are judged against, YYYY-MM-DD. Default: today. */
  asOf?: string;
  /** Language of diagnostic messages. */
  locale?: Locale;
  /** Name to report for byte input. */
  name?: string;
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
  /** Pages read at most; later pages are skipped with a `pages_truncated` warning. Default 100. */
  maxPages?: number;
  /** Largest file accepted, in bytes. Default 100 MiB. */
  maxBytes?: number;
  /** Order of numeric dates: US month/day by default. */
  dateOrder?: DateOrder;
  /** Values read with less confidence are flagged for confirmation. Default 0.8. */
  minConfidence?: number;
}

export const DEFAULT_MAX_PAGES = 100;
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
const OCR_DPI = 300;

const today = () => new Date().toISOString().slice(0, 10);

function throwIfAborted(signal: AbortSignal | undefined, file: string) {
  if (signal?.aborted) throw new AbortedError(file);
}

async function readInput(adapters: PipelineAdapters, input: ExtractInput, file: string, maxBytes: number): Promise<Uint8Array> {
  if (typeof input === 'string') {
    if (!adapters.readPath) throw new CasekitError('file_unreadable', `${file}: paths can only be read in Node; pass a File or bytes.`, file);
    return adapters.readPath(input, maxBytes);
  }
  const size = input instanceof Uint8Array || input instanceof ArrayBuffer ? input.byteLength : input.size;
  if (size > maxBytes) {
    throw new TooLargeError(file, `${(size / 1048576).toFixed(1)} MB is more than the ${Math.round(maxBytes / 1048576)} MB limit. Upload a smaller scan (300 dpi is enough) or split the PDF.`);
  }
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(await input.arrayBuffer());
}

function inputName(input: ExtractInput, options: ExtractOptions): string {
  if (options.name) return options.name;
  if (typeof input === 'string') return input;
  if (typeof File !== 'undefined' && input instanceof File) return input.name;
  return 'document';
}

/** Runs `task` over items with at most `limit` at once, keeping results in order. */
async function mapLimit<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, run));
  return results;
}

/**
 * Renders a page for OCR as 8-bit gray: the RGBA render (34 MB for a letter page at 300 dpi)
 * is released here, not held while the page waits for an OCR worker.
 */
async function renderGray(adapters: PipelineAdapters, page: PDFPageProxy): Promise<Extract<OcrImage, {kind: 'gray'}> & {dpi: number}> {
  const rgba = await adapters.renderPage(page, OCR_DPI);
  return {kind: 'gray', ...toGray(rgba), dpi: rgba.dpi ?? OCR_DPI};
}

/** Pages in a TIFF; 1 when its structure cannot be read (decoding then reports the damage). */
function tiffPages(bytes: Uint8Array): number {
  try {
    return Math.max(1, tiffPageCount(bytes));
  } catch {
    return 1;
  }
}

/** Reads a document's pages: text layers where there are, OCR where not. */
async function readPages(adapters: PipelineAdapters, bytes: Uint8Array, file: string, options: ExtractOptions, problems: Diagnostic[]): Promise<TextPage[]> {
  const {signal, onProgress} = options;
  const kind = sniff(bytes, file);
  onProgress?.({stage: 'ingest', progress: 1});
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const truncate = (total: number): number => {
    if (total > maxPages) {
      problems.push({code: 'pages_truncated', severity: 'warning', field: null, message: message('pages_truncated', {read: maxPages, total}, options.locale), actual: total, expected: `<= ${maxPages}`});
    }
    return Math.min(total, maxPages);
  };
  if (kind !== 'pdf') {
    const ocr = await adapters.ocr();
    // Fax and scanner TIFFs often hold several pages; every other image is one page.
    const total = kind === 'tiff' ? tiffPages(bytes) : 1;
    const pageCount = truncate(total);
    let done = 0;
    return await mapLimit(Array.from({length: pageCount}, (_, i) => i + 1), 2, async (n): Promise<TextPage> => {
      throwIfAborted(signal, file);
      onProgress?.({stage: 'ocr', page: n, pageCount, progress: done / pageCount});
      const image = {kind: 'encoded', bytes, mime: MIME[kind], ...(total > 1 ? {page: n - 1} : {})} as const;
      const result = await ocr.recognize(image, {signal});
      onProgress?.({stage: 'ocr', page: n, pageCount, progress: ++done / pageCount});
      return {page: n, width: result.width, height: result.height, method: 'ocr', words: result.words, rotation: result.rotation};
    });
  }
  const runtime = await adapters.pdfjs();
  const pdf = await openPdf(runtime, bytes, file);
  try {
    const pageCount = truncate(pdf.numPages);
    const numbers = Array.from({length: pageCount}, (_, i) => i + 1);
    let done = 0;
    let ocr: OcrEngine | undefined;
    // Two pages in flight per OCR worker keeps the pool busy while bounding rendered pixels.
    return await mapLimit(numbers, 2, async (n) => {
      throwIfAborted(signal, file);
      const page = await pdf.getPage(n);
      let stage: 'ingest' | 'ocr' = 'ingest';
      try {
        const text = await readTextLayer(runtime.pdfjs, page, n);
        if (text) return text;
        stage = 'ocr';
        onProgress?.({stage: 'render', page: n, pageCount, progress: done / pageCount});
        const image = await renderGray(adapters, page);
        ocr ??= await adapters.ocr();
        const result = await ocr.recognize(image, {signal, dpi: image.dpi});
        const viewport = page.getViewport({scale: 1});
        // Words come in the frame of the page as read: a quarter turn swaps its sides.
        const turned = Math.round(result.rotation / 90) % 2 !== 0;
        return {
          page: n,
          width: turned ? viewport.height : viewport.width,
          height: turned ? viewport.width : viewport.height,
          method: 'ocr',
          words: result.words,
          rotation: result.rotation,
        } satisfies TextPage;
      } finally {
        page.cleanup();
        onProgress?.({stage, page: n, pageCount, progress: ++done / pageCount});
      }
    });
  } finally {
    await pdf.destroy();
  }
}

const EXTRACTORS: Record<KnownDocumentType, (l: ReturnType<typeof layout>, o: {dateOrder?: DateOrder}) => Record<string, ExtractedField>> = {
  pay_stub: extractPayStub,
  lease: extractLease,
  protective_order: extractProtectiveOrder,
};

/** Words that look like real text, not OCR noise from a photo of a table top. */
const realWords = (pages: TextPage[]) =>
  pages.reduce((n, p) => n + p.words.filter((w) => w.confidence >= 0.6 && /\p{L}{2}/u.test(w.text)).length, 0);

/**
 * The pipeline with its platform adapters bound: read → layout → classify → extract →
 * validate → map. Throws a {@link CasekitError} when the file cannot be read at all;
 * problems with its data come back as diagnostics.
 */
export function createExtract(adapters: PipelineAdapters) {
  return async function extract(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractionResult> {
    const file = inputName(input, options);
    const {signal, onProgress} = options;
    const asOf = options.asOf ?? today();
    throwIfAborted(signal, file);
    const bytes = await readInput(adapters, input, file, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const problems: Diagnostic[] = [];
    const pages = await readPages(adapters, bytes, file, options, problems);
    throwIfAborted(signal, file);
    const pageInfo = pages.map(({page, width, height, method, rotation}) => ({page, width, height, method, ...(rotation ? {rotation} : {})}));
    const base = {file, pages: pageInfo, problems, caseFields: {}, fields: {}};
    if (realWords(pages) < 5) {
      problems.push({code: 'no_text_found', severity: 'error', field: null, message: message('no_text_found', {}, options.locale)});
      return {...base, documentType: 'unknown'};
    }
    const doc = layout(pages);
    onProgress?.({stage: 'layout', progress: 1});
    const classification = classify(doc);
    onProgress?.({stage: 'classify', progress: 1});
    const type = classification.documentType;
    if (type === 'unknown') {
      problems.push({code: 'unknown_document', severity: 'info', field: null, message: message('unknown_document', {}, options.locale)});
      return {...base, documentType: type, classification};
    }
    const fields = EXTRACTORS[type](doc, {...(options.dateOrder ? {dateOrder: options.dateOrder} : {})});
    onProgress?.({stage: 'extract', progress: 1});
    problems.push(...validate(type, fields, {asOf, ...(options.locale ? {locale: options.locale} : {}), ...(options.minConfidence ? {minConfidence: options.minConfidence} : {})}));
    onProgress?.({stage: 'validate', progress: 1});
    const caseFields = mapToCase(type, fields, asOf);
    onProgress?.({stage: 'map', progress: 1});
    return {...base, documentType: type, classification, fields, caseFields};
  };
}

/**
 * A result for a file that could not be read: its error as the one problem, in the locale's
 * words (English keeps the error's own, more specific message).
 */
export function failedResult(file: string, error: unknown, locale: Locale = 'en'): ExtractionResult {
  const e = error instanceof CasekitError ? error : new CasekitError('file_unreadable', `${file}: ${(error as Error)?.message ?? String(error)}`, file, {cause: error});
  const text = locale === 'en' ? e.message : message(e.code, {file}, locale);
  return {file, documentType: 'unknown', pages: [], fields: {}, caseFields: {}, problems: [{code: e.code, severity: 'error', field: null, message: text}]};
}
