import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {offlineDocumentOptions, type PdfjsRuntime} from '../../pdf/open.js';

const require = createRequire(import.meta.url);

let runtime: Promise<PdfjsRuntime> | undefined;

/**
 * pdf.js for Node: the legacy build (the modern one needs Node 22), with fonts, CMaps, ICC
 * profiles and wasm decoders read from the installed package, never fetched.
 */
export function loadNodePdfjs(): Promise<PdfjsRuntime> {
  runtime ??= (async () => {
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(root, 'legacy/build/pdf.worker.mjs')).href;
    const folder = (name: string) => join(root, name) + '/';
    return {
      pdfjs,
      // No DOM to install fonts into: glyphs are drawn from the font data directly.
      documentOptions: {...offlineDocumentOptions(folder), useSystemFonts: false, disableFontFace: true},
    };
  })();
  return runtime;
}
