import {createCanvas} from '@napi-rs/canvas';
import type {PDFPageProxy} from 'pdfjs-dist/types/src/display/api.js';

/** Most pixels rendered for one page: a letter page at 300 dpi is about 8.4 million. */
export const MAX_RENDER_PIXELS = 12_000_000;

/** The part of a pdf.js page the renderer uses. */
export type RenderablePage = Pick<PDFPageProxy, 'getViewport' | 'render'>;

/**
 * Renders one PDF page to RGBA pixels with @napi-rs/canvas (the canvas pdf.js itself uses in
 * Node) at `dpi`, on white. Pages that would exceed `maxPixels` (posters, A0 plans) are rendered
 * at a lower resolution instead; the returned `dpi` is the one rendered. Use the pdf.js module from `loadNodePdfjs()` so fonts and
 * decoders come from the installed package.
 */
export async function renderPdfPage(
  page: RenderablePage,
  dpi = 300,
  maxPixels = MAX_RENDER_PIXELS,
): Promise<{data: Uint8ClampedArray; width: number; height: number; dpi: number}> {
  let scale = dpi / 72;
  const base = page.getViewport({scale: 1});
  const pixels = base.width * base.height * scale * scale;
  if (pixels > maxPixels) scale *= Math.sqrt(maxPixels / pixels);
  const viewport = page.getViewport({scale});
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  const {data} = context.getImageData(0, 0, width, height);
  // Release the canvas's 34 MB of native pixels now rather than when it is collected.
  canvas.width = canvas.height = 1;
  return {data, width, height, dpi: Math.round(scale * 72)};
}
