import type {ExtractedField, PayFrequency} from '../../../schemas/index.js';
import {findDates, parseDate} from '../../parse/date.js';
import type {Layout, Line, Segment} from '../layout.js';
import {evidence, findLabeled, fold, type Found, foldedText, labelMatches, lineAt, type Reader, toField} from './find.js';
import {firstNameFirst, ORGANIZATION_WORDS, readDate, readMoney, readOrganization, readPersonName, type DateOrder} from './readers.js';
import {type Cell, cellsOnLine, columnCenter, nearestCell, numbersOnLine, readRow, type RowValues, YTD_HEADER} from './table.js';

// A weak label ("Name", "Associate", "Hours") counts only as a whole cell or before a colon:
// "Associate Stock Purchase" is a deduction, "Hours" over a column is a table header.
const cellLabel = (re: RegExp) => new RegExp(`(?:${re.source})(?=\\s*(?::|[\\t\\n]|$))`);
// A label such as "Hours" alone: "Reg Hrs" or "OT Hours" name one row of several.
const wholeCell = (re: RegExp) => new RegExp(`(?<=^|[\\t\\n])${cellLabel(re).source}`);
// Abbreviated words as payroll systems print them: "Per. Beg.", "Chk Dt", "Pd Date".
const DATE = String.raw`(?:date|dt\.?)`;
const PERIOD = String.raw`(?:pay ?period|period|per\.?|pp|pay|work ?week|week|wk\.?)`;

