import type {ExtractedField, PayFrequency} from '../../../schemas/index.js';
import {findDates} from '../../parse/date.js';
import type {Layout} from '../layout.js';
import {evidence, findLabeled, type Found, foldedText, labelMatches, lineAt, toField} from './find.js';
import {readDate, readMoney, readNumber, readOrganization, readPersonName, type DateOrder} from './readers.js';
import {readRow, columnCenter, numbersOnLine} from './table.js';

const L = {
  employer: [/\b(?:employer|company)(?: name)?\b(?! id| identification| ein| no| #)/, /\bempleador\b|\bempresa\b|\bpatron\b/, /\bpaid by\b/],
  employee: [
    /\bemployee(?: name)?\b(?! id| no| number| #| ssn)/,
    /\b(?:nombre del )?empleado\b(?! id| no)/,
    /\bpay to(?: the order of)?\b|\bpaid to\b|\bpayee\b/,
    /\bname\b/,
  ],
  period: [/\bpay ?period\b|\bperiod(?: covered)?\b|\bperiodo(?: de pago)?\b|\bearnings period\b/],
  periodStart: [/\b(?:pay )?period (?:start(?:ing)?|begin(?:ning)?)(?: date)?\b|\bperiod from\b|\bstart date\b|\bfecha de inicio\b|\bdesde\b/],
  periodEnd: [/\b(?:pay )?period (?:end(?:ing)?)(?: date)?\b|\bperiod to\b|\bweek ending\b|\bend date\b|\bfecha (?:de )?(?:fin|final|cierre)\b|\bhasta\b/],
  payDate: [/\b(?:pay|check|payment|deposit|advice) date\b|\bdate paid\b|\bpaid on\b|\bfecha de pago\b|\bfecha del cheque\b/],
  frequency: [/\bpay (?:frequency|schedule|cycle)\b|\bfrequency\b|\bfrecuencia(?: de pago)?\b/],
  gross: [
    /\btotal gross(?: pay| earnings| wages)?\b/,
    /\bgross (?:pay|earnings|wages|amount)\b/,
    /\b(?:salario|sueldo|pago|ingreso|total) bruto\b|\btotal devengado\b/,
    /\btotal earnings\b|\bgross\b/,
  ],
  net: [/\bnet (?:pay|amount|check|wages|earnings)\b|\btake[ -]home(?: pay)?\b/, /\b(?:pago|salario|sueldo) neto\b|\bneto a pagar\b|\btotal neto\b/, /\bnet\b/],
  ytdGross: [/\b(?:ytd|year[ -]to[ -]date) gross(?: pay| earnings)?\b|\bgross (?:pay |earnings )?(?:ytd|year[ -]to[ -]date)\b|\bbruto acumulado\b/],
  ytdInline: [/\by ?t ?d\b|\byear[ -]to[ -]date\b|\bacumulado(?: del ano| anual)?\b/],
  hours: [/\btotal hours\b|\bhours worked\b|\bhoras trabajadas\b|\btotal (?:de )?horas\b/],
  rate: [/\b(?:hourly|pay|base) rate\b|\brate of pay\b|\btarifa(?: por hora)?\b|\bsalario por hora\b|\bpago por hora\b/],
  regularRow: [/\breg(?:ular)?(?: pay| earnings| hours| wages)?\b|\bhourly\b|\bsalario regular\b|\bhoras regulares\b/],
};

const TITLE = /\b(?:statement|stub|advice|earnings|payroll|pay ?slip|talon|recibo|comprobante|nomina|direct deposit|check|voucher|confidential|page)\b/;

/** The employer's name: labelled, or the business named in the stub's heading. */
function employerName(layout: Layout): Found<string> | undefined {
  const labelled = findLabeled(layout, L.employer, readOrganization);
  if (labelled) return labelled;
  const folded = foldedText(layout);
  const firstPage = layout.lines.filter((l) => l.page === 1 && l.bbox.y < 0.3);
  // The heading with the largest type that is not a title like "Earnings Statement".
  const candidates = firstPage
    .flatMap((line) => line.segments)
    .filter((s) => !TITLE.test(folded.slice(s.start, s.end)) && /\p{L}{3}/u.test(s.text) && !/\d{3}/.test(s.text.slice(0, 4)))
    .filter((s) => !/:/.test(s.text))
    .sort((a, b) => b.bbox.height - a.bbox.height || a.bbox.y - b.bbox.y);
  const organizationLike = /\b(?:llc|inc|corp|co|company|ltd|lp|group|district|hospital|services|center|restaurant|market|mart|store|clinic|care|school|university|county|city)\b\.?/i;
  const best = candidates.find((s) => organizationLike.test(s.text)) ?? candidates[0];
  if (!best) return undefined;
  const got = readOrganization(best.text);
  return got ? {value: got.value, start: best.start + got.index, end: best.start + got.index + got.length, certainty: 0.75} : undefined;
}

function periodDates(layout: Layout, order: DateOrder) {
  let start = findLabeled(layout, L.periodStart, readDate(order));
  let end = findLabeled(layout, L.periodEnd, readDate(order));
  if (start && end) return {start, end};
  // "Pay Period: 01/01/2026 - 01/14/2026", in the cell, beside it or below it.
  for (const match of labelMatches(layout, L.period[0]!)) {
    const line = lineAt(layout, match.index);
    if (!line) continue;
    const candidates = [line, ...layout.lines.slice(line.index + 1, line.index + 3).filter((l) => l.page === line.page)];
    for (const candidate of candidates) {
      const from = candidate === line ? match.index + match[0].length : candidate.start;
      const dates = findDates(layout.text.slice(from, candidate.end), {order});
      if (dates.length >= 2 && dates[0]!.value <= dates[1]!.value) {
        const at = (d: (typeof dates)[number]) => ({value: d.value, start: from + d.index, end: from + d.index + d.length, certainty: 1});
        start ??= at(dates[0]!);
        end ??= at(dates[1]!);
        return {start, end};
      }
    }
  }
  return {start, end};
}

const STATED_FREQUENCY: [RegExp, PayFrequency][] = [
  [/\bsemi[ -]?monthly\b|\btwice (?:a|per) month\b|\bquincenal\b|\bsemimensual\b/, 'semimonthly'],
  [/\bbi[ -]?weekly\b|\bevery (?:two|2) weeks\b|\bfortnightly\b|\bcatorcenal\b|\bcada dos semanas\b|\bbisemanal\b/, 'biweekly'],
  [/\bweekly\b|\bsemanal\b/, 'weekly'],
  [/\bmonthly\b|\bmensual\b/, 'monthly'],
];

function statedFrequency(layout: Layout): Found<PayFrequency> | undefined {
  const folded = foldedText(layout);
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
  // A title such as "Weekly Earnings Statement" or "Biweekly payroll".
  const head = folded.slice(0, 400);
  for (const [pattern, value] of STATED_FREQUENCY) {
    const m = pattern.exec(head);
    if (m && !/\brent\b/.test(head)) return {value, start: m.index, end: m.index + m[0].length, certainty: 0.9};
  }
  return undefined;
}

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Pay frequency implied by a pay period's first and last day. */
export function inferFrequency(start: string, end: string): PayFrequency | undefined {
  const days = day(end) - day(start) + 1;
  const startDay = +start.slice(8, 10);
  const endDay = +end.slice(8, 10);
  if (days >= 6 && days <= 8) return 'weekly';
  if ((startDay === 1 && endDay === 15) || (startDay === 16 && days >= 13 && days <= 16)) return 'semimonthly';
  if (days >= 13 && days <= 15) return 'biweekly';
  if (days >= 27 && days <= 31) return 'monthly';
  return undefined;
}

/** Reads a pay stub's fields; amounts are this period's, not year-to-date. */
export function extractPayStub(layout: Layout, options: {dateOrder?: DateOrder} = {}): Record<string, ExtractedField> {
  const order = options.dateOrder ?? 'MDY';
  const fields: Record<string, ExtractedField> = {};
  const put = <T extends ExtractedField['value']>(name: string, found: Found<T> | undefined) => {
    if (found) fields[name] = toField(layout, found);
  };

  put('employerName', employerName(layout));
  put('employeeName', findLabeled(layout, L.employee, readPersonName));

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

  const gross = readRow(layout, L.gross);
  // Without amounts on the label's line, the amount sits below it (boxed forms).
  put('grossPay', gross ? gross.current : findLabeled(layout, L.gross, readMoney(), {right: false}));
  const ytdLabelled = findLabeled(layout, L.ytdGross, readMoney(), {maxGap: 20});
  put('ytdGross', ytdLabelled ?? gross?.ytd ?? findLabeled(layout, L.ytdInline, readMoney(), {maxGap: 3, below: false}));
  const net = readRow(layout, L.net);
  put('netPay', net ? net.current : findLabeled(layout, L.net, readMoney(), {right: false}));

  const hours = findLabeled(layout, L.hours, readNumber, {maxGap: 12});
  const rate = findLabeled(layout, L.rate, readMoney(), {maxGap: 12});
  const regular = !hours || !rate ? regularEarnings(layout) : undefined;
  put('hoursWorked', hours ?? regular?.hours);
  put('hourlyRate', rate ?? regular?.rate);
  return fields;
}

/** Hours and rate from the earnings table's regular row, placed by their column headers. */
function regularEarnings(layout: Layout): {hours?: Found<number>; rate?: Found<number>} {
  for (const label of L.regularRow) {
    for (const match of labelMatches(layout, label)) {
      const row = lineAt(layout, match.index);
      if (!row) continue;
      const cells = numbersOnLine(layout, row, match.index + match[0].length);
      if (cells.length < 2) continue;
      const hoursX = columnCenter(layout, row, /\bhours\b|\bhrs\b|\bhoras\b|\bunits\b/);
      const rateX = columnCenter(layout, row, /\brate\b|\btarifa\b|\bprecio\b/);
      const nearest = (x: number) => cells.reduce((a, b) => (Math.abs(b.center - x) < Math.abs(a.center - x) ? b : a));
      const asFound = (c: {value: number; start: number; end: number}) => ({value: c.value, start: c.start, end: c.end, certainty: 0.95});
      const result: {hours?: Found<number>; rate?: Found<number>} = {};
      if (hoursX !== undefined) result.hours = asFound(nearest(hoursX));
      if (rateX !== undefined) result.rate = asFound(nearest(rateX));
      if (result.hours || result.rate) return result;
    }
  }
  return {};
}
