import {offlineDocumentOptions, type PdfjsRuntime} from '../../pdf/open.js';

const runtimes = new Map<string, Promise<PdfjsRuntime>>();

/**
 * pdf.js for browsers, with its worker, fonts, CMaps and wasm decoders served from the page's
 * own origin under `assetBase` (see README, "Hosting the assets").
 */
export function loadBrowserPdfjs(assetBase: string): Promise<PdfjsRuntime> {
  const base = new URL(assetBase.endsWith('/') ? assetBase : assetBase + '/', location.href);
  let runtime = runtimes.get(base.href);
  if (!runtime) {
    runtime = (async () => {
      const pdfjs = await import('pdfjs-dist');
      // One worker per asset folder, shared by every document instead of one started per PDF.
      const port = new Worker(new URL('pdfjs/pdf.worker.min.mjs', base), {type: 'module'});
      // pdf.js's typings declare `port` as null, though it takes a Worker (see PDFWorker docs).
      const worker = new pdfjs.PDFWorker({port: port as unknown as null});
      const folder = (name: string) => new URL(`pdfjs/${name}/`, base).href;
      return {pdfjs, documentOptions: {...offlineDocumentOptions(folder), worker}};
    })();
    runtimes.set(base.href, runtime);
  }
  return runtime;
}