const L = {
  employer: [
    /\b(?:employer|company)(?: name)?\b(?! id| identification| ein| no| #| code| number| contributions?| paid| match)/,
    /\bempleador\b|\bempresa\b|\bpatron\b|\brazon social\b/,
    /\bpaid by\b|\bpagado por\b/,
  ],
  employee: [
    /\bemployee(?: name)?\b(?! id| no| number| #| ssn| code| benefits| taxes| gross| pay stub| earnings| deductions| contributions?| share)/,
    /\b(?:nombre del |nombre de la )?(?:empleado|trabajador|trabajadora)(?:\(a\))?\b(?! id| no| numero| #)/,
    /\bpay to(?: the order of)?\b|\bpaid to\b|\bdeposited to(?: the account of)?\b|\bpaguese a la orden de\b/,
    cellLabel(/\b(?:associate|team member|worker|payee|staff member|ee)(?: name)?/),
    cellLabel(/\bname\b|\bnombre(?: y apellidos?| completo)?\b/),
  ],
  // Not "Pay Period Ending": that is one end of the period, labelled for itself.
  period: [/(?:\bpay ?period\b|\bperiod(?: covered)?\b|\bperiodo(?: de pago)?\b|\b(?:earnings|work|payroll) period\b|\bpay cycle\b)(?! ?(?:end|ending|ended|beg|begin|beginning|start|starting|from|thru|through|que)\b)/],
  periodStart: [
    /(?<=^|[\t\n])(?:pay )?(?:period )?(?:from|begin|start)(?=\s*:?\s*(?:[\t\n]|$))/,
    new RegExp(String.raw`\b(?:pay )?${PERIOD} (?:start(?:ing|s)?|beg(?:in(?:ning|s)?)?\.?)(?: ${DATE})?(?![a-z])`),
    /\b(?:start|begin(?:ning)?) date\b|\bperiod from\b|\bfrom date\b/,
    /\bfecha (?:de )?inicio\b|\binicio del periodo\b|\bdesde\b/,
  ],
  periodEnd: [
    /(?<=^|[\t\n])(?:to|thru|through|end|ending)(?=\s*:?\s*(?:[\t\n]|$))/,
    new RegExp(String.raw`\b(?:pay )?${PERIOD} (?:end(?:ing|s|ed)?\.?|thru|through)(?: ${DATE})?(?![a-z])`),
    /\b(?:end|ending|through|thru) date\b|\bperiod to\b|\b[wp] ?\/ ?e\b|\bppe\b/,
    /\bfecha (?:de )?(?:fin|final|cierre|termino)\b|\bfin del periodo\b|\b(?:semana|periodo) que (?:termina|finaliza|concluye)(?: el)?\b|\bhasta\b/,
  ],
  payDate: [
    /(?<=^|[\t\n])(?:paid|date paid|pagado)(?=\s*:?\s*(?:[\t\n]|$))/,
    new RegExp(String.raw`\b(?:pay|check|chk|cheque|payment|pmt|deposit|advice|issue|pd)\.? ${DATE}(?![a-z])|\bdate paid\b|\bpaid on\b|\bpay ?day\b`),
    /\bfecha (?:de |del )?(?:pago|cheque|emision|deposito)\b|\bdia de pago\b/,
  ],
  frequency: [/\bpay (?:frequency|schedule|cycle|freq\.?)(?![a-z])|\bfrequency\b|\bfreq\b\.?|\bfrecuencia(?: de pago)?\b|\bperiodicidad\b|\btipo de nomina\b/],
  gross: [
    /\btotal ?gross(?: ?pay| ?earnings| ?wages| ?amount)?\b/,
    /\bgross ?(?:pay|earnings|wages|amount|amt)\b/,
    /\b(?:salario|sueldo|pago|ingreso|ingresos|total) brutos?\b|\btotal devengado\b|\btotal (?:de )?percepciones\b|\bpercepciones totales\b/,
    /\btotal (?:earnings|wages|compensation)\b|\bgross\b/,
    /\btotal pay\b(?! ?(?:period|date|rate))/,
  ],
  net: [
    /\bnet ?(?:pay|amount|amt|check|wages|earnings|deposit|paycheck)\b(?! distribution)|\btake[ -]home(?: pay)?\b/,
    /\b(?:pago|salario|sueldo|deposito|importe) neto\b|\bneto a (?:pagar|recibir|cobrar)\b|\bneto pagado\b|\btotal neto\b|\bliquido a (?:pagar|percibir)\b|\btotal a (?:pagar|recibir)\b/,
    /\bnet\b(?! distribution)/,
    /\b(?:check|cheque|deposit) amount\b|\bamount of (?:this )?check\b/,
  ],
  ytdGross: [/\b(?:ytd|year[ -]to[ -]date) gross(?: pay| earnings| wages)?\b|\bgross (?:pay |earnings |wages )?(?:ytd|year[ -]to[ -]date)\b|\bbruto acumulado\b|\bacumulado bruto\b/],
  // "YTD Earnings: 8,400.00" is the year's gross; over a column it heads every line's YTD.
  ytdEarnings: [cellLabel(/\b(?:ytd|year[ -]to[ -]date) (?:earnings|wages|total earnings)|\b(?:total )?(?:earnings|wages) (?:ytd|year[ -]to[ -]date)/)],
  ytdInline: [/\by ?t ?d\b|\byear[ -]to[ -]date\b|\bacumulado(?: del ano| anual)?\b|\bano a la fecha\b/],
  hours: [
    /\btotal (?:hours|hrs)(?: worked)?\b|\b(?:hours|hrs) worked\b|\bhoras trabajadas\b|\btotal (?:de )?horas\b/,
    wholeCell(/(?:hours|hrs|horas)/),
  ],
  rate: [
    /\b(?:hourly|base|regular|reg) (?:pay )?rate\b|\brate of pay\b|\bpay rate\b(?! \w)|\brate per hour\b|\btarifa por hora\b|\b(?:salario|pago|cuota|precio) por hora\b|\bcuota ?\/ ?hora\b/,
    wholeCell(/(?:rate|tarifa|cuota)/),
  ],
  regularRow: [/\breg(?:ular)?(?: pay| earnings| hours| wages)?\b|\bhourly\b|\bsalario regular\b|\bhoras regulares\b/],
};

const AMOUNT_WORDS = /\b(?:hundred|thousand|dollars|cientos|mil|dolares)\b|\d+\/100/;
const DRAWEE = /\bbank\b|\bcredit union\b|\bbanco\b|\bN\.A\.\B/i;
const TITLE = /\b(?:statement|stub|advice|earnings|payroll|pay ?slip|talon|recibo|comprobante|nomina|direct deposit|check|voucher|confidential|page)\b/;

// The first line of a street address: "4971 47th Rd", "2200 Mission Blvd", "PO Box 4410".
const STREET = /^(?:\d{1,6}[A-Za-z]?\s+(?:\p{L}|\d{1,3}(?:st|nd|rd|th)\b)|(?:p\.?\s?o\.?\s?)?box\s+\d)/iu;

/**
 * A labelled person's name, where the label vouches for it: surnames that are also words
 * ("Duc Anh V. Do", "Imani Person") pass; heading words and business words still do not.
 */
const readLabelledName: Reader<string> = (text) => {
  const strict = readPersonName(text);
  if (strict) return strict;
  const got = readOrganization(text);
  if (!got || /\d/.test(got.value) || hasOrganizationWord(got.value)) return null;
  const words = got.value.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !words.every((w) => /^[\p{Lu}'’]/u.test(w) || /^(?:de|del|la|las|los|y|da|dos|van|von|der|le|du|bin|al|el)$/.test(w))) return null;
  return {...got, value: firstNameFirst(got.value)};
};

/** A person's name after stray marks or an employee number: "‘OLEKSANDR NOWAK", "4521 - Gómez, Luis A.". */
const readPerson: Reader<string> = (text) => {
  // Stray marks OCR reads from specks, and an employee number printed before the name
  // ("Employee: 4521 - Gómez, Luis A.").
  const lead = /^[\s'‘’"“”`.,;:*_|~]*(?:#?\d{2,10}\s*[-–:/]?\s+)?/.exec(text)![0].length;
  // "Díaz Montaño; Luis": OCR's semicolon for the comma of a last-name-first name.
  const got = readLabelledName(text.slice(lead).replace(/^([^,;\t\n]{2,40});(?=\s*\p{L})/u, '$1,'));
  return got && (lead ? {value: got.value, index: 0, length: lead + got.index + got.length} : got);
};

/** A mailing block: a cell that is all a name and sits right above a street address. */
interface Block {
  /** The name right above the street. */
  cell: Segment;
  /** The letterhead's first line: "Northern Plains State University" over "Office of Payroll". */
  head: Segment;
  page: number;
  y: number;
}

/** The top of a letterhead: name lines stacked right above `cell`, in the same column. */
function letterheadTop(layout: Layout, line: Line, cell: Segment): Segment {
  const folded = foldedText(layout);
  let top = cell;
  for (let i = line.index - 1, n = 0; i >= 0 && n < 2; i--, n++) {
    const above = layout.lines[i]!;
    if (above.page !== line.page) break;
    const next = above.segments.find((c) => Math.abs(c.bbox.x - top.bbox.x) < 0.02);
    const text = next && folded.slice(next.start, next.end);
    // "PAY TO THE ORDER OF" over a payee is a caption: a name never ends on "of" or "the".
    if (!next || !text || /^\s*\d|:|\d{3}|\b(?:of|to|the|and|for|de|del|la|por)\s*$/.test(text) || TITLE.test(text) || !/\p{L}{3}/u.test(text) || isLabelCell(layout, next)) break;
    top = next;
  }
  return top;
}

function mailingBlocks(layout: Layout, maxY = 0.6): Block[] {
  const blocks: Block[] = [];
  for (const line of layout.lines) {
    if (line.page !== 1 || line.bbox.y > maxY) continue;
    for (const cell of line.segments) {
      if (!/\p{L}{2}/u.test(cell.text) || /^\s*\d/.test(cell.text)) continue;
      const below = layout.lines.slice(line.index + 1, line.index + 3).flatMap((l) => (l.page === line.page ? l.segments : []));
      const next = below.find((c) => Math.abs(c.bbox.x - cell.bbox.x) < 0.03);
      if (next && STREET.test(next.text)) blocks.push({cell, head: letterheadTop(layout, line, cell), page: line.page, y: line.bbox.y});
    }
  }
  return blocks;
}

/** `read` over the whole of a cell: a name that is all the cell holds, else nothing. */
function readCell(cell: Segment, read: Reader<string>, certainty: number): Found<string> | undefined {
  // "COUNTY OF SAN BENITO — AUDITOR-CONTROLLER": the organisation, then its office.
  const text = cell.text.split(/\s[—–-]\s|\s\|\s/)[0]!;
  const got = read(text);
  if (!got || got.length < text.trim().length - 2) return undefined;
  return {value: got.value, start: cell.start + got.index, end: cell.start + got.index + got.length, certainty};
}

const sameName = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && fold(a).replace(/[^\p{L}]/gu, '') === fold(b).replace(/[^\p{L}]/gu, '');

const hasOrganizationWord = (text: string) => text.split(/\s+/).some((w) => ORGANIZATION_WORDS.test(w.replace(/[^\p{L}]/gu, '')));

/** Whether a cell is nothing but a field label ("Paid", "Period from", "Name:"). */
function isLabelCell(layout: Layout, cell: Segment): boolean {
  const text = foldedText(layout).slice(cell.start, cell.end).replace(/[\s:#.]+$/, '');
  return Object.values(L).some((labels) => labels.some((re) => new RegExp(`^(?:${re.source})$`).test(text)));
}

/**
 * The employer and the employee. Labels first; then mailing blocks (a name over a street
 * address), where the one at the top is the employer's letterhead when another block or a
 * label names the employee; then the stub's heading. Each is never the other's name.
 */
function partyNames(layout: Layout): {employer?: Found<string>; employee?: Found<string>} {
  let employee = findLabeled(layout, L.employee, readPerson);
  let employer = findLabeled(layout, L.employer, readOrganization);
  const blocks = mailingBlocks(layout);
  const organization = (b: Block) => (DRAWEE.test(b.head.text) ? undefined : readCell(b.head, readOrganization, 0.8));
  const person = (b: Block) => (hasOrganizationWord(b.cell.text) ? undefined : readCell(b.cell, readPersonName, 0.8));

  if (!employer) {
    const letterhead = blocks.find((b) => b.y < 0.35 && organization(b) && !sameName(organization(b)!.value, employee?.value));
    if (letterhead) {
      const others = blocks.some((b) => b !== letterhead && person(b) && !sameName(person(b)!.value, organization(letterhead)!.value));
      if (hasOrganizationWord(letterhead.cell.text) || !person(letterhead) || employee || others) employer = organization(letterhead);
    }
  }
  if (!employee) {
    for (const b of blocks) {
      const found = person(b);
      if (found && !sameName(found.value, employer?.value)) {
        employee = found;
        break;
      }
    }
  }
  employer ??= headingName(layout, employee?.value);
  return {employer, employee};
}

/** The business named in the stub's heading: one with a business word, else the largest. */
function headingName(layout: Layout, employee: string | undefined): Found<string> | undefined {
  const folded = foldedText(layout);
  // A line with amounts is a table row, not a heading.
  const top = layout.lines
    .filter((l) => l.page === 1 && l.bbox.y < 0.35 && !numbersOnLine(layout, l).length)
    .flatMap((line) => line.segments)
    .filter((s) => {
      const text = folded.slice(s.start, s.end);
      return !TITLE.test(text) && !AMOUNT_WORDS.test(text) && !DRAWEE.test(s.text) && /\p{L}{3}/u.test(s.text) && !/^\s*\d/.test(s.text) && !/:/.test(s.text) && !isLabelCell(layout, s);
    });
  const read = (cell: Segment, certainty: number) => {
    const found = readCell(cell, readOrganization, certainty);
    return found && !sameName(found.value, employee) ? found : undefined;
  };
  for (const cell of top) {
    if (!hasOrganizationWord(cell.text)) continue;
    const found = read(cell, 0.85);
    if (found) return found;
  }
  // The largest type first (heights within a few per cent are one size), then the topmost.
  const size = (c: Segment) => Math.round(c.bbox.height * 400);
  for (const cell of [...top].sort((a, b) => size(b) - size(a) || a.bbox.y - b.bbox.y)) {
    // Without the employee's name to tell them apart, a person's name may be the employee's.
    if (!employee && readPersonName(cell.text)) continue;
    const found = read(cell, 0.7);
    if (found) return found;
  }
  return undefined;
}

const RANGE_DASH = String.raw`\s*(?:-|–|—|to|thru|through|al|a|hasta)\s*`;
// "January 5 - 18, 2026", "Jan 28 – Feb 10, 2026", "Dec 29, 2025 - Jan 11, 2026" is two dates.
const RANGE_EN = new RegExp(String.raw`(\p{L}{3,10})\.? (\d{1,2})(?:st|nd|rd|th)?${RANGE_DASH}(?:(\p{L}{3,10})\.? )?(\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`, 'giu');
// "del 5 al 18 de enero de 2026", "28 de enero al 10 de febrero de 2026".
const RANGE_ES = new RegExp(String.raw`(\d{1,2})(?:º|°)?(?: de (\p{L}{3,10}))?${RANGE_DASH}(\d{1,2}) de (\p{L}{3,10})(?: de| del)? (\d{4})\b`, 'giu');

/**
 * A pay period written as one range whose dates share a month or year: "January 5 - 18, 2026",
 * "del 5 al 18 de enero de 2026".
 *
 * @example
 * findDateRange('Pay Period: Jan 28 – Feb 10, 2026') // → {start: '2026-01-28', end: '2026-02-10', ...}
 */
export function findDateRange(text: string): {start: string; end: string; index: number; length: number} | undefined {
  const ranges: {start: string | null; end: string | null; index: number; length: number}[] = [];
  for (const m of text.matchAll(RANGE_EN)) {
    const [, month1, day1, month2, day2, year] = m;
    ranges.push({start: parseDate(`${month1} ${day1}, ${year}`), end: parseDate(`${month2 ?? month1} ${day2}, ${year}`), index: m.index, length: m[0].length});
  }
  for (const m of text.matchAll(RANGE_ES)) {
    const [, day1, month1, day2, month2, year] = m;
    ranges.push({start: parseDate(`${day1} de ${month1 ?? month2} de ${year}`), end: parseDate(`${day2} de ${month2} de ${year}`), index: m.index, length: m[0].length});
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

function periodDates(layout: Layout, order: DateOrder) {
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
      const startsWithDate = (t: string) => (findDates(t, {order})[0]?.index ?? 9) <= 3 || (findDateRange(t)?.index ?? 9) <= 3;
      for (const next of line.segments.slice(cell + 1, cell + 3)) {
        if (!startsWithDate(next.text)) break;
        spans.push([from, next.end]);
      }
      for (const lower of layout.lines.slice(line.index + 1, line.index + 3)) if (lower.page === line.page) spans.push([lower.start, lower.end]);
      for (const [from, to] of spans) {
        // "2/9/26-2/22/26": a dash that joins two dates, read as the space it stands for.
        const text = layout.text.slice(from, to).replace(/(?<=\/(?:\d{2}|\d{4}))[-–—](?=\d{1,2}\/)/g, ' ');
        const range = findDateRange(text);
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

function statedFrequency(layout: Layout): Found<PayFrequency> | undefined {
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

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

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
 * A total row with one amount holds this period's: the column heads it is measured against may
 * belong to another table above it (taxes with Amount | YTD Amount).
 */
function loneAmountIsCurrent(layout: Layout, row: RowValues | undefined): RowValues | undefined {
  if (!row || row.current || !row.ytd) return row;
  const first = row.row.segments[0]!;
  const cells = numbersOnLine(layout, row.row, first.end);
  if (cells.length !== 1 || !/\p{L}{2}/u.test(first.text)) return row;
  // Right under the YTD head it is the year-to-date amount (OCR may have lost this period's).
  const ytdX = columnCenter(layout, row.row, YTD_HEADER);
  if (ytdX !== undefined && Math.abs(cells[0]!.center - ytdX) < 0.06) return row;
  return {row: row.row, current: {...row.ytd, certainty: 0.85}};
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

/** Reads a pay stub's fields; amounts are this period's, not year-to-date. */
export function extractPayStub(layout: Layout, options: {dateOrder?: DateOrder} = {}): Record<string, ExtractedField> {
  const order = options.dateOrder ?? numericDateOrder(layout);
  const fields: Record<string, ExtractedField> = {};
  const put = <T extends ExtractedField['value']>(name: string, found: Found<T> | undefined) => {
    if (found) fields[name] = toField(layout, found);
  };

  const parties = partyNames(layout);
  put('employerName', parties.employer);
  put('employeeName', parties.employee);

  const period = periodDates(layout, order);
  put('payPeriodStart', period.start);
  put('payPeriodEnd', period.end);
  put('payDate', findLabeled(layout, L.payDate, readDate(order)));

  const stated = statedFrequency(layout);
  if (stated) put('payFrequency', stated);
  else if (period.start && period.end) {
    const inferred = inferFrequency(period.start.value, period.end.value);
    if (inferred) {
      fields.payFrequency = {
        value: inferred,
        ...evidence(layout, period.start.start, period.end.end, 0.9),
        method: 'derived',
        derivedFrom: ['payPeriodStart', 'payPeriodEnd'],
      };
    }
  }

  const gross = loneAmountIsCurrent(layout, readRow(layout, L.gross));
  // Without amounts on the label's line, the amount sits below it (boxed forms).
  put('grossPay', gross ? gross.current : findLabeled(layout, L.gross, readMoney(), {right: false}));
  const ytdLabelled = findLabeled(layout, L.ytdGross, readMoney(), {maxGap: 20}) ?? findLabeled(layout, L.ytdEarnings, readMoney(), {maxGap: 3, below: false});
  put('ytdGross', ytdLabelled ?? gross?.ytd ?? findLabeled(layout, L.ytdInline, readMoney(), {maxGap: 3, below: false}));
  const net = loneAmountIsCurrent(layout, readRow(layout, L.net));
  put('netPay', net ? net.current : findLabeled(layout, L.net, readMoney(), {right: false}));

  const work = hoursAndRate(layout, period.start && period.end ? day(period.end.value) - day(period.start.value) + 1 : undefined);
  put('hoursWorked', work.hours);
  put('hourlyRate', work.rate);
  return fields;
}

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
const EXTRA_ROW = /\bdiff(?:erential)?\b|\bpremium\b|\bbonus\b|\bshift\b|\bcommission\b|\btips?\b|\bpropinas?\b/;

/**
 * Hours worked this period and the regular hourly rate: labelled ("Total Hours: 86.5",
 * "42.25 hrs x 20.00", "Hours: 66.75 @ $16.75/hr"), or read from the earnings table under its
 * Hours and Rate headers (total row, else the sum of the hour-paid rows; rate of the first row).
 */
function hoursAndRate(layout: Layout, periodDays?: number): {hours?: Found<number>; rate?: Found<number>} {
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
  const labelledRate = findLabeled(layout, L.rate, readRate, {maxGap: 12});
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
      rows.push({label, cells: Math.abs(hoursCell.center - hoursX) < 0.06 ? [hoursCell] : []});
      if (rateX !== undefined && !result.rate && rows.length === 1) {
        const rateCell = nearest(rateX);
        if (rateCell !== hoursCell && Math.abs(rateCell.center - rateX) < 0.06) result.rate = at(rateCell, 0.95);
      }
      if (unlabelled) break;
    }
    if (!result.hours) {
      if (total) result.hours = at(total, 0.95);
      else {
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
