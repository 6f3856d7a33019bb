import type {ExtractedField} from '../../../schemas/index.js';
import type {Layout} from '../layout.js';
import {evidence, findLabeled, type Found, toField} from './find.js';
import {day, inferFrequency, numericDateOrder, periodDates, statedFrequency} from './pay-stub-dates.js';
import {hoursAndRate} from './pay-stub-hours.js';
import {L, ocrTolerant} from './pay-stub-labels.js';
import {partyNames} from './pay-stub-parties.js';
import {type DateOrder, readDate, readMoney} from './readers.js';
import {columnCenter, numbersOnLine, readRow, type RowValues, YTD_HEADER} from './table.js';

export {findDateRange, inferFrequency, numericDateOrder} from './pay-stub-dates.js';
export {readHours, readRate} from './pay-stub-hours.js';

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
  // On OCR text a label OCR misspelt ("Pay Dale", "Net Pav") still names its value, less surely.
  const ocr = layout.pages.some((p) => p.method === 'ocr');
  const tolerant = (labels: RegExp[]) => (ocr ? labels.map(ocrTolerant) : []);
  const lessSure = <T>(found: Found<T> | undefined) => found && {...found, certainty: found.certainty * 0.9};
  put('payDate', findLabeled(layout, L.payDate, readDate(order)) ?? lessSure(findLabeled(layout, tolerant(L.payDate), readDate(order))));

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

  // This period's amount from its row (Current | YTD columns); without amounts on the label's
  // line, the amount sits below it (boxed forms).
  const amountRow = (labels: RegExp[]) => {
    const row = loneAmountIsCurrent(layout, readRow(layout, labels));
    return {row, current: row ? row.current : findLabeled(layout, labels, readMoney(), {right: false})};
  };
  const amountOf = (labels: RegExp[]) => {
    const exact = amountRow(labels);
    if (exact.current || !ocr) return exact;
    const fuzzy = amountRow(tolerant(labels));
    return {row: fuzzy.row, current: lessSure(fuzzy.current)};
  };
  const gross = amountOf(L.gross);
  put('grossPay', gross.current);
  const ytdLabelled = findLabeled(layout, L.ytdGross, readMoney(), {maxGap: 20}) ?? findLabeled(layout, L.ytdEarnings, readMoney(), {maxGap: 3, below: false});
  put('ytdGross', ytdLabelled ?? gross.row?.ytd ?? findLabeled(layout, L.ytdInline, readMoney(), {maxGap: 3, below: false}));
  put('netPay', amountOf(L.net).current);

  const work = hoursAndRate(layout, period.start && period.end ? day(period.end.value) - day(period.start.value) + 1 : undefined);
  put('hoursWorked', work.hours);
  put('hourlyRate', work.rate);
  return fields;
}
