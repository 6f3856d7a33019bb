import {documentSchemas, type Diagnostic, type ExtractedField, type KnownDocumentType, type Severity} from '../../schemas/index.js';
import {fieldLabel, message, type Locale, type MessageCode} from '../messages.js';

export interface ValidateOptions {
  /** The date checks are made against, YYYY-MM-DD (default today). */
  asOf: string;
  locale?: Locale;
  /** Below this confidence a value is flagged "confirm this value". */
  minConfidence?: number;
}

/** The fields that matter most per type: missing ones are reported. */
export const KEY_FIELDS: Record<KnownDocumentType, string[]> = {
  pay_stub: ['employeeName', 'payPeriodStart', 'payPeriodEnd', 'grossPay', 'netPay', 'payFrequency'],
  lease: ['tenantNames', 'propertyAddress', 'monthlyRent', 'leaseStart'],
  protective_order: ['orderType', 'protectedPersonName', 'restrainedPersonName', 'caseNumber'],
};

const days = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const money = (n: unknown) => (typeof n === 'number' ? `$${n.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}` : String(n));

/** Plausible per-period or per-month ranges; outside them a value is probably misread. */
const RANGES: Record<string, [min: number, max: number, what: string]> = {
  grossPay: [1, 50_000, 'gross pay for one pay period'],
  netPay: [0, 50_000, 'net pay for one pay period'],
  ytdGross: [1, 1_000_000, 'year-to-date gross'],
  hoursWorked: [0, 400, 'hours in one pay period'],
  hourlyRate: [1, 500, 'an hourly rate'],
  monthlyRent: [50, 20_000, 'monthly rent'],
  securityDeposit: [0, 40_000, 'a security deposit'],
};

/**
 * Checks a document's values: schema validity, cross-field rules, plausibility, freshness and
 * OCR confidence. Returns diagnostics; never throws on bad data.
 */
export function validate(type: KnownDocumentType, fields: Record<string, ExtractedField>, options: ValidateOptions): Diagnostic[] {
  const locale = options.locale ?? 'en';
  const out: Diagnostic[] = [];
  const add = (code: MessageCode, severity: Severity, field: string | null, params: Record<string, string | number | undefined>, extra: Partial<Diagnostic> = {}) => {
    const page = field ? fields[field]?.page : undefined;
    out.push({code, severity, field, message: message(code, params, locale), ...(page ? {page} : {}), ...extra});
  };
  const v = (name: string) => fields[name]?.value;

  const values = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.value]));
  const parsed = documentSchemas[type].safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? '');
      add('invalid_value', 'error', name || null, {label: fieldLabel(name, locale), detail: issue.message}, {actual: values[name]});
    }
  }

  for (const name of KEY_FIELDS[type]) {
    if (!(name in fields)) add('missing_field', 'warning', name, {label: fieldLabel(name, locale)});
  }

  for (const [name, [min, max, what]] of Object.entries(RANGES)) {
    const n = v(name);
    if (typeof n === 'number' && (n < min || n > max)) {
      add('implausible_amount', 'warning', name, {amount: name === 'hoursWorked' ? n : money(n), what}, {actual: n, expected: {min, max}});
    }
  }

  if (type === 'pay_stub') {
    const start = v('payPeriodStart'), end = v('payPeriodEnd');
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      add('pay_period_reversed', 'error', 'payPeriodEnd', {start, end}, {actual: end, expected: `>= ${start}`});
    }
    const gross = v('grossPay'), net = v('netPay'), ytd = v('ytdGross');
    if (typeof gross === 'number' && typeof net === 'number' && net > gross) {
      add('net_above_gross', 'error', 'netPay', {net: money(net), gross: money(gross)}, {actual: net, expected: `<= ${gross}`});
    }
    if (typeof gross === 'number' && typeof ytd === 'number' && ytd < gross) {
      add('ytd_below_current', 'warning', 'ytdGross', {ytd: money(ytd), gross: money(gross)}, {actual: ytd, expected: `>= ${gross}`});
    }
    const paid = v('payDate') ?? end;
    if (typeof paid === 'string') {
      const age = days(options.asOf) - days(paid);
      if (age > 60) add('stale_pay_stub', 'warning', 'payDate' in fields ? 'payDate' : 'payPeriodEnd', {days: age, date: paid}, {actual: age, expected: '<= 60'});
    }
  }
  if (type === 'lease') {
    const start = v('leaseStart'), end = v('leaseEnd');
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      add('lease_dates_reversed', 'error', 'leaseEnd', {start, end}, {actual: end, expected: `>= ${start}`});
    }
  }
  if (type === 'protective_order') {
    const expires = v('expirationDate');
    if (typeof expires === 'string' && expires < options.asOf) add('order_expired', 'warning', 'expirationDate', {date: expires}, {actual: expires, expected: `>= ${options.asOf}`});
  }

  const min = options.minConfidence ?? 0.8;
  for (const [name, f] of Object.entries(fields)) {
    if (f.confidence < min) {
      add('low_confidence', 'warning', name, {confidence: Math.round(f.confidence * 100)}, {actual: f.confidence, expected: `>= ${min}`});
    }
  }
  return out;
}
