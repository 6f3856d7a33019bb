/**
 * casekit's document pipeline for Node: `extract(pathOrBytes, options)`.
 * @module
 */
import {readPath} from './adapters/node/fs.js';
import {getNodeOcrEngine, terminateNodeOcrEngine} from './adapters/node/ocr.js';
import {loadNodePdfjs} from './adapters/node/pdfjs.js';
import {renderPdfPage} from './adapters/node/render.js';
import {createExtract, failedResult, type ExtractInput, type ExtractOptions} from './core.js';
import type {ExtractionResult} from '../schemas/index.js';

export * from './shared.js';

/**
 * Reads a document (path, bytes or Blob) and returns its type, fields with evidence, problems
 * and case fields. Throws a `CasekitError` when the file cannot be read at all.
 *
 * @example
 * const result = await extract('stub.pdf', {asOf: '2026-02-01'});
 * result.caseFields.monthlyGrossIncome?.value; // 3141.67
 */
export const extract = createExtract({
  pdfjs: loadNodePdfjs,
  ocr: async () => getNodeOcrEngine(),
  renderPage: renderPdfPage,
  readPath,
});

/** Like {@link extract}, but a file that cannot be read gives a result with an error problem. */
export async function safeExtract(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractionResult> {
  try {
    return await extract(input, options);
  } catch (error) {
    return failedResult(options.name ?? (typeof input === 'string' ? input : 'document'), error, options.locale);
  }
}

/** Stops the OCR workers so the process can exit. */
export const shutdown = terminateNodeOcrEngine;
