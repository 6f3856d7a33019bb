/** A pay stub's period, pay frequency and the order its numeric dates are written in. */
import type {PayFrequency} from '../../../schemas/index.js';
import {findDates, parseDate} from '../../parse/date.js';
import type {Layout} from '../layout.js';
import {findLabeled, fold, type Found, foldedText, labelMatches, lineAt} from './find.js';
import {L} from './pay-stub-labels.js';
import {readDate, type DateOrder} from './readers.js';

const RANGE_DASH = String.raw`\s*(?:-|–|—|to|thru|through|al|a|hasta)\s*`;
// "January 5 - 18, 2026", "Jan 28 – Feb 10, 2026", "Dec 29, 2025 - Jan 11, 2026" is two dates.
const RANGE_EN = new RegExp(String.raw`(\p{L}{3,10})\.? (\d{1,2})(?:st|nd|rd|th)?${RANGE_DASH}(?:(\p{L}{3,10})\.? )?(\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`, 'giu');
// "del 5 al 18 de enero de 2026", "28 de enero al 10 de febrero de 2026".
const RANGE_ES = new RegExp(String.raw`(\d{1,2})(?:º|°)?(?: de (\p{L}{3,10}))?${RANGE_DASH}(\d{1,2}) de (\p{L}{3,10})(?: de| del)? (\d{4})\b`, 'giu');
// "1/4 - 1/17/2026", "12/29-01/11/26": the year printed once, on the end.
const RANGE_NUMERIC = new RegExp(String.raw`(?<![\d/])(\d{1,2})/(\d{1,2})(?:${RANGE_DASH}|\s+)(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])`, 'gi');

/**
 * A pay period written as one range whose dates share a month or year: "January 5 - 18, 2026",
 * "del 5 al 18 de enero de 2026", "1/4 - 1/17/2026".
 *
 * @example
 * findDateRange('Pay Period: Jan 28 – Feb 10, 2026') // → {start: '2026-01-28', end: '2026-02-10', ...}
 */
export function findDateRange(text: string, order: DateOrder = 'MDY'): {start: string; end: string; index: number; length: number} | undefined {
  const ranges: {start: string | null; end: string | null; index: number; length: number}[] = [];
  for (const m of text.matchAll(RANGE_EN)) {
    const [, month1, day1, month2, day2, year] = m;
    ranges.push({start: parseDate(`${month1} ${day1}, ${year}`), end: parseDate(`${month2 ?? month1} ${day2}, ${year}`), index: m.index, length: m[0].length});
  }
  for (const m of text.matchAll(RANGE_ES)) {
    const [, day1, month1, day2, month2, year] = m;
    ranges.push({start: parseDate(`${day1} de ${month1 ?? month2} de ${year}`), end: parseDate(`${day2} de ${month2} de ${year}`), index: m.index, length: m[0].length});
  }
  for (const m of text.matchAll(RANGE_NUMERIC)) {
    const [, a1, b1, a2, b2, y] = m;
    const year = y!.length === 2 ? `20${y}` : y!;
    const iso = (first: string, second: string) => {
      const [month, dayOf] = order === 'DMY' ? [second, first] : [first, second];
      return parseDate(`${year}-${month.padStart(2, '0')}-${dayOf.padStart(2, '0')}`);
    };
    ranges.push({start: iso(a1!, b1!), end: iso(a2!, b2!), index: m.index, length: m[0].length});
  }
  ranges.sort((a, b) => a.index - b.index);
  for (const r of ranges) {
    if (!r.start || !r.end) continue;
    // "Dec 29 - Jan 11, 2026": the year printed is the end's.
    const start = r.start > r.end ? `${+r.start.slice(0, 4) - 1}${r.start.slice(4)}` : r.start;
    if (day(r.end) - day(start) > 31) continue;
    return {start, end: r.end, index: r.index, length: r.length};
  }
  return undefined;
}

export function periodDates(layout: Layout, order: DateOrder) {
  let start = findLabeled(layout, L.periodStart, readDate(order));
  let end = findLabeled(layout, L.periodEnd, readDate(order));
  if (start && end) return {start, end};
  // "Pay Period: 01/01/2026 - 01/14/2026", in the cell, the next cell, or below it.
  for (const label of L.period) {
    for (const match of labelMatches(layout, label)) {
      const line = lineAt(layout, match.index);
      if (!line) continue;
      const cell = line.segments.findIndex((c) => c.end >= match.index + match[0].length);
      const from = match.index + match[0].length;
      const spans: [number, number][] = [[from, line.segments[cell]?.end ?? line.end]];
      // The next cells, while they hold dates and no label of their own: "10/23/2025 | 10/29/2025"
      // once OCR has lost the dash between them, "Period: | June 20, 2025 | July 3, 2025".
      const startsWithDate = (t: string) => (findDates(t, {order})[0]?.index ?? 9) <= 3 || (findDateRange(t, order)?.index ?? 9) <= 3;
      for (const next of line.segments.slice(cell + 1, cell + 3)) {
        if (!startsWithDate(next.text)) break;
        spans.push([from, next.end]);
      }
      for (const lower of layout.lines.slice(line.index + 1, line.index + 3)) if (lower.page === line.page) spans.push([lower.start, lower.end]);
      for (const [from, to] of spans) {
        // "2/9/26-2/22/26": a dash that joins two dates, read as the space it stands for.
        const text = layout.text.slice(from, to).replace(/(?<=\/(?:\d{2}|\d{4}))[-–—](?=\d{1,2}\/)/g, ' ');
        const range = findDateRange(text, order);
        const dates = findDates(text, {order});
        const pair = dates.length >= 2 && dates[0]!.value <= dates[1]!.value && (!range || dates[0]!.index < range.index);
        if (pair) {
          const at = (d: (typeof dates)[number]) => ({value: d.value, start: from + d.index, end: from + d.index + d.length, certainty: 1});
          start ??= at(dates[0]!);
          end ??= at(dates[1]!);
          return {start, end};
        }
        if (range) {
          const at = (value: string) => ({value, start: from + range.index, end: from + range.index + range.length, certainty: 0.95});
          start ??= at(range.start);
          end ??= at(range.end);
          return {start, end};
        }
      }
    }
  }
  return {start, end};
}

