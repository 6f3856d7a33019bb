import type {BBox} from '../../schemas/index.js';
import type {TextPage, Word} from '../types.js';

/** Words that sit together on a line with no wide gap: a label, a value, a table cell. */
export interface Segment {
  words: Word[];
  text: string;
  bbox: BBox;
  /** Offsets of the segment in {@link Layout.text}. */
  start: number;
  end: number;
}

export interface Line {
  page: number;
  /** Index of the line in {@link Layout.lines}. */
  index: number;
  segments: Segment[];
  bbox: BBox;
  start: number;
  end: number;
}

/** Where each word sits in {@link Layout.text}, to turn a text match back into evidence. */
export interface WordSpan {
  start: number;
  end: number;
  word: Word;
  page: number;
  method: TextPage['method'];
}

/**
 * A document as text with structure: lines joined by `\n`, segments (cells) on a line joined
 * by `\t`, words by a space. Patterns that must stay within a cell use `[^\t\n]`; prose
 * patterns use `\s` and run across cells and lines.
 */
export interface Layout {
  pages: TextPage[];
  lines: Line[];
  text: string;
  spans: WordSpan[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export function unionBox(boxes: BBox[]): BBox {
  let x0 = 1,
    y0 = 1,
    x1 = 0,
    y1 = 0;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  if (x1 < x0) return {x: 0, y: 0, width: 0, height: 0};
  return {x: x0, y: y0, width: Math.min(1, x1) - x0, height: Math.min(1, y1) - y0};
}

/**
 * The slope of the text lines (dy/dx, page units), from neighbouring words on one line: a scan
 * or photo a degree or two off level drifts a whole line height across the page.
 */
export function textSlope(words: Word[], scaleX: number, scaleY: number): number {
  const slopes: number[] = [];
  const boxes = words
    .filter((w) => w.text.length >= 3)
    .map((w) => ({cx: (w.bbox.x + w.bbox.width / 2) * scaleX, cy: (w.bbox.y + w.bbox.height / 2) * scaleY, h: w.bbox.height * scaleY}))
    .sort((a, b) => a.cx - b.cx);
  // Pairs of words a few words apart on one line: far enough that a descender or a comma
  // moving a box's centre by a few pixels hardly tilts the line between them.
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      const dx = b.cx - a.cx;
      if (dx > a.h * 20) break;
      if (dx < a.h * 4 || Math.abs(b.h - a.h) > a.h * 0.3 || Math.abs(b.cy - a.cy) > a.h * 0.5 + dx * 0.05) continue;
      slopes.push((b.cy - a.cy) / dx);
    }
  }
  if (slopes.length < 8) return 0;
  slopes.sort((x, y) => x - y);
  const slope = slopes[Math.floor(slopes.length / 2)]!;
  return Math.abs(slope) < 0.003 ? 0 : slope;
}

