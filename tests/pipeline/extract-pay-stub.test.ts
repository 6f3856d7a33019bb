import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {extractPayStub, findDateRange, inferFrequency, numericDateOrder, readHours, readRate} from '../../pipeline/stages/extract/pay-stub.js';
import {layout} from '../../pipeline/stages/layout.js';
import {pageFromText, valuesOf} from '../helpers/text-page.js';
import {ocrTolerant} from '../../pipeline/stages/extract/pay-stub-labels.js';
import {alignedPage, PROBES} from './paystub-probes.js';

const read = (...lines: string[]) => valuesOf(extractPayStub(layout([alignedPage(lines)])));

describe('pay stubs unlike the fixture families', () => {
  for (const probe of PROBES) {
    it(`reads a ${probe.name}`, () => {
      assert.deepEqual(valuesOf(extractPayStub(layout([alignedPage(probe.lines)]))), probe.expected);
    });
  }
});

describe('pay period written as one range', () => {
  for (const [text, start, end] of [
    ['Pay Period: January 5 - 18, 2026', '2026-01-05', '2026-01-18'],
    ['Jan 28 – Feb 10, 2026', '2026-01-28', '2026-02-10'],
    ['Dec 22 thru Jan 4, 2026', '2025-12-22', '2026-01-04'],
    ['Periodo: del 5 al 18 de enero de 2026', '2026-01-05', '2026-01-18'],
    ['28 de enero al 10 de febrero de 2026', '2026-01-28', '2026-02-10'],
    ['1/4 - 1/17/2026', '2026-01-04', '2026-01-17'],
    ['12/29-01/11/26', '2025-12-29', '2026-01-11'],
  ] as const) {
    it(`reads "${text}"`, () => {
      const range = findDateRange(text);
      assert.deepEqual(range && [range.start, range.end], [start, end]);
    });
  }
  it('reads a numeric range whose year is printed once, on the end', () => {
    const v = read('Pay Period: 12/29-01/11/26        Check Date: 01/16/26');
    assert.deepEqual([v.payPeriodStart, v.payPeriodEnd, v.payFrequency], ['2025-12-29', '2026-01-11', 'biweekly']);
  });
  it('reads two dates joined by a dash with no spaces', () => {
    const v = read('Pay Period: 2/9/26-2/22/26        Check Date: 2/27/26');
    assert.deepEqual([v.payPeriodStart, v.payPeriodEnd], ['2026-02-09', '2026-02-22']);
  });
  it('leaves a sentence with a month and two numbers alone', () => {
    assert.equal(findDateRange('Call us May 5 to 9 pm'), undefined);
  });
});

describe('day-first dates', () => {
  it('reads numeric dates day first when the document has a date only day first and none only month first', () => {
    assert.equal(numericDateOrder(layout([alignedPage(['Periodo de pago: 09/02/2026 al 15/02/2026'])])), 'DMY');
    assert.equal(numericDateOrder(layout([alignedPage(['Pay Period: 09/02/2026 - 09/15/2026'])])), 'MDY');
    assert.equal(numericDateOrder(layout([alignedPage(['Pay Date: 09/02/2026'])])), 'MDY');
    const v = read('Periodo de pago:   09/02/2026 al 15/02/2026', 'Fecha de pago:   18/02/2026');
    assert.deepEqual([v.payPeriodStart, v.payPeriodEnd, v.payDate], ['2026-02-09', '2026-02-15', '2026-02-18']);
  });
});

describe('pay frequency from the period', () => {
  it('calls a 14-day period that starts on the 16th biweekly, and the 16th to the month end semimonthly', () => {
    assert.equal(inferFrequency('2025-05-16', '2025-05-29'), 'biweekly');
    assert.equal(inferFrequency('2025-01-16', '2025-01-29'), 'biweekly');
    assert.equal(inferFrequency('2025-01-16', '2025-01-31'), 'semimonthly');
    assert.equal(inferFrequency('2026-02-16', '2026-02-28'), 'semimonthly');
  });
});

describe('pay frequency as printed', () => {
  for (const [line, frequency] of [
    ['Pay Freq:  BW', 'biweekly'],
    ['FREQ   SM', 'semimonthly'],
    ['Pay Frequency: W', 'weekly'],
    ['Pay Cycle: every other week', 'biweekly'],
  ] as const) {
    it(`reads "${line}"`, () => assert.equal(read(line).payFrequency, frequency));
  }
  it('reads no code out of a word that merely starts like one', () => {
    assert.equal(read('Frequency:   Bonus run').payFrequency, undefined);
  });
});