const STATED_FREQUENCY: [RegExp, PayFrequency][] = [
  [/\bsemi[ -]?monthly\b|\btwice (?:a|per) month\b|\btwice monthly\b|\bquincenal\b|\bsemimensual\b/, 'semimonthly'],
  [/\bbi[ -]?weekly\b|\bevery (?:two|2|other) weeks?\b|\bfortnightly\b|\bcatorcenal\b|\bcada dos semanas\b|\bbisemanal\b/, 'biweekly'],
  [/\bweekly\b|\bsemanal\b/, 'weekly'],
  [/\bmonthly\b|\bmensual\b/, 'monthly'],
];

// Payroll systems' codes, read only as the whole value after a frequency label: "Freq: BW".
const FREQUENCY_CODES: [RegExp, PayFrequency][] = [
  [/^(?:bw|b\/w|bi-?wk(?:ly)?|b)$/, 'biweekly'],
  [/^(?:sm|s\/m|semi-?mo(?:nthly)?|s)$/, 'semimonthly'],
  [/^(?:w|wk|wkly)$/, 'weekly'],
  [/^(?:m|mo|mthly|mnthly)$/, 'monthly'],
];

export function statedFrequency(layout: Layout): Found<PayFrequency> | undefined {
  const folded = foldedText(layout);
  const code = findLabeled(layout, L.frequency, (text) => {
    const m = /^[\s:]*([a-z/-]{1,8})\.?\s*$/i.exec(fold(text));
    const value = m && FREQUENCY_CODES.find(([re]) => re.test(m[1]!))?.[1];
    return value ? {value, index: m.index + m[0].indexOf(m[1]!), length: m[1]!.length} : null;
  });
  for (const label of L.frequency) {
    for (const match of labelMatches(layout, label)) {
      const line = lineAt(layout, match.index);
      if (!line) continue;
      const window = folded.slice(match.index, Math.min(folded.length, line.end + 80));
      for (const [pattern, value] of STATED_FREQUENCY) {
        const m = pattern.exec(window);
        if (m) return {value, start: match.index + m.index, end: match.index + m.index + m[0].length, certainty: 1};
      }
    }
  }
  if (code) return {...code, certainty: 0.9};
  // A title such as "Weekly Earnings Statement" or "Biweekly payroll".
  const head = folded.slice(0, 400);
  for (const [pattern, value] of STATED_FREQUENCY) {
    const m = pattern.exec(head);
    if (m && !/\brent\b/.test(head)) return {value, start: m.index, end: m.index + m[0].length, certainty: 0.9};
  }
  return undefined;
}

/** Days since 1970 of an ISO date. */
export const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

const lastDayOfMonth = (iso: string) => new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7), 0)).getUTCDate();

/** Pay frequency implied by a pay period's first and last day. */
export function inferFrequency(start: string, end: string): PayFrequency | undefined {
  const days = day(end) - day(start) + 1;
  const startDay = +start.slice(8, 10);
  const endDay = +end.slice(8, 10);
  if (days >= 6 && days <= 8) return 'weekly';
  // Half months: the 1st to the 15th, the 16th to the month's last day. A 14-day period that
  // happens to start on the 16th ends on the 29th or 30th: biweekly.
  if ((startDay === 1 && endDay === 15) || (startDay === 16 && endDay === lastDayOfMonth(end) && days <= 16)) return 'semimonthly';
  if (days >= 13 && days <= 15) return 'biweekly';
  if (days >= 27 && days <= 31) return 'monthly';
  return undefined;
}

/**
 * The order of a document's all-numeric dates, from the dates themselves: day first when some
 * date can only be read day first ("15/02/2026") and none only month first ("02/15/2026").
 * A stub printed in Mexico or Puerto Rico for a US employer may be either.
 */
export function numericDateOrder(layout: Layout): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of layout.text.matchAll(/(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/.-])/g)) {
    if (+m[1]! > 12 && +m[2]! <= 12) dayFirst++;
    if (+m[2]! > 12 && +m[1]! <= 12) monthFirst++;
  }
  return dayFirst > 0 && monthFirst === 0 ? 'DMY' : 'MDY';
}
