import type {PDFPageProxy} from 'pdfjs-dist/types/src/display/api.js';

/** Most pixels rendered for one page: a letter page at 300 dpi is about 8.4 million. */
const MAX_PIXELS = 12_000_000;

/**
 * Renders a PDF page to RGBA pixels in an OffscreenCanvas (works in a Web Worker); `dpi` is the
 * resolution actually rendered (lower than asked for pages too large to render at it).
 */
export async function renderPdfPageInBrowser(page: PDFPageProxy, dpi: number): Promise<{data: Uint8ClampedArray; width: number; height: number; dpi: number}> {
  let scale = dpi / 72;
  const base = page.getViewport({scale: 1});
  const pixels = base.width * base.height * scale * scale;
  if (pixels > MAX_PIXELS) scale *= Math.sqrt(MAX_PIXELS / pixels);
  const viewport = page.getViewport({scale});
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', {willReadFrequently: true})!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  await page.render({canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport}).promise;
  const {data} = context.getImageData(0, 0, width, height);
  // Release the canvas's pixels now rather than when it is collected.
  canvas.width = canvas.height = 1;
  return {data, width, height, dpi: Math.round(scale * 72)};
}
