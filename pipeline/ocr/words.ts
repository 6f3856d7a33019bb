import type Tesseract from 'tesseract.js';
import type {Word} from '../types.js';

/**
 * Words from tesseract's TSV output (level 5 rows), in tesseract's reading order, with boxes as
 * fractions of the `width` × `height` image that was recognised and confidence scaled to 0..1.
 * TSV is used rather than the JSON block tree because producing and parsing that tree (with
 * every symbol and choice) cost ~10% of the recognition time.
 */
export function wordsFromTsv(tsv: string, width: number, height: number): Word[] {
  const words: Word[] = [];
  for (const line of tsv.split('\n')) {
    if (!line.startsWith('5\t')) continue;
    const cols = line.split('\t');
    const text = (cols[11] ?? '').trim();
    if (!text) continue;
    const [left, top, w, h, conf] = [6, 7, 8, 9, 10].map((i) => Number(cols[i]));
    words.push(word(text, left!, top!, left! + w!, top! + h!, conf!, width, height));
  }
  return words;
}

/** Words from tesseract's block → paragraph → line → word tree (`blocks: true` output). */
export function wordsFromPage(page: Pick<Tesseract.Page, 'blocks'>, width: number, height: number): Word[] {
  const words: Word[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs ?? []) {
      for (const line of paragraph.lines ?? []) {
        for (const w of line.words ?? []) {
          const text = w.text.trim();
          if (text) words.push(word(text, w.bbox.x0, w.bbox.y0, w.bbox.x1, w.bbox.y1, w.confidence, width, height));
        }
      }
    }
  }
  return words;
}

function word(text: string, x0: number, y0: number, x1: number, y1: number, conf: number, width: number, height: number): Word {
  const left = clamp01(x0 / width);
  const top = clamp01(y0 / height);
  const right = clamp01(x1 / width);
  const bottom = clamp01(y1 / height);
  return {
    text,
    bbox: {x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top)},
    confidence: clamp01(conf / 100),
  };
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? (v < 0 ? 0 : v > 1 ? 1 : v) : 0;
}
