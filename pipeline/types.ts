import type {BBox, ProvenanceMethod} from '../schemas/index.js';

/** A word on a page, as read from a PDF text layer or by OCR. */
export interface Word {
  text: string;
  /** Fractions of the page, origin top-left. */
  bbox: BBox;
  /** 0..1 */
  confidence: number;
}

/** One page of a document with its words, in reading order where known. */
export interface TextPage {
  /** 1-based. */
  page: number;
  /** Points for PDF pages, pixels for images. */
  width: number;
  height: number;
  method: Extract<ProvenanceMethod, 'pdf-text' | 'ocr'>;
  words: Word[];
  /** Degrees clockwise applied before OCR (orientation + deskew), 0 when none. */
  rotation?: number;
}

export type Stage = 'ingest' | 'render' | 'ocr' | 'layout' | 'classify' | 'extract' | 'validate' | 'map';

export interface Progress {
  stage: Stage;
  /** Which input, when several are processed. */
  documentId?: string;
  /** 1-based page being worked on, when the stage works page by page. */
  page?: number;
  pageCount?: number;
  /** 0..1 within the stage. */
  progress: number;
}

export type ProgressCallback = (progress: Progress) => void;

/**
 * An image ready for OCR: encoded bytes (PNG/JPEG/TIFF/WebP), raw RGBA pixels or 8-bit gray
 * pixels (a quarter of RGBA's memory while the page waits for a worker). `page` picks
 * one page (0-based) of a multi-page TIFF; other formats have only page 0.
 */
export type OcrImage =
  | {kind: 'encoded'; bytes: Uint8Array; mime: string; page?: number}
  | {kind: 'rgba'; data: Uint8ClampedArray; width: number; height: number}
  | {kind: 'gray'; data: Uint8Array; width: number; height: number};

export interface OcrPageResult {
  width: number;
  height: number;
  words: Word[];
  rotation: number;
}

/** OCR engine behind an adapter (tesseract.js in Node or in a browser). */
export interface OcrEngine {
  /** `dpi`: the image's resolution when known (a PDF page rendered at 300 dpi). */
  recognize(image: OcrImage, options?: {signal?: AbortSignal; dpi?: number}): Promise<OcrPageResult>;
  terminate(): Promise<void>;
}
