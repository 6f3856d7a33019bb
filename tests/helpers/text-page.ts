import {layout} from '../../pipeline/stages/layout.js';
import type {TextPage, Word} from '../../pipeline/types.js';

/**
 * Lays out lines of monospaced text as a page of words with boxes, the way a text layer or OCR
 * would report them. Runs of three or more spaces become a wide gap (a new cell), so
 * `'Gross Pay      1,450.00     12,345.00'` is a table row of three cells.
 *
 * @example
 * pageFromText(['Employee: Ana Ruiz', '', 'Net Pay   1,200.00'])
 */
export function pageFromText(lines: string[], options: {page?: number; method?: TextPage['method']; confidence?: number; columns?: number} = {}): TextPage {
  const columns = options.columns ?? 100;
  const rows = Math.max(66, lines.length + 2);
  const charW = 1 / columns;
  const lineH = 1 / rows;
  const words: Word[] = [];
  lines.forEach((line, row) => {
    for (const m of line.matchAll(/\S+/g)) {
      // A wide gap is drawn wider than the text, as a table column is.
      const before = line.slice(0, m.index);
      const gaps = (before.match(/ {3,}/g) ?? []).reduce((n, g) => n + g.length, 0);
      const x = (m.index + gaps) * charW * 0.9;
      words.push({
        text: m[0],
        bbox: {x: Math.min(x, 0.99), y: (row + 1) * lineH, width: Math.min(m[0].length * charW * 0.9, 1 - Math.min(x, 0.99)), height: lineH * 0.7},
        confidence: options.confidence ?? 1,
      });
    }
  });
  return {page: options.page ?? 1, width: 612, height: 792, method: options.method ?? 'pdf-text', words};
}

/** A one-page layout of monospaced lines (see {@link pageFromText}). */
export const layoutFromText = (...lines: string[]) => layout([pageFromText(lines)]);

/** Just the values of extracted fields, for comparing with expected values. */
export const valuesOf = (fields: Record<string, {value: unknown}>) => Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.value]));
