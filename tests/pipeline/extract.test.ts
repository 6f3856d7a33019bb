import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {classify} from '../../pipeline/stages/classify.js';
import {extractLease} from '../../pipeline/stages/extract/lease.js';
import {extractPayStub, inferFrequency} from '../../pipeline/stages/extract/pay-stub.js';
import {extractProtectiveOrder} from '../../pipeline/stages/extract/protective-order.js';
import {layout} from '../../pipeline/stages/layout.js';
import {layoutFromText, pageFromText, valuesOf} from '../helpers/text-page.js';

const values = valuesOf;
const doc = layoutFromText;

describe('pay stub extraction', () => {
  const payroll = doc(
    'Sunrise Home Care LLC                                   Earnings Statement',
    '2200 Mission Blvd, Fresno, CA 93721',
    '',
    'Employee Name: José Hernández-López                      Pay Date: 02/06/2026',
    'Employee ID: 004512                                      Pay Period: 01/19/2026 - 02/01/2026',
    '',
    'Earnings      Rate      Hours      This Period      Year to Date',
    'Regular       18.50     80.00      1,480.00         2,960.00',
    'Overtime      27.75     4.00       111.00           111.00',
    'Gross Pay                          1,591.00         3,071.00',
    '',
    'Deductions                         This Period      Year to Date',
    'Federal Income Tax                 98.12            196.24',
    'Social Security                    98.64            190.40',
    'Net Pay                            1,296.58         2,514.30',
  );

  it('takes the current-period gross and net, not year-to-date', () => {
    const v = values(extractPayStub(payroll));
    assert.equal(v.grossPay, 1591);
    assert.equal(v.netPay, 1296.58);
    assert.equal(v.ytdGross, 3071);
  });

  it('reads names, dates, and hours (regular plus overtime) and rate from the earnings table', () => {
    const v = values(extractPayStub(payroll));
    assert.equal(v.employeeName, 'José Hernández-López');
    assert.equal(v.employerName, 'Sunrise Home Care LLC');
    assert.equal(v.payPeriodStart, '2026-01-19');
    assert.equal(v.payPeriodEnd, '2026-02-01');
    assert.equal(v.payDate, '2026-02-06');
    assert.equal(v.hourlyRate, 18.5);
    assert.equal(v.hoursWorked, 84);
  });

  it('infers biweekly from a 14-day period and marks the value derived', () => {
    const f = extractPayStub(payroll).payFrequency!;
    assert.equal(f.value, 'biweekly');
    assert.equal(f.method, 'derived');
    assert.deepEqual(f.derivedFrom, ['payPeriodStart', 'payPeriodEnd']);
  });

  it('gives every value its page, box and source text', () => {
    const f = extractPayStub(payroll).netPay!;
    assert.equal(f.page, 1);
    assert.equal(f.source, '1,296.58');
    assert.ok(f.bbox && f.bbox.y > 0.15 && f.bbox.y < 0.3, `net pay box at ${JSON.stringify(f.bbox)}`);
    assert.equal(f.method, 'pdf-text');
  });

  it('reads labels placed above their values', () => {
    const v = values(
      extractPayStub(
        doc(
          'Dollar Mart #2231',
          'PAY STATEMENT',
          'EMPLOYEE                 PAY DATE             PAY FREQUENCY',
          "Siobhan O'Brien          Jan 30, 2026         Weekly",
          'PERIOD START             PERIOD END',
          'Jan 19, 2026             Jan 25, 2026',
          'GROSS PAY                NET PAY',
          '$612.50                  $540.11',
        ),
      ),
    );
    assert.equal(v.employeeName, "Siobhan O'Brien");
    assert.equal(v.payDate, '2026-01-30');
    assert.equal(v.payFrequency, 'weekly');
    assert.equal(v.payPeriodStart, '2026-01-19');
    assert.equal(v.payPeriodEnd, '2026-01-25');
    assert.equal(v.grossPay, 612.5);
    assert.equal(v.netPay, 540.11);
  });

  it('reads a Spanish pay stub', () => {
    const v = values(
      extractPayStub(
        doc(
          'Panadería La Esperanza',
          'Talón de pago',
          'Empleado: María José Núñez Ortiz',
          'Período de pago: 1 de enero de 2026 al 15 de enero de 2026',
          'Fecha de pago: 20 de enero de 2026',
          'Salario bruto      $1,200.00      Acumulado del año      $1,200.00',
          'Pago neto          $1,050.00',
        ),
      ),
    );
    assert.equal(v.employeeName, 'María José Núñez Ortiz');
    assert.equal(v.payPeriodStart, '2026-01-01');
    assert.equal(v.payPeriodEnd, '2026-01-15');
    assert.equal(v.payFrequency, 'semimonthly');
    assert.equal(v.grossPay, 1200);
    assert.equal(v.netPay, 1050);
  });

  it('infers each frequency from the pay period', () => {
    assert.equal(inferFrequency('2026-01-05', '2026-01-11'), 'weekly');
    assert.equal(inferFrequency('2026-01-05', '2026-01-18'), 'biweekly');
    assert.equal(inferFrequency('2026-02-01', '2026-02-15'), 'semimonthly');
    assert.equal(inferFrequency('2026-02-16', '2026-02-28'), 'semimonthly');
    assert.equal(inferFrequency('2026-02-01', '2026-02-28'), 'monthly');
    assert.equal(inferFrequency('2026-02-01', '2026-02-03'), undefined);
  });
});

