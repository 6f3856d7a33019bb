import type {ExtractionResult} from '../../schemas/index.js';

const norm = (s: string) => s.normalize('NFC').replace(/[\s,.]+/g, ' ').trim().toLowerCase();

/** Whether an extracted value matches the expected one (money to the cent, text ignoring case, spacing and commas). */
export function sameValue(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(expected - actual) < 0.005;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    const a = actual.map((x) => norm(String(x))).sort();
    return expected.map((x) => norm(String(x))).sort().every((x, i) => x === a[i]);
  }
  if (typeof expected === 'string') return typeof actual === 'string' && norm(expected) === norm(actual);
  return expected === actual;
}

export interface FieldScore {
  field: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

/**
 * Scores one result against the fixture's truth: every expected field must be read right, and
 * every field read that the document does not have (a lease end on a month-to-month lease) counts
 * against it.
 */
export function scoreFields(expected: Record<string, unknown>, result: ExtractionResult): FieldScore[] {
  const scores: FieldScore[] = [];
  for (const [field, value] of Object.entries(expected)) {
    const actual = result.fields[field]?.value;
    scores.push({field, expected: value, actual, ok: sameValue(value, actual)});
  }
  for (const [field, f] of Object.entries(result.fields)) {
    if (!(field in expected)) scores.push({field, expected: undefined, actual: f.value, ok: false});
  }
  return scores;
}
