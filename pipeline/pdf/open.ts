import type {DocumentInitParameters, PDFDocumentProxy} from 'pdfjs-dist/types/src/display/api.js';
import {CorruptPdfError, EncryptedPdfError} from '../errors.js';

/** The pdf.js module and the options that keep it offline, as an adapter provides them. */
export interface PdfjsRuntime {
  pdfjs: typeof import('pdfjs-dist');
  documentOptions: Partial<DocumentInitParameters>;
}

/**
 * Document options that keep pdf.js offline: fonts, CMaps, ICC profiles and wasm decoders
 * come from `folder(name)` (a path in Node, a same-origin URL in a browser), and no eval.
 */
export function offlineDocumentOptions(folder: (name: string) => string): Partial<DocumentInitParameters> {
  return {
    standardFontDataUrl: folder('standard_fonts'),
    cMapUrl: folder('cmaps'),
    cMapPacked: true,
    iccUrl: folder('iccs'),
    wasmUrl: folder('wasm'),
    verbosity: 0,
  };
}

/**
 * Opens a PDF with pdf.js, turning its exceptions into casekit's typed errors.
 * The bytes are copied: pdf.js transfers (detaches) the buffer it is given.
 */
export async function openPdf(runtime: PdfjsRuntime, bytes: Uint8Array, file: string): Promise<PDFDocumentProxy> {
  const task = runtime.pdfjs.getDocument({...runtime.documentOptions, data: bytes.slice()});
  try {
    return await task.promise;
  } catch (error) {
    const name = (error as {name?: string} | null)?.name;
    if (name === 'PasswordException') throw new EncryptedPdfError(file, error);
    throw new CorruptPdfError(file, error);
  }
}
