import {findMoney} from '../../parse/money.js';
import {evidence, type Found, foldedText, labelMatches, lineAt} from './find.js';
import type {Layout, Line} from '../layout.js';

export interface Cell {
  value: number;
  start: number;
  end: number;
  /** Horizontal centre, as a fraction of the page width. */
  center: number;
}

/** Finds the numbers in a piece of text: their values and where each stands. */
export type NumberFinder = (text: string) => Iterable<{value: number; index: number; length: number}>;

/** The numbers `find` sees in a line's cells after `from`, with their horizontal position. */
export function cellsOnLine(layout: Layout, line: Line, from: number, find: NumberFinder): Cell[] {
  const cells: Cell[] = [];
  for (const segment of line.segments) {
    if (segment.end <= from) continue;
    const offset = Math.max(segment.start, from);
    for (const m of find(layout.text.slice(offset, segment.end))) {
      const start = offset + m.index;
      const box = evidence(layout, start, start + m.length).bbox;
      cells.push({value: m.value, start, end: start + m.length, center: box ? box.x + box.width / 2 : 0});
    }
  }
  return cells;
}

/** The money amounts on a line after `from`, with their horizontal position. */
export const numbersOnLine = (layout: Layout, line: Line, from = line.start): Cell[] => cellsOnLine(layout, line, from, findMoney);

/** The cell whose centre is nearest to `x` (cells must not be empty). */
export const nearestCell = (cells: Cell[], x: number): Cell =>
  cells.reduce((a, b) => (Math.abs(b.center - x) < Math.abs(a.center - x) ? b : a));

/**
 * Finds a column header above a table row, e.g. "This Period" or "YTD", and returns its
 * horizontal centre. Looks up to `maxLines` lines above on the same page.
 */
export function columnCenter(layout: Layout, row: Line, header: RegExp, maxLines = 30): number | undefined {
  const text = foldedText(layout);
  for (let i = row.index; i >= Math.max(0, row.index - maxLines); i--) {
    const line = layout.lines[i]!;
    if (line.page !== row.page) break;
    // A header holds labels only; a line with amounts is a row of data, labelled inline.
    if (findMoney(layout.text.slice(line.start, line.end)).length) continue;
    const re = new RegExp(header.source, 'g');
    const lineText = text.slice(line.start, line.end);
    for (const m of lineText.matchAll(re)) {
      const start = line.start + m.index;
      const box = evidence(layout, start, start + m[0].length).bbox;
      if (box) return box.x + box.width / 2;
    }
  }
  return undefined;
}

// A column of hours ("YTD Hours", "Current Hrs") is not the column of amounts.
const NOT_HOURS = String.raw`(?! ?(?:hours|hrs|units|horas)\b)`;
export const CURRENT_HEADER = new RegExp(
  String.raw`\b(?:current(?: period)?|this (?:period|pay(?: period)?)|curr(?:ent)? amt|period amount|amount|periodo actual|este periodo|actual|importe)\b${NOT_HOURS}`,
);
export const YTD_HEADER = new RegExp(String.raw`(?:\by ?-?t ?-?d\b|\byear[ -]to[ -]date\b|\bacumulado(?: del ano| anual)?\b|\ba la fecha\b)${NOT_HOURS}`);

export interface RowValues {
  current?: Found<number>;
  ytd?: Found<number>;
  row: Line;
}

/**
 * Reads a table row such as "Gross Pay   1,450.00   12,345.00" into its current-period and
 * year-to-date amounts, placing each number under the nearest column header; without headers
 * the first amount is the current one and a larger last amount the year-to-date one.
 */
export function readRow(layout: Layout, labels: RegExp[], options: {from?: number; to?: number} = {}): RowValues | undefined {
  for (const label of labels) {
    for (const match of labelMatches(layout, label, options.from, options.to)) {
      const row = lineAt(layout, match.index);
      if (!row) continue;
      const cells = numbersOnLine(layout, row, match.index + match[0].length);
      if (!cells.length) continue;
      const found = (c: Cell | undefined, certainty: number): Found<number> | undefined =>
        c && {value: c.value, start: c.start, end: c.end, certainty};
      const current = columnCenter(layout, row, CURRENT_HEADER);
      const ytd = columnCenter(layout, row, YTD_HEADER);
      const nearest = (x: number) => nearestCell(cells, x);
      if (ytd !== undefined) {
        const ytdCell = nearest(ytd);
        // With both headers, a cell belongs to the column it sits nearer to.
        const currentCell =
          current !== undefined
            ? nearest(current)
            : // The current amount is the one just left of the YTD column.
              [...cells].reverse().find((c) => c.center < ytdCell.center - 0.02);
        const ytdIsCurrent = current !== undefined && currentCell === ytdCell && Math.abs(ytdCell.center - current) < Math.abs(ytdCell.center - ytd);
        return {
          row,
          current: currentCell && (currentCell !== ytdCell || ytdIsCurrent) ? found(currentCell, 1) : undefined,
          ytd: ytdIsCurrent ? undefined : found(ytdCell, 1),
        };
      }
      if (current !== undefined) return {row, current: found(nearest(current), 1)};
      const first = cells[0]!;
      const last = cells[cells.length - 1]!;
      return {row, current: found(first, 0.9), ytd: cells.length > 1 && last.value > first.value ? found(last, 0.85) : undefined};
    }
  }
  return undefined;
}