describe('hours and rates as payroll systems print them', () => {
  it('reads hours as hours:minutes, three decimals, or a bare number', () => {
    assert.equal(readHours('37:30 hrs')?.value, 37.5);
    assert.equal(readHours('86.667')?.value, 86.667);
    assert.equal(readHours('80')?.value, 80);
  });
  it('does not take a time of day for hours', () => {
    assert.equal(readHours('7:30 AM'), null);
  });
  it('reads a rate with a dollar sign, four decimals or a per-hour unit', () => {
    assert.equal(readRate('$19.6250 Hourly')?.value, 19.625);
    assert.equal(readRate('$22.00/hr')?.value, 22);
    assert.equal(readRate('01/15/2026'), null);
  });
  it('sums hours kept as hours:minutes in the earnings table', () => {
    const v = read('Earnings         Hours     Rate      Current', 'Regular          38:45     18.00     697.50', 'Overtime         2:15      27.00     60.75');
    assert.equal(v.hoursWorked, 41);
    assert.equal(v.hourlyRate, 18);
  });
  it('adds the hours of consecutive "hours @ rate" lines and keeps the first line\'s rate', () => {
    const v = read('Reg Hrs    40.00 @ 17.25     690.00', 'OT Hrs      5.50 @ 25.88     142.34', 'Shift Diff  8.00 @ 1.00        8.00', 'Gross       840.34');
    assert.equal(v.hoursWorked, 45.5);
    assert.equal(v.hourlyRate, 17.25);
  });
  it('does not count miles as hours, nor take a rate per mile for the hourly rate', () => {
    const v = read('Earnings              Hours/Miles     Rate        Amount', 'Line Haul Miles       1,842           0.58        1,068.36', 'Detention Hours       3.50            20.00       70.00', 'Gross Pay                                         1,138.36');
    assert.equal(v.hoursWorked, undefined);
    assert.notEqual(v.hourlyRate, 0.58);
  });
  it('takes the earnings table over a total on a later time-detail page', () => {
    const fields = extractPayStub(
      layout([
        alignedPage(['Earnings        Hours     Rate      Current', 'Regular         80.00     20.00     1,600.00', 'Holiday         8.00      20.00     160.00', 'Total Gross     88.00               1,760.00']),
        {...pageFromText(['Time Detail', 'Total hours: 80.00']), page: 2},
      ]),
    );
    assert.equal(fields.hoursWorked?.value, 88);
  });
});

describe('current and year-to-date columns', () => {
  it('takes year-to-date gross from the YTD Amount column, not YTD Hours', () => {
    const v = read('Description    Rate     Hours    Amount      YTD Hours    YTD Amount', 'Regular        21.50    80.00    1,720.00    232.50       4,998.75', 'Total Gross Pay         80.00    1,720.00    232.50       4,998.75');
    assert.equal(v.grossPay, 1720);
    assert.equal(v.ytdGross, 4998.75);
  });
  it('reads a lone amount on the net pay row as this period\'s, whatever table heads sit above it', () => {
    const v = read('Taxes      Amount     YTD Amount', 'Federal    140.22     420.66', '', 'Net Pay                           1,377.75');
    assert.equal(v.netPay, 1377.75);
  });
});

describe('gross and year-to-date gross by other names', () => {
  it('reads Total Wages as gross and a labelled YTD Earnings as the year\'s gross', () => {
    const v = read('Total Wages:   1,200.00', 'Net Pay:   980.00', 'YTD Earnings:   8,400.00');
    assert.deepEqual([v.grossPay, v.ytdGross], [1200, 8400]);
  });
  it('reads the gross in a year-to-date strip as the year\'s gross', () => {
    const v = read('Gross Pay          1,138.36', 'Net Pay            955.07', 'YTD Summary     Gross 13,870.42     Taxes 2,001.13     Net 11,869.29');
    assert.deepEqual([v.grossPay, v.netPay, v.ytdGross], [1138.36, 955.07, 13870.42]);
  });
  it('does not take a table row label for the employer', () => {
    assert.equal(read('Earnings     Current     YTD', 'Overtime     200.00      1,400.00', 'Gross Pay    1,200.00    8,400.00').employerName, undefined);
  });
});

