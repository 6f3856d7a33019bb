import type {CaseFields, DocumentType, ExtractedField, PayFrequency} from '../../schemas/index.js';

const PERIODS_PER_YEAR: Record<PayFrequency, number> = {weekly: 52, biweekly: 26, semimonthly: 24, monthly: 12};

/** Monthly amount from an amount paid at a frequency: weekly × 52 ÷ 12, and so on. */
export function monthlyFrom(amount: number, frequency: PayFrequency): number {
  return Math.round(((amount * PERIODS_PER_YEAR[frequency]) / 12) * 100) / 100;
}

function derived<T extends ExtractedField['value']>(value: T, from: Record<string, ExtractedField>, type: string): ExtractedField & {value: T} {
  const inputs = Object.values(from);
  const first = inputs[0]!;
  return {
    value,
    method: 'derived',
    page: first.page,
    bbox: first.bbox,
    confidence: Math.min(...inputs.map((f) => f.confidence)),
    source: inputs.map((f) => f.source).join(' | '),
    derivedFrom: Object.keys(from).map((k) => `${type}.${k}`),
  };
}

/**
 * Maps a document's fields to case fields, each marked as derived and from what.
 * `asOf` decides whether a protective order is active.
 */
export function mapToCase(type: DocumentType, fields: Record<string, ExtractedField>, asOf: string): CaseFields {
  const out: CaseFields = {};
  if (type === 'pay_stub') {
    const gross = fields.grossPay, frequency = fields.payFrequency;
    if (gross && frequency && typeof gross.value === 'number') {
      out.monthlyGrossIncome = derived(monthlyFrom(gross.value, frequency.value as PayFrequency), {grossPay: gross, payFrequency: frequency}, type);
    }
  }
  if (type === 'lease') {
    const rent = fields.monthlyRent, address = fields.propertyAddress;
    if (rent && typeof rent.value === 'number') out.monthlyHousingCost = derived(rent.value, {monthlyRent: rent}, type);
    if (address && typeof address.value === 'string') out.residentialAddress = derived(address.value, {propertyAddress: address}, type);
  }
  if (type === 'protective_order') {
    const expires = fields.expirationDate, issued = fields.issueDate, orderType = fields.orderType;
    const inputs: Record<string, ExtractedField> = {};
    if (orderType) inputs.orderType = orderType;
    if (issued) inputs.issueDate = issued;
    if (expires) inputs.expirationDate = expires;
    if (Object.keys(inputs).length) {
      const started = !issued || String(issued.value) <= asOf;
      const notExpired = !expires || String(expires.value) >= asOf;
      out.hasActiveProtectiveOrder = derived(started && notExpired, inputs, type);
    }
    if (expires && typeof expires.value === 'string') out.protectiveOrderExpires = derived(expires.value, {expirationDate: expires}, type);
  }
  return out;
}