/** Groups one page's words into lines (by vertical overlap) and lines into segments (by gaps). */
export function pageLines(page: TextPage): Word[][][] {
  const scaleX = page.width;
  const scaleY = page.height;
  // Scanner speckle reads as stray punctuation; it would break cells and rows apart.
  const words = page.words.filter((w) => w.text.trim() && (page.method !== 'ocr' || (/[\p{L}\p{N}$]/u.test(w.text) && !(w.confidence < 0.35 && w.text.length <= 2))));
  // Level the page first: group by the vertical position the word would have on a level line.
  const slope = page.method === 'ocr' ? textSlope(words, scaleX, scaleY) : 0;
  const levelY = (w: Word) => (w.bbox.y + w.bbox.height / 2) * scaleY - slope * (w.bbox.x + w.bbox.width / 2) * scaleX;
  const sorted = [...words].sort((a, b) => levelY(a) - levelY(b));
  const rows: {center: number; height: number; words: Word[]}[] = [];
  for (const word of sorted) {
    const center = levelY(word);
    const height = word.bbox.height * scaleY;
    // Words come sorted by their centre, so only rows within a line's height above can match;
    // take the nearest (a speck of noise between two words of one line makes a row of its own).
    let target: (typeof rows)[number] | undefined;
    let best = Infinity;
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i]!;
      const distance = Math.abs(row.center - center);
      if (center - row.center > 2 * Math.max(row.height, height)) break;
      const tolerance = 0.5 * Math.max(Math.min(row.height, height), 0.5 * Math.max(row.height, height));
      if (distance < tolerance && distance < best) {
        target = row;
        best = distance;
      }
    }
    if (target) {
      target.words.push(word);
      const n = target.words.length;
      target.center = (target.center * (n - 1) + center) / n;
      target.height = Math.max(target.height, height);
    } else {
      rows.push({center, height, words: [word]});
    }
  }
  rows.sort((a, b) => a.center - b.center);
  return rows.map((row) => {
    const sortedWords = row.words.sort((a, b) => a.bbox.x - b.bbox.x);
    const lineWords = page.method === 'ocr' ? joinSplitNumbers(sortedWords, scaleX) : sortedWords;
    // A cell ends at a gap wider than about two characters: a word space is under one, a
    // table column's gap several. Measured in characters, not box heights, because OCR boxes
    // hug the glyphs (lowercase words are short) while text-layer boxes span the font size.
    const charWidths = lineWords.filter((w) => w.text.length >= 2).map((w) => (w.bbox.width * scaleX) / w.text.length);
    const gapLimit = charWidths.length ? median(charWidths) * 2.2 : median(lineWords.map((w) => w.bbox.height * scaleY)) * 1.05;
    const segments: Word[][] = [];
    let current: Word[] = [];
    let lastRight = -Infinity;
    for (const word of lineWords) {
      const left = word.bbox.x * scaleX;
      if (current.length && left - lastRight > gapLimit) {
        segments.push(current);
        current = [];
      }
      current.push(word);
      lastRight = Math.max(lastRight, (word.bbox.x + word.bbox.width) * scaleX);
    }
    if (current.length) segments.push(current);
    return segments;
  });
}

/**
 * OCR often breaks an amount at its decimal point ("32110. 00", "27353 .54"); joins such pieces
 * when they sit closer than a couple of characters.
 */
function joinSplitNumbers(words: Word[], scaleX: number): Word[] {
  const out: Word[] = [];
  for (const word of words) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = (word.bbox.x - (prev.bbox.x + prev.bbox.width)) * scaleX;
      const charWidth = (prev.bbox.width * scaleX) / prev.text.length;
      const split = (/\d[.,]$/.test(prev.text) && /^\d{2}(?!\d)/.test(word.text)) || (/\d$/.test(prev.text) && /^[.,]\d{2}(?!\d)/.test(word.text));
      if (split && gap < charWidth * 2) {
        out[out.length - 1] = {text: prev.text + word.text, bbox: unionBox([prev.bbox, word.bbox]), confidence: Math.min(prev.confidence, word.confidence)};
        continue;
      }
    }
    out.push(word);
  }
  return out;
}

/** Builds the {@link Layout} of a document from its pages. */
export function layout(pages: TextPage[]): Layout {
  const lines: Line[] = [];
  const spans: WordSpan[] = [];
  let text = '';
  for (const page of pages) {
    for (const segmentWords of pageLines(page)) {
      if (text) text += '\n';
      const lineStart = text.length;
      const segments: Segment[] = [];
      segmentWords.forEach((words, i) => {
        if (i > 0) text += '\t';
        const start = text.length;
        words.forEach((word, j) => {
          if (j > 0) text += ' ';
          spans.push({start: text.length, end: text.length + word.text.length, word, page: page.page, method: page.method});
          text += word.text;
        });
        segments.push({words, start, end: text.length, text: text.slice(start), bbox: unionBox(words.map((w) => w.bbox))});
      });
      lines.push({
        page: page.page,
        index: lines.length,
        segments,
        start: lineStart,
        end: text.length,
        bbox: unionBox(segments.map((s) => s.bbox)),
      });
    }
  }
  return {pages, lines, text, spans};
}
