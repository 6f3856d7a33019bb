/**
 * Shared arbitraries and timing helpers for the parser fuzz tests.
 * (Not a test file itself: the runner only picks up `*.test.ts`.)
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';

/** Per-call time budget: parsers must stay linear on hostile input. */
export const MAX_MS = 50;

/** Call `fn`, assert it neither throws nor exceeds {@link MAX_MS}, and return its result. */
export function quickly<T>(label: string, input: string, fn: (s: string) => T): T {
  const started = performance.now();
  const result = fn(input);
  const ms = performance.now() - started;
  assert.ok(
    ms < MAX_MS,
    `${label} took ${ms.toFixed(1)} ms on a ${input.length}-char input starting ${JSON.stringify(input.slice(0, 60))}`,
  );
  return result;
}

/** Fragments that exercise every branch of the date and money patterns. */
const TOKENS = [
  '0', '1', '5', '12', '31', '2026', '26', '1,450', '.00', '/', '-', '.', ',', ':', ' ', '  ', ' / ', '\n',
  'O', 'o', 'l', 'I', 'S', '$', 'USD', '(', ')', '%', 'º', 'th', 'st', 'Jan', 'January', 'Sept.', 'may',
  'de', 'del', 'enero', 'setiembre', 'lunes, ', 'Monday, ', 'day of ', 'the ', 'fifth', 'twenty-', 'of ',
  'one', 'hundred', 'thousand', 'million', 'and ', 'y ', 'mil', 'dólares', 'dollars', '00/100', 'á', '\u0301',
];

/** Random concatenations of {@link TOKENS} (near-misses of real dates and amounts). */
export function tokenSoup(minTokens: number, maxTokens: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...TOKENS), { minLength: minTokens, maxLength: maxTokens }).map((a) => a.join(''));
}

/** Short arbitrary strings: ASCII, full Unicode code points, graphemes, and token soup. */
export const shortText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  tokenSoup(0, 120),
);

/** Long (≈5k–10k chars) arbitrary strings. */
export const longText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 5_000, maxLength: 10_000 }),
  fc.string({ unit: 'binary', minLength: 5_000, maxLength: 10_000 }),
  tokenSoup(2_000, 3_000).map((s) => s.slice(0, 10_000)),
);

/** Hand-written worst cases for backtracking, each 10k chars. */
export const PATHOLOGICAL: readonly string[] = [
  '0'.repeat(10_000),
  ' '.repeat(10_000),
  '1/'.repeat(5_000),
  '1,'.repeat(5_000),
  '1 ,'.repeat(3_333),
  '1.1'.repeat(3_333),
  'lOlO'.repeat(2_500),
  'one '.repeat(2_500),
  'one hundred and '.repeat(625),
  'mil y '.repeat(1_666),
  'January '.repeat(1_250),
  'Jan 5, '.repeat(1_428),
  '5 de '.repeat(2_000),
  'Monday, '.repeat(1_250),
  '5th day of '.repeat(909),
  '$1 ,'.repeat(2_500),
  'S1'.repeat(5_000),
  '01 / 05 / '.repeat(1_000),
  'twenty-'.repeat(1_428),
].map((s) => s.slice(0, 10_000));

/** Run `fn` once on a long input so JIT/regex compilation does not count against the budget. */
export function warmUp(fn: (s: string) => unknown): void {
  for (const s of PATHOLOGICAL) fn(s);
}
