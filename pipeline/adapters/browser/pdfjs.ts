import {offlineDocumentOptions, type PdfjsRuntime} from '../../pdf/open.js';

let runtime: Promise<PdfjsRuntime> | undefined;

/**
 * pdf.js for browsers, with its worker, fonts, CMaps and wasm decoders served from the page's
 * own origin under `assetBase` (see README, "Hosting the assets").
 */
export function loadBrowserPdfjs(assetBase: string): Promise<PdfjsRuntime> {
  runtime ??= (async () => {
    const pdfjs = await import('pdfjs-dist');
    const base = new URL(assetBase.endsWith('/') ? assetBase : assetBase + '/', location.href);
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs/pdf.worker.min.mjs', base).href;
    const folder = (name: string) => new URL(`pdfjs/${name}/`, base).href;
    return {pdfjs, documentOptions: offlineDocumentOptions(folder)};
  })();
  return runtime;
}
