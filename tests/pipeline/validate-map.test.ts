import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import type {ExtractedField} from '../../schemas/index.js';
import {mapToCase, monthlyFrom} from '../../pipeline/stages/map-to-case.js';
import {validate} from '../../pipeline/stages/validate.js';

const f = (value: ExtractedField['value'], confidence = 1, page = 1): ExtractedField => ({
  value,
  method: 'pdf-text',
  page,
  bbox: {x: 0.1, y: 0.1, width: 0.1, height: 0.02},
  confidence,
  source: String(value),
});
const codes = (d: {code: string; field: string | null}[]) => d.map((x) => `${x.code}:${x.field}`).sort();

const stub = {
  employeeName: f('Ana Ruiz'),
  payPeriodStart: f('2026-01-01'),
  payPeriodEnd: f('2026-01-14'),
  payDate: f('2026-01-20'),
  payFrequency: f('biweekly'),
  grossPay: f(1500),
  netPay: f(1200),
  ytdGross: f(3000),
};

describe('validate', () => {
  it('finds nothing wrong with a consistent, recent pay stub', () => {
    assert.deepEqual(validate('pay_stub', stub, {asOf: '2026-02-01'}), []);
  });

  it('reports a reversed period, net above gross and YTD below current', () => {
    const bad = {...stub, payPeriodEnd: f('2025-12-20'), netPay: f(1600), ytdGross: f(900)};
    assert.deepEqual(codes(validate('pay_stub', bad, {asOf: '2026-02-01'})), [
      'net_above_gross:netPay',
      'pay_period_reversed:payPeriodEnd',
      'ytd_below_current:ytdGross',
    ]);
  });

  it('flags a pay stub older than 60 days, and a value read with low confidence', () => {
    const old = {...stub, grossPay: f(1500, 0.55)};
    const d = validate('pay_stub', old, {asOf: '2026-04-01'});
    assert.deepEqual(codes(d), ['low_confidence:grossPay', 'stale_pay_stub:payDate']);
    assert.equal(d.find((x) => x.code === 'stale_pay_stub')?.actual, 71);
  });

  it('flags implausible amounts and missing key fields', () => {
    const d = validate('lease', {monthlyRent: f(145000), leaseStart: f('2026-01-01'), tenantNames: f(['Ana Ruiz'])}, {asOf: '2026-01-02'});
    assert.deepEqual(codes(d), ['implausible_amount:monthlyRent', 'missing_field:propertyAddress']);
  });

  it('reports an expired order and a lease that ends before it starts', () => {
    assert.deepEqual(codes(validate('protective_order', {orderType: f('temporary'), protectedPersonName: f('A B'), restrainedPersonName: f('C D'), caseNumber: f('123'), expirationDate: f('2026-01-05')}, {asOf: '2026-02-01'})), ['order_expired:expirationDate']);
    assert.deepEqual(codes(validate('lease', {leaseStart: f('2026-05-01'), leaseEnd: f('2026-04-30'), monthlyRent: f(900), tenantNames: f(['A B']), propertyAddress: f('1 Main St, Reno, NV 89501')}, {asOf: '2026-05-02'})), ['lease_dates_reversed:leaseEnd']);
  });

  it('turns schema violations into diagnostics instead of throwing', () => {
    const d = validate('pay_stub', {...stub, payDate: f('2026-02-30')}, {asOf: '2026-02-01'});
    assert.ok(d.some((x) => x.code === 'invalid_value' && x.field === 'payDate'));
  });

  it('writes messages in Spanish when asked', () => {
    const d = validate('pay_stub', {...stub, netPay: f(1600)}, {asOf: '2026-02-01', locale: 'es'});
    assert.match(d[0]!.message, /pago neto/);
  });
});

describe('map to case', () => {
  it('converts gross pay to monthly income by frequency', () => {
    assert.equal(monthlyFrom(1000, 'weekly'), 4333.33);
    assert.equal(monthlyFrom(1000, 'biweekly'), 2166.67);
    assert.equal(monthlyFrom(1000, 'semimonthly'), 2000);
    assert.equal(monthlyFrom(1000, 'monthly'), 1000);
  });

  it('marks derived case fields with what they came from', () => {
    const c = mapToCase('pay_stub', stub, '2026-02-01');
    assert.equal(c.monthlyGrossIncome?.value, 3250);
    assert.equal(c.monthlyGrossIncome?.method, 'derived');
    assert.deepEqual(c.monthlyGrossIncome?.derivedFrom, ['pay_stub.grossPay', 'pay_stub.payFrequency']);
  });

  it('takes housing cost and address from a lease', () => {
    const c = mapToCase('lease', {monthlyRent: f(1450), propertyAddress: f('1420 Alder St Apt 3B, Fresno, CA 93721')}, '2026-02-01');
    assert.equal(c.monthlyHousingCost?.value, 1450);
    assert.equal(c.residentialAddress?.value, '1420 Alder St Apt 3B, Fresno, CA 93721');
  });

  it('decides whether an order is active as of a date', () => {
    const order = {orderType: f('after_hearing'), issueDate: f('2026-01-10'), expirationDate: f('2029-01-10')};
    assert.equal(mapToCase('protective_order', order, '2026-02-01').hasActiveProtectiveOrder?.value, true);
    assert.equal(mapToCase('protective_order', order, '2029-01-11').hasActiveProtectiveOrder?.value, false);
    assert.equal(mapToCase('protective_order', order, '2026-01-01').hasActiveProtectiveOrder?.value, false);
    assert.equal(mapToCase('protective_order', order, '2026-02-01').protectiveOrderExpires?.value, '2029-01-10');
  });
});