describe('who is the employer and who the employee', () => {
  it('does not read a deduction named after the employee ("Associate Stock Purchase") as a name', () => {
    const v = read('Harvest Basket Markets, Inc.', 'Associate Stock Purchase     20.00', 'Net Pay      612.44');
    assert.equal(v.employeeName, undefined);
  });
  it('takes the top mailing block for the employer when another block holds a person', () => {
    const v = read('Meadowlark Senior Living', '75 Orchard Hill Rd', 'Albany, NY 12203', '', 'Chidinma Okafor', '312 Delaware Ave Apt 3', 'Albany, NY 12209', 'Gross Pay    1,200.00');
    assert.equal(v.employerName, 'Meadowlark Senior Living');
    assert.equal(v.employeeName, 'Chidinma Okafor');
  });
  it('never gives the employee named on a check as the employer', () => {
    const v = read('ORDER OF     Ana Ruiz Beltrán', 'Ana Ruiz Beltrán', '4942 Ventura Ct #214', 'Jacksonville, FL 32209', 'Valley Regional Medical Center', 'Employee: Ana Ruiz Beltrán', 'Net Pay: $1,273.87');
    assert.equal(v.employeeName, 'Ana Ruiz Beltrán');
    assert.equal(v.employerName, 'Valley Regional Medical Center');
  });
  it('reads a labelled name whose surname is also a word (Do, Person), but not a heading after the label', () => {
    assert.equal(read('Name       Duc Anh V. Do').employeeName, 'Duc Anh V. Do');
    assert.equal(read('Employee Name:    IMANI PERSON').employeeName, 'IMANI PERSON');
    assert.equal(read('Employee:   Pay Period Summary').employeeName, undefined);
  });
  it('reads the name after an employee number printed before it', () => {
    assert.equal(read('Employee: 4521 - Gómez, Luis A.        Check #: 10234').employeeName, 'Luis A. Gómez');
  });
  it('reads names under "Employer Name and Address" and "Employee Name and Address"', () => {
    const v = read('Employer Name and Address:           Employee Name and Address:', 'Willowbrook Family Dental PC          Tamsin Achebe-Ward', '880 Orchard St, Eugene, OR 97401      41 Pearl St, Eugene, OR 97401');
    assert.deepEqual([v.employerName, v.employeeName], ['Willowbrook Family Dental PC', 'Tamsin Achebe-Ward']);
  });
  it('takes the first line of a letterhead, not the office named under it', () => {
    const v = read('Lone Pine Unified School District          Pay Date:   12/05/2025', 'Business Services', '2475 Pecan Ave, Buffalo, NY 14215', 'Employee Name:   Iván Rodríguez');
    assert.equal(v.employerName, 'Lone Pine Unified School District');
  });
  it('does not take a label such as "Paid" for the employer', () => {
    const v = read('Cascade Poultry Processing', 'Statement of Wages', 'Name       Ha-eun Jung', 'From       02/16/2026', 'Paid       03/03/2026');
    assert.equal(v.employerName, 'Cascade Poultry Processing');
  });
  it('reads the organisation from a heading that names its office after a dash', () => {
    assert.equal(read('COUNTY OF SAN BENITO — AUDITOR-CONTROLLER', 'Employee: Rosalind K. Achterberg').employerName, 'COUNTY OF SAN BENITO');
  });
});

describe('pay stubs read by OCR', () => {
  const ocr = (...lines: string[]) => extractPayStub(layout([alignedPage(lines, {method: 'ocr', confidence: 0.9})]));
  it('puts back the decimal point OCR dropped from labelled hours even when the rate is labelled too', () => {
    const fields = ocr('Rate of Pay:   $18.50/hr', 'Description     Current     YTD', 'Hours Worked    7225        650.25');
    assert.equal(fields.hoursWorked?.value, 72.25);
    assert.equal(fields.hourlyRate?.value, 18.5);
  });
  it('reads a period whose two dates OCR set in cells of their own after the label', () => {
    const fields = ocr('Period:     June 20, 2025     July 3, 2025', 'Issue Date:     July 6, 2025');
    assert.deepEqual([fields.payPeriodStart?.value, fields.payPeriodEnd?.value], ['2025-06-20', '2025-07-03']);
  });
  it('drops hours no one could work in the period (the year\'s, under a head OCR lost)', () => {
    const fields = ocr('Pay Period: 06/20/2025 - 07/03/2025', 'Description     Earnings     Hours      Earnings', 'Regular         1154.25      850.50     16159.50');
    assert.equal(fields.hoursWorked, undefined);
  });
  it('reads a last-name-first name whose comma OCR read as a semicolon', () => {
    assert.equal(ocr('Employee:     Díaz Montaño; Luis').employeeName?.value, 'Luis Díaz Montaño');
  });
  it('reads amounts and the pay date behind labels OCR misspelt, less surely', () => {
    const fields = ocr('Pay Dale:    03/13/2026', 'Gr0ss Pay     1,200.00', 'Net Pav       980.00');
    assert.deepEqual([fields.payDate?.value, fields.grossPay?.value, fields.netPay?.value], ['2026-03-13', 1200, 980]);
    assert.ok(fields.grossPay!.confidence < ocr('Gross Pay     1,200.00').grossPay!.confidence);
  });
  it('keeps label patterns exact on a text layer', () => {
    assert.equal(read('Gr0ss Pay     1,200.00').grossPay, undefined);
  });
  it('makes a label tolerant of OCR letters without touching escapes, classes or groups', () => {
    const label = ocrTolerant(/(?<=^|[\t\n])\bgross ?(?:pay|earnings)\b(?! ytd)/);
    assert.ok(label.test('gr0ss pav'));
    assert.ok(label.test('\tgross earnlngs'));
    assert.ok(!label.test('gross pay ytd'));
  });
  it('reads a name behind a stray mark OCR made of a speck', () => {
    assert.equal(ocr("Employee     \u2018OLEKSANDR NOWAK      Gross Pay    $2,477.94").employeeName?.value, 'OLEKSANDR NOWAK');
  });
  it('reads a period whose dash OCR lost, the two dates in two cells', () => {
    const fields = ocr('Pay Period: 10/23/2025     10/29/2025     Pay Date: 11/03/2025');
    assert.equal(fields.payPeriodStart?.value, '2025-10-23');
    assert.equal(fields.payPeriodEnd?.value, '2025-10-29');
  });
});