describe('lease extraction', () => {
  it('reads a prose lease with all tenants, rent in words and figures, and the term', () => {
    const v = values(
      extractLease(
        doc(
          'RESIDENTIAL LEASE AGREEMENT',
          'This Residential Lease Agreement is made on the 5th day of December, 2025, between Oak Ridge',
          'Properties LLC ("Landlord") and José Hernández-López and Ana Ruiz ("Tenants").',
          '1. PREMISES. Landlord leases to Tenants the premises located at 1420 Alder St Apt 3B, Fresno,',
          'CA 93721 (the "Premises").',
          '2. TERM. The term commences on January 1, 2026 and ends on December 31, 2026.',
          '3. RENT. Tenants shall pay One thousand four hundred fifty dollars ($1,450.00) per month.',
          '4. SECURITY DEPOSIT. Tenants shall deposit the sum of $1,450.00 as a security deposit.',
        ),
      ),
    );
    assert.equal(v.landlordName, 'Oak Ridge Properties LLC');
    assert.deepEqual(v.tenantNames, ['José Hernández-López', 'Ana Ruiz']);
    assert.equal(v.propertyAddress, '1420 Alder St Apt 3B, Fresno, CA 93721');
    assert.equal(v.monthlyRent, 1450);
    assert.equal(v.securityDeposit, 1450);
    assert.equal(v.leaseStart, '2026-01-01');
    assert.equal(v.leaseEnd, '2026-12-31');
  });

  it('leaves the end date out of a month-to-month agreement', () => {
    const v = values(
      extractLease(
        doc(
          'MONTH-TO-MONTH RENTAL AGREEMENT',
          'Landlord: Greenfield Rentals Inc.',
          "Tenant(s): Siobhan O'Brien, Tran Van Minh",
          'Premises: 88 Cedar Ave Unit 2, Tacoma, WA 98402',
          'Monthly Rent: $1,125.00          Security Deposit: $900.00',
          'Start Date: 03/01/2026',
        ),
      ),
    );
    assert.equal(v.landlordName, 'Greenfield Rentals Inc.');
    assert.deepEqual(v.tenantNames, ["Siobhan O'Brien", 'Tran Van Minh']);
    assert.equal(v.propertyAddress, '88 Cedar Ave Unit 2, Tacoma, WA 98402');
    assert.equal(v.monthlyRent, 1125);
    assert.equal(v.securityDeposit, 900);
    assert.equal(v.leaseStart, '2026-03-01');
    assert.equal(v.leaseEnd, undefined);
  });
});

