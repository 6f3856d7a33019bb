/** Hours worked and the hourly rate: labelled, written inline, or read from the earnings table. */
import type {Layout, Line} from '../layout.js';
import {evidence, findLabeled, type Found, foldedText, lineAt, type Reader} from './find.js';
import {L} from './pay-stub-labels.js';
import {type Cell, cellsOnLine, nearestCell} from './table.js';

// Hours kept as hours:minutes ("37:30" is 37.5 hours), never a time of day ("7:30 AM").
const HOURS_MINUTES = /^(\d{1,3}):([0-5]\d)(?![\d:])(?!\s*[ap]\.?m\b)/i;

/** Every number in the text (any decimals: rates print as 17.7500, hours as 86.667 or 37:30), without its "$". */
function* findNumbers(text: string) {
  for (const m of text.matchAll(/(?<![\w.,/:-])\$?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w/-]|[.,]\d)(?::[0-5]\d(?![\d:]))?/g)) {
    const sign = m[0].startsWith('$') ? 1 : 0;
    const clock = HOURS_MINUTES.exec(text.slice(m.index + sign));
    if (clock) {
      yield {value: Math.round((+clock[1]! + +clock[2]! / 60) * 100) / 100, index: m.index + sign, length: clock[0].length};
      continue;
    }
    if (m[0].includes(':')) continue;
    yield {value: Number((m[1]! + (m[2] ?? '')).replace(/,/g, '')), index: m.index + sign, length: m[0].length - sign};
  }
}

/**
 * Hours as printed after a label: `80.00`, `86.667`, `37:30` (hours and minutes).
 *
 * @example
 * readHours('37:30 hrs') // → {value: 37.5, index: 0, length: 5}
 */
export const readHours: Reader<number> = (text) => {
  const m = /(?<![\d.,:$])(\d{1,4}(?::[0-5]\d|[.,]\d{1,3})?)(?![\d,:]|\.\d)/.exec(text);
  if (!m) return null;
  const clock = HOURS_MINUTES.exec(text.slice(m.index));
  if (m[1]!.includes(':') && !clock) return null;
  const value = clock ? Math.round((+clock[1]! + +clock[2]! / 60) * 100) / 100 : Number(m[1]!.replace(',', '.'));
  return {value, index: m.index, length: m[1]!.length};
};

/**
 * An hourly rate: `18.50`, `$19.6250`, `$22.00/hr`, never a date or a percentage.
 *
 * @example
 * readRate('$19.6250 Hourly') // → {value: 19.625, index: 0, length: 8}
 */
export const readRate: Reader<number> = (text) => {
  const m = /(?<![\d.,/])\$?\s?(\d{1,4}(?:\.\d{1,4})?)(?![\d,%]|\.\d|\/\d)/.exec(text);
  if (!m) return null;
  return {value: Number(m[1]), index: m.index, length: m[0].length};
};

const pageOf = (layout: Layout, found: {start: number}) => lineAt(layout, found.start)?.page ?? 1;

const numberCells = (layout: Layout, line: Line, from = line.start): Cell[] => cellsOnLine(layout, line, from, findNumbers);

const HOURS_HEADER = /\bhours\b|\bhrs\b|\bhoras\b|\bunits\b|\bhours\/units\b/;
const RATE_HEADER = /\brate\b|\btarifa\b|\bprecio\b|\bcuota\b|\bpay rate\b/;
const TOTAL_ROW = /\btotal\b|\bgross\b|\bbruto\b/;
const END_ROW = /\bdeductions?\b|\btaxes\b|\bdeducciones\b|\bnet\b|\bneto\b/;
const NOT_HOURS_ROW = /\bmiles?\b|\bmileage\b|\bpieces?\b|\bpiece ?rate\b|\bloads?\b|\bstops?\b|\bmillas\b|\bpiezas\b/;
const EXTRA_ROW = /\bdiff(?:erential)?\b|\bpremium\b|\bbonus\b|\bshift\b|\bcommission\b|\btips?\b|\bpropinas?\b/;

