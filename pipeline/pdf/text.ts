import type {PDFPageProxy} from 'pdfjs-dist/types/src/display/api.js';
import type {TextItem} from 'pdfjs-dist/types/src/display/api.js';
import type {TextPage, Word} from '../types.js';

/** Fewer visible characters than this and a page counts as having no text layer (a scan). */
export const MIN_TEXT_LAYER_CHARS = 16;

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/**
 * Reads a page's text layer as words with boxes (fractions of the page), or returns null when
 * the page has no usable text layer and must be OCR'd.
 */
export async function readTextLayer(
  pdfjs: typeof import('pdfjs-dist'),
  page: PDFPageProxy,
  pageNumber: number,
): Promise<TextPage | null> {
  const viewport = page.getViewport({scale: 1});
  const content = await page.getTextContent();
  const words: Word[] = [];
  let visible = 0;
  for (const raw of content.items) {
    const item = raw as TextItem;
    if (typeof item.str !== 'string' || !item.str.trim()) continue;
    const tx = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
    const fontHeight = Math.hypot(tx[2] ?? 0, tx[3] ?? 0) || item.height || 10;
    const angle = Math.atan2(tx[1] ?? 0, tx[0] ?? 1);
    // Vertical or rotated runs are rare in the documents casekit reads; box them roughly.
    const itemWidth = item.width * viewport.scale * (Math.abs(angle) > 0.1 ? 0 : 1) || item.str.length * fontHeight * 0.5;
    const left = tx[4] ?? 0;
    const top = (tx[5] ?? 0) - fontHeight * 0.85;
    const charWidth = itemWidth / item.str.length;
    for (const match of item.str.matchAll(/\S+/g)) {
      const start = match.index ?? 0;
      visible += match[0].length;
      words.push({
        text: match[0],
        bbox: {
          x: clamp01((left + start * charWidth) / viewport.width),
          y: clamp01(top / viewport.height),
          width: clamp01((match[0].length * charWidth) / viewport.width),
          height: clamp01((fontHeight * 1.1) / viewport.height),
        },
        confidence: 1,
      });
    }
  }
  if (visible < MIN_TEXT_LAYER_CHARS) return null;
  return {page: pageNumber, width: viewport.width, height: viewport.height, method: 'pdf-text', words};
}