describe('protective order extraction', () => {
  it('reads a temporary restraining order', () => {
    const v = values(
      extractProtectiveOrder(
        doc(
          'SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO                 Case Number: 26FL00123',
          'TEMPORARY RESTRAINING ORDER',
          '1 Protected Person',
          'Full Name: Ana Sofía Ruiz',
          '2 Restrained Person',
          'Full Name: Marcus Bell Jr.',
          'Date of Hearing: February 20, 2026',
          'This order expires at the end of the hearing or on 02/20/2026.',
          'Date: January 30, 2026                          Judicial Officer',
        ),
      ),
    );
    assert.equal(v.orderType, 'temporary');
    assert.equal(v.courtName, 'SUPERIOR COURT OF CALIFORNIA, COUNTY OF FRESNO');
    assert.equal(v.caseNumber, '26FL00123');
    assert.equal(v.protectedPersonName, 'Ana Sofía Ruiz');
    assert.equal(v.restrainedPersonName, 'Marcus Bell Jr.');
    assert.equal(v.hearingDate, '2026-02-20');
    assert.equal(v.expirationDate, '2026-02-20');
    assert.equal(v.issueDate, '2026-01-30');
  });
});

describe('classification', () => {
  it('calls a bank statement with a payroll deposit unknown', () => {
    const c = classify(
      doc(
        'First Valley Bank                         Account Statement',
        'Account Number: ****4821          Statement Period: 01/01/2026 - 01/31/2026',
        'Beginning Balance $1,204.22',
        '01/09  PAYROLL DEP SUNRISE HOME CARE        1,296.58',
        '01/12  RENT PAYMENT OAK RIDGE              -1,450.00',
        'Ending Balance $1,050.80',
      ),
    );
    assert.equal(c.documentType, 'unknown');
  });

  it('recognises each known type with a high score', () => {
    const stub = classify(doc('Earnings Statement', 'Pay Period: 01/01/2026 - 01/14/2026', 'Gross Pay 1,000.00', 'Net Pay 800.00', 'Deductions', 'Medicare 14.50'));
    assert.equal(stub.documentType, 'pay_stub');
    assert.ok(stub.score >= 0.55);
  });
});

describe('pay stub hours and rate written inline', () => {
  for (const [line, hours, rate] of [
    ['Hours: 66.75 @ $16.75/hr', 66.75, 16.75],
    ['42.25 hrs x 20.00', 42.25, 20],
    ['Hours: 31.75     $17.00/hr', 31.75, 17],
  ] as const) {
    it(`reads "${line.replace(/\s{3,}/, ' | ')}"`, () => {
      const v = values(extractPayStub(doc('Earnings Statement', line)));
      assert.equal(v.hoursWorked, hours);
      assert.equal(v.hourlyRate, rate);
    });
  }
});

describe('pay stub printed as rows of boxes', () => {
  it('reads each value from under its header, hours and rate included', () => {
    const v = values(
      extractPayStub(
        doc(
          'Riverside Home Health LLC                          EARNINGS STATEMENT',
          'EMPLOYEE NAME          EMPLOYEE ID      SSN              DEPARTMENT',
          'Tanya R. Whitfield     55120            ***-**-1234      Dietary',
          'PERIOD START           PERIOD END       PAY DATE         PAY FREQUENCY',
          '02/01/2026             02/14/2026       02/20/2026       BI-WEEKLY',
          'HOURS      RATE        GROSS PAY        TOTAL DEDUCTIONS      NET PAY',
          '80.00      $21.00      $1,680.00        $310.00               $1,370.00',
          'YTD GROSS              YTD DEDUCTIONS   YTD NET',
          '$6,720.00              $1,240.00        $5,480.00',
        ),
      ),
    );
    assert.deepEqual(v, {
      employerName: 'Riverside Home Health LLC',
      employeeName: 'Tanya R. Whitfield',
      payPeriodStart: '2026-02-01',
      payPeriodEnd: '2026-02-14',
      payDate: '2026-02-20',
      payFrequency: 'biweekly',
      grossPay: 1680,
      ytdGross: 6720,
      netPay: 1370,
      hoursWorked: 80,
      hourlyRate: 21,
    });
  });
});

describe('pay stub read by OCR', () => {
  it('puts back the decimal point OCR dropped from the hours, and asks the worker to confirm', () => {
    const fields = extractPayStub(layout([pageFromText(['Earnings Statement', 'Hours Worked     7225     650.25'], {method: 'ocr', confidence: 0.9})]));
    assert.equal(fields.hoursWorked?.value, 72.25);
    assert.equal(fields.hoursWorked?.source, '7225');
    assert.ok(fields.hoursWorked!.confidence < 0.8, 'below the confirm-this-value threshold');
  });
});