/**
 * Hours worked this period and the regular hourly rate: labelled ("Total Hours: 86.5",
 * "42.25 hrs x 20.00", "Hours: 66.75 @ $16.75/hr"), or read from the earnings table under its
 * Hours and Rate headers (total row, else the sum of the hour-paid rows; rate of the first row).
 */
export function hoursAndRate(layout: Layout, periodDays?: number): {hours?: Found<number>; rate?: Found<number>} {
  const result = hoursAndRateAsPrinted(layout);
  // OCR drops decimal points: "7225" hours in a period is "72.25" printed with two decimals.
  const hours = result.hours;
  if (hours && Number.isInteger(hours.value) && hours.value > 400 && hours.value / 100 <= 400 && /^\d+$/.test(layout.text.slice(hours.start, hours.end))) {
    result.hours = {...hours, value: hours.value / 100, certainty: Math.min(hours.certainty, 0.6)};
  }
  // Nobody works 16 hours a day for a whole period: such a figure is the year's hours (a
  // column head OCR lost) or a misreading, and no value beats a wrong one.
  if (result.hours && periodDays && result.hours.value > periodDays * 16) delete result.hours;
  return result;
}

function hoursAndRateAsPrinted(layout: Layout): {hours?: Found<number>; rate?: Found<number>} {
  const folded = foldedText(layout);
  const result: {hours?: Found<number>; rate?: Found<number>} = {};
  const at = (c: {value: number; start: number; end: number}, certainty = 1): Found<number> => ({value: c.value, start: c.start, end: c.end, certainty});

  // "42.25 hrs x 20.00", "Hours: 66.75 @ $16.75/hr", and with the "@" lost to OCR, a rate
  // that says it is per hour.
  const inline =
    /(\d{1,3}(?:\.\d{1,2})?)\s*(?:hrs?|hours|horas)?(?:\s*(?:x|@|at|a)\s*|\s*[\t:;]?\s*(?=\$?\s*\d{1,3}\.\d{2,4}\s*(?:\/\s*(?:hr|hour|hora)|per hour|por hora)))\$?\s*(\d{1,3}\.\d{2,4})\s*(?:\/\s*(?:hr|hour|hora)|per hour|por hora)?/g;
  // One such line per kind of pay ("Reg Hrs 40.00 @ 17.25", "OT Hrs 5.50 @ 25.88") on
  // consecutive lines: the hours add up (premiums on hours already counted do not), the rate is
  // the first line's.
  let previous: Line | undefined;
  for (const m of folded.matchAll(inline)) {
    const before = folded.slice(Math.max(0, m.index - 12), m.index);
    if (!/hours|hrs|horas/.test(m[0] + before)) continue;
    const line = lineAt(layout, m.index);
    if (previous && (!line || line.index !== previous.index + 1)) break;
    const hStart = m.index + m[0].indexOf(m[1]!);
    const rStart = m.index + m[0].lastIndexOf(m[2]!);
    const hours = at({value: Number(m[1]), start: hStart, end: hStart + m[1]!.length});
    if (!previous) {
      result.hours = hours;
      result.rate = at({value: Number(m[2]), start: rStart, end: rStart + m[2]!.length});
    } else if (!EXTRA_ROW.test(folded.slice(line!.start, m.index))) {
      const sum = Math.round((result.hours!.value + hours.value) * 100) / 100;
      result.hours = {value: sum, start: result.hours!.start, end: hours.end, certainty: 0.85};
    }
    previous = line;
  }
  const inlineFound = {...result};
  const labelledHours = findLabeled(layout, L.hours, readHours, {maxGap: 12, below: false});
  // A rate read under its column head, on a row of miles or pieces, is not an hourly rate.
  const rateRow = (found: Found<number> | undefined) => {
    const line = found && lineAt(layout, found.start);
    return line && NOT_HOURS_ROW.test(folded.slice(line.start, line.segments[0]!.end)) ? undefined : found;
  };
  const labelledRate = rateRow(findLabeled(layout, L.rate, readRate, {maxGap: 12}));
  result.hours = labelledHours ?? result.hours;
  result.rate = labelledRate ?? result.rate;
  if (result.hours && result.rate && pageOf(layout, result.hours) === 1) return result;
  // A total on a later page (a time-detail sheet) may leave out paid hours not worked
  // (holiday, vacation): the earnings table's figure comes first.
  if (result.hours && pageOf(layout, result.hours) > 1) {
    result.hours = inlineFound.hours;
    if (result.rate && pageOf(layout, result.rate) > 1) result.rate = inlineFound.rate;
  }
  // The earnings table: a header line naming an Hours column, rows below it.
  for (let i = 0; i < layout.lines.length; i++) {
    const header = layout.lines[i]!;
    const headerText = folded.slice(header.start, header.end);
    const hoursHeader = HOURS_HEADER.exec(headerText);
    // A header has columns: a section title such as "HOURS AND EARNINGS" is one cell.
    if (!hoursHeader || header.segments.length < 2 || numberCells(layout, header).length) continue;
    const center = (m: RegExpExecArray) => {
      const box = evidence(layout, header.start + m.index, header.start + m.index + m[0].length).bbox;
      return box ? box.x + box.width / 2 : 0;
    };
    const hoursX = center(hoursHeader);
    const rateMatch = RATE_HEADER.exec(headerText);
    const rateX = rateMatch ? center(rateMatch) : undefined;
    const rows: {label: string; cells: Cell[]}[] = [];
    let total: Cell | undefined;
    let otherUnits = false;
    for (const line of layout.lines.slice(i + 1, i + 15)) {
      if (line.page !== header.page) break;
      // A row of boxes has no label of its own: the values sit right under the header words.
      const unlabelled = !/\p{L}{2}/u.test(line.segments[0]!.text);
      const label = unlabelled ? '' : folded.slice(line.start, line.segments[0]!.end);
      const cells = numberCells(layout, line, unlabelled ? line.start : line.segments[0]!.end);
      if (END_ROW.test(label) && !TOTAL_ROW.test(label)) break;
      if (!cells.length) continue;
      const nearest = (x: number) => nearestCell(cells, x);
      const hoursCell = nearest(hoursX);
      if (TOTAL_ROW.test(label)) {
        // A total row's hours, if it has a number under the Hours column.
        if (Math.abs(hoursCell.center - hoursX) < 0.06) total = hoursCell;
        break;
      }
      // Miles, pieces or loads share the column with hours on some stubs: they are not hours,
      // and the hours left do not add up to the time worked.
      if (NOT_HOURS_ROW.test(label)) {
        otherUnits = true;
        continue;
      }
      rows.push({label, cells: Math.abs(hoursCell.center - hoursX) < 0.06 ? [hoursCell] : []});
      if (rateX !== undefined && !result.rate && rows.length === 1) {
        const rateCell = nearest(rateX);
        if (rateCell !== hoursCell && Math.abs(rateCell.center - rateX) < 0.06) result.rate = at(rateCell, 0.95);
      }
      if (unlabelled) break;
    }
    if (!result.hours) {
      if (total) result.hours = at(total, 0.95);
      else if (!otherUnits) {
        const paid = rows.filter((r) => r.cells.length && !EXTRA_ROW.test(r.label));
        if (paid.length === 1) result.hours = at(paid[0]!.cells[0]!, 0.95);
        else if (paid.length > 1) {
          const first = paid[0]!.cells[0]!;
          const last = paid[paid.length - 1]!.cells[0]!;
          const sum = Math.round(paid.reduce((n, r) => n + r.cells[0]!.value, 0) * 100) / 100;
          result.hours = {value: sum, start: first.start, end: last.end, certainty: 0.85};
        }
      }
    }
    if (result.hours) break;
  }
  result.hours ??= labelledHours;
  result.rate ??= labelledRate;
  return result;
}
