/**
 * Money amounts in US and Spanish-language documents, written as figures
 * (`$1,450.00`, `1.450,00 $`, `USD 1,450`) or in words (`One thousand four
 * hundred fifty and 00/100 dollars`, `mil cuatrocientos cincuenta dólares`),
 * tolerant of tesseract OCR noise (`S1,450.00`, `$1,45O.00`, `$l,450.00`,
 * `$1 ,450.00`).
 *
 * Design choices:
 *
 * - **Amounts are magnitudes.** A parenthesised `(1,450.00)` or a minus sign
 *   (`-$1,450.00`, `$-1,450.00`) marks a deduction or credit on pay stubs and
 *   ledgers, but whether it is "negative" depends on the column it is in, so
 *   the parsers return the positive amount (1450) and the match `text` does
 *   not include the surrounding parentheses or a minus sign written before
 *   the amount (one written between `$` and the digits, `$-1,450.00`, stays
 *   inside the match). Extractors decide the sign from their labels
 *   ("Deductions", "Credits").
 * - **Decimal separator** = the last `.` or `,` when it is followed by exactly
 *   two digits (or one digit when it is the only separator); a last separator
 *   followed by three digits is a thousands separator. So `1,450` and `1.450`
 *   are both 1450, `1.450,00` and `1,450.00` are both 1450. A thousands
 *   separator equal to the decimal one (`1.450.00`, a common OCR misread of
 *   `1,450.00`) is tolerated.
 * - **Figures win over words**: when a figure and a word amount restate each
 *   other (`Eight Hundred Dollars ($800.00)`), only the figure is reported.
 * - Only dollars are currency words (`dollars`, `dólares`); `pesos` and other
 *   currencies are not recognised.
 * - `findMoney` reports bare numbers (no `$`) only when they have exactly two
 *   decimals (`1,234.56`, typical of pay-stub tables) — so it also reports
 *   hours/rates like `80.00`; callers pick columns by label. `parseMoney`
 *   assumes its input *is* an amount and also accepts bare integers (`1450`).
 *
 * Pure and platform-neutral (no Node APIs). All regex quantifiers are bounded
 * or unambiguous, so scanning is linear in the input length.
 *
 * @module
 */

import { findDates } from './date.js';

/** One amount found by {@link findMoney}. */
export interface MoneyMatch {
  /** The amount (always ≥ 0), rounded to cents. */
  value: number;
  /** UTF-16 offset of the match in the searched text. */
  index: number;
  /** Length (UTF-16 code units) of the match. */
  length: number;
  /** The matched text as it appears in the input, including any attached currency marker. */
  text: string;
  /**
   * `true` when an explicit currency marker is attached: `$`, `US$`, `USD`,
   * an OCR'd `S` for `$`, or the word `dollars`/`dólares`. Bare decimals
   * such as `1,234.56` in a pay-stub table give `false`.
   */
  hasCurrencySign: boolean;
}

// ---------------------------------------------------------------------------
// Number words
// ---------------------------------------------------------------------------

type WordKind = 'zero' | 'unit' | 'teen' | 'ten' | 'hundreds' | 'hundred' | 'scale';

/** Cardinal words (lowercase, unaccented) → [grammatical kind, value]. */
const NUMBER_WORDS: ReadonlyMap<string, readonly [WordKind, number]> = (() => {
  const t: Record<string, readonly [WordKind, number]> = {};
  const add = (kind: WordKind, words: string, start: number, step = 1): void => {
    words.split(' ').forEach((w, i) => {
      t[w] = [kind, start + i * step];
    });
  };
  // English
  t['zero'] = ['zero', 0];
  add('unit', 'one two three four five six seven eight nine', 1);
  add('teen', 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 10);
  add('ten', 'twenty thirty forty fifty sixty seventy eighty ninety', 20, 10);
  t['fourty'] = ['ten', 40];
  t['hundred'] = ['hundred', 100];
  t['thousand'] = ['scale', 1_000];
  t['million'] = ['scale', 1_000_000];
  t['millions'] = ['scale', 1_000_000];
  // Spanish
  t['cero'] = ['zero', 0];
  add('unit', 'uno dos tres cuatro cinco seis siete ocho nueve', 1);
  t['un'] = ['unit', 1];
  t['una'] = ['unit', 1];
  add('teen', 'diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve', 10);
  // 21–29 are single words in Spanish; grammatically they behave like teens.
  add('teen', 'veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve', 21);
  t['veintiun'] = ['teen', 21];
  t['veintiuna'] = ['teen', 21];
  add('ten', 'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa', 20, 10);
  t['cien'] = ['hundreds', 100];
  t['ciento'] = ['hundreds', 100];
  add('hundreds', 'doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos', 200, 100);
  add('hundreds', 'doscientas trescientas cuatrocientas quinientas seiscientas setecientas ochocientas novecientas', 200, 100);
  t['mil'] = ['scale', 1_000];
  t['millon'] = ['scale', 1_000_000];
  t['millones'] = ['scale', 1_000_000];
  return new Map(Object.entries(t)); // a Map, so "__proto__" & co. are not number words
})();

/** Lowercase and strip accents (NFD + remove combining marks). */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Convert English or Spanish cardinal number words (up to the millions) to a
 * number. Hyphens, commas and the connectors `and` / `y` are accepted; case
 * and accents are ignored. Returns `null` for anything that is not a
 * well-formed number phrase (unknown words, `five five`, `thousand million`).
 *
 * @param text - the words, e.g. `one thousand four hundred fifty`
 * @returns the number, or `null`
 * @example
 * numberWordsToNumber('One thousand four hundred fifty') // → 1450
 * numberWordsToNumber('twelve hundred') // → 1200
 * numberWordsToNumber('mil cuatrocientos cincuenta') // → 1450
 * numberWordsToNumber('dos millones trescientos mil veintiún') // → 2300021
 * numberWordsToNumber('five five') // → null
 */
export function numberWordsToNumber(text: string): number | null {
  if (typeof text !== 'string' || text.length > 1000) return null;
  const tokens = fold(text).split(/[\s,‐‑–—-]+/u).filter((w) => w !== '');
  let total = 0;
  let group = 0;
  let state: 'start' | 'unit' | 'teen' | 'ten' | 'hundred' = 'start';
  let lastScale = Number.POSITIVE_INFINITY;
  let seen = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (token === 'and' || token === 'y') {
      if (!seen) return null;
      continue;
    }
    let entry = NUMBER_WORDS.get(token);
    if (entry === undefined && token === 'a') {
      // "a hundred", "a thousand", "a million"
      const next = NUMBER_WORDS.get(tokens[i + 1] ?? '');
      if (next !== undefined && (next[0] === 'hundred' || next[0] === 'scale')) entry = ['unit', 1];
    }
    if (entry === undefined) return null;
    const [kind, value] = entry;
    switch (kind) {
      case 'zero':
        if (tokens.length !== 1) return null;
        return 0;
      case 'unit':
        if (state === 'unit' || state === 'teen') return null;
        group += value;
        state = 'unit';
        break;
      case 'teen':
      case 'ten':
        if (state !== 'start' && state !== 'hundred') return null;
        group += value;
        state = kind;
        break;
      case 'hundreds': // Spanish ciento, doscientos…: additive
        if (state !== 'start') return null;
        group += value;
        state = 'hundred';
        break;
      case 'hundred': // English multiplier: "one hundred", "twelve hundred"
        if (state === 'hundred' || group >= 100) return null;
        group = (group === 0 ? 1 : group) * 100;
        state = 'hundred';
        break;
      case 'scale':
        if (value >= lastScale) return null;
        total += (group === 0 ? 1 : group) * value;
        group = 0;
        state = 'start';
        lastScale = value;
        break;
    }
    seen = true;
  }
  return seen ? total + group : null;
}

// ---------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------

/** Regex source for a word with optional accents on its vowels (also decomposed accents). */
function accentTolerant(word: string): string {
  const classes: Record<string, string> = { a: '[aá]', e: '[eé]', i: '[ií]', o: '[oó]', u: '[uúü]' };
  return [...word].map((c) => (classes[c] !== undefined ? `${classes[c]}\\u0301?` : c)).join('');
}

const NUMBER_WORD_RE =
  '(?:' +
  [...NUMBER_WORDS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(accentTolerant)
    .join('|') +
  ')(?![\\p{L}\\p{M}])';

/** Up to 25 number words separated by spaces, hyphens or commas, optionally joined by and/y. */
const WORD_AMOUNT = new RegExp(
  '(?<![\\p{L}\\p{M}])' +
    `(?<words>${NUMBER_WORD_RE}(?:(?:\\s{1,3}|\\s{0,2}[-,]\\s{0,2})(?:(?:and|y)\\s{1,3})?${NUMBER_WORD_RE}){0,24})` +
    '(?:\\s{1,3}(?:and|y|con|with)\\s{1,3}(?<c1>\\d{1,2})\\s{0,2}/\\s{0,2}100)?' +
    `\\s{1,3}(?:(?:US|U\\.S\\.)\\s{1,3})?(?:dollars?|${accentTolerant('dolar')}(?:es)?)(?![\\p{L}\\p{M}])` +
    '(?:\\s{1,3}(?:and|y|con)\\s{1,3}(?<c2>\\d{1,2})(?:\\s{0,2}/\\s{0,2}100|\\s{1,3}(?:cents?|centavos?)(?![\\p{L}])))?',
  'giu',
);

/** A digit as OCR may render it (`O`/`o` → 0, `l`/`I` → 1). Case-sensitive on purpose. */
const ND = '[0-9OolI]';
/**
 * A figure with optional currency marker before or after. Thousands/decimal
 * separators are `.` and `,`; a stray space may precede one (`$1 ,450.00`).
 */
const FIGURE = new RegExp(
  '(?:(?<pre>(?:US\\s?|U\\.S\\.\\s?)?\\$)\\s{0,2}(?:-\\s{0,2})?' +
    '|(?<![\\p{L}\\p{N}$])(?:(?<code>USD)\\s{0,2}|(?<ocr>S)(?=[0-9lI]))?)' +
    `(?<num>${ND}+(?:\\s?[.,]${ND}+)*)` +
    '(?<suf>\\s{0,2}(?:\\$|USD|(?:[Dd]ollars?|DOLLARS?|[Dd][oó]\\u0301?lares|D[OÓ]\\u0301?LARES)(?![\\p{L}\\p{M}])))?' +
    '(?![\\p{L}\\p{N}])',
  'gu',
);

interface Figure {
  value: number;
  /** Number of decimal digits written (0, 1 or 2). */
  decimals: number;
  /** Whether thousands separators were used. */
  grouped: boolean;
}

/** Parse the numeric part of a figure (already located by {@link FIGURE}). */
function parseFigure(raw: string): Figure | null {
  let real = 0;
  let noise = 0;
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') real++;
    else if (ch === 'O' || ch === 'o' || ch === 'l' || ch === 'I') noise++;
  }
  if (real === 0 || noise > 2 || noise * 2 >= real) return null;

  const groups: string[] = [];
  const seps: Array<{ ch: string; spaced: boolean }> = [];
  for (const m of raw.matchAll(/([0-9OolI]+)|(\s?)([.,])/g)) {
    if (m[1] !== undefined) groups.push(m[1].replace(/[Oo]/g, '0').replace(/[lI]/g, '1'));
    else seps.push({ ch: m[3] ?? '', spaced: (m[2] ?? '') !== '' });
  }

  let intGroups = groups;
  let intSeps = seps;
  let fraction = '';
  const last = seps[seps.length - 1];
  const tail = groups[groups.length - 1] ?? '';
  if (last !== undefined) {
    if (tail.length === 2 || (tail.length === 1 && seps.length === 1)) {
      if (last.spaced) return null; // "1 .50": a space before a decimal point is not OCR noise we accept
      fraction = tail;
      intGroups = groups.slice(0, -1);
      intSeps = seps.slice(0, -1);
    } else if (tail.length !== 3) {
      return null;
    }
  }
  const groupChar = intSeps[0]?.ch;
  if (groupChar !== undefined) {
    if (!intSeps.every((s) => s.ch === groupChar)) return null;
    const first = intGroups[0] ?? '';
    if (first.length < 1 || first.length > 3 || intGroups.slice(1).some((g) => g.length !== 3)) return null;
  }
  const integer = intGroups.join('');
  if (integer.length === 0 || integer.length > 12 || (integer.length > 1 && integer.startsWith('0'))) return null;
  const value = Number(fraction === '' ? integer : `${integer}.${fraction}`);
  return { value: roundCents(value), decimals: fraction.length, grouped: groupChar !== undefined };
}

function roundCents(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------

interface Found extends MoneyMatch {
  kind: 'figure' | 'words';
  /** Passes the strict rules of {@link findMoney} (not just the lenient ones of {@link parseMoney}). */
  strict: boolean;
}

const PERCENT_AFTER = /^\s{0,2}(?:%|percent(?!\p{L})|por\s?ciento|pct(?!\p{L}))/iu;
const TIME_AFTER = /^\s{0,2}[ap]\.?\s?m(?:\.|(?!\p{L}))/iu;
const FRACTION_OR_TIME_AFTER = /^[/:]\d/u;
interface Span {
  index: number;
  length: number;
}

/** US phone numbers and SSN-shaped numbers, whose pieces must not be read as amounts. */
const PHONE_LIKE =
  /(?<![\p{L}\p{N}])(?:(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}|\d{3}-\d{2}-\d{4})(?!\p{N})/gu;

/** Spans of dates, phone numbers and SSNs (sorted by start): digits there are never money. */
function notMoneySpans(text: string): Span[] {
  const spans: Span[] = findDates(text).map(({ index, length }) => ({ index, length }));
  for (const m of text.matchAll(PHONE_LIKE)) spans.push({ index: m.index, length: m[0].length });
  return spans.sort((a, b) => a.index - b.index);
}

/**
 * Membership test for "does this span overlap any of these spans", for
 * queries made in increasing start order: amortised O(1) per query.
 */
function overlapTester(spans: readonly Span[]): (s: Span) => boolean {
  // Spans may nest or overlap each other; track the furthest end seen so far.
  const sorted = [...spans].sort((a, b) => a.index - b.index);
  let i = 0;
  let furthestEnd = -1;
  return (s) => {
    while (i < sorted.length && sorted[i]!.index < s.index + s.length) {
      furthestEnd = Math.max(furthestEnd, sorted[i]!.index + sorted[i]!.length);
      i++;
    }
    return furthestEnd > s.index;
  };
}

/** Figures in `text`. Lenient mode also keeps bare integers and one-decimal numbers (for parseMoney). */
function scanFigures(text: string, lenient: boolean): Found[] {
  const out: Found[] = [];
  let excluded: ((s: Span) => boolean) | null = null;
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    // Numeric runs are maximal, so a rejected run is skipped as a whole.
    FIGURE.lastIndex = end > start ? end : start + 1;
    const g = m.groups ?? {};
    const hasCurrencySign =
      g['pre'] !== undefined || g['code'] !== undefined || g['ocr'] !== undefined || g['suf'] !== undefined;

    // Context: "#12.50", "50/100", "1/2", "10:30", "7.65%", "10.30 am" are not amounts.
    const before = start > 0 ? text.charAt(start - 1) : '';
    if (before === '#' || before === '/' || before === ':') continue;
    const after = text.slice(end, end + 12);
    if (FRACTION_OR_TIME_AFTER.test(after) || PERCENT_AFTER.test(after)) continue;
    if (!hasCurrencySign && TIME_AFTER.test(after)) continue;

    const figure = parseFigure(g['num'] ?? '');
    if (figure === null) continue;
    if (g['ocr'] !== undefined && g['suf'] === undefined && !figure.grouped && figure.decimals !== 2) {
      continue; // "S12" is more likely a code than "$12"
    }
    const strict = hasCurrencySign || figure.decimals === 2;
    if (!strict && !lenient) continue;

    const span = { index: start, length: end - start };
    excluded ??= overlapTester(notMoneySpans(text));
    if (excluded(span)) continue;

    out.push({ value: figure.value, ...span, text: m[0], hasCurrencySign, kind: 'figure', strict });
  }
  return out;
}

function scanWords(text: string): Found[] {
  const out: Found[] = [];
  WORD_AMOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_AMOUNT.exec(text)) !== null) {
    const g = m.groups ?? {};
    const whole = numberWordsToNumber(g['words'] ?? '');
    // An ill-formed run ("five five dollars") is skipped whole: no reading its tail.
    if (whole === null) continue;
    const cents = Number(g['c1'] ?? g['c2'] ?? '0');
    out.push({
      value: Math.round(whole * 100 + cents) / 100,
      index: m.index,
      length: m[0].length,
      text: m[0],
      hasCurrencySign: true,
      kind: 'words',
      strict: true,
    });
  }
  return out;
}

/** Words and figures restating each other across a parenthesis: `Fifty Dollars ($50.00)`, `$50.00 (Fifty Dollars)`. */
const RESTATEMENT_GAP = /^\s{0,3}\(\s{0,3}$/u;

function collect(text: string, lenient: boolean): Found[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const words = scanWords(text);
  // Digits inside a word amount ("… and 00/100 dollars") belong to it.
  const insideWords = overlapTester(words);
  const figures = scanFigures(text, lenient).filter((f) => !insideWords(f));
  const strictFigures = figures.filter((f) => f.strict);
  const keptWords = words.filter((w) => {
    const wordEnd = w.index + w.length;
    // First figure starting after the words, last figure ending before them.
    const k = firstIndexAtOrAfter(strictFigures, wordEnd);
    const next = strictFigures[k];
    if (next !== undefined && RESTATEMENT_GAP.test(text.slice(wordEnd, next.index))) return false;
    const previous = strictFigures[firstIndexAtOrAfter(strictFigures, w.index) - 1];
    if (previous !== undefined && previous.index + previous.length <= w.index) {
      if (RESTATEMENT_GAP.test(text.slice(previous.index + previous.length, w.index))) return false;
    }
    return true;
  });
  return [...figures, ...keptWords].sort((a, b) => a.index - b.index);
}

/** Binary search: index of the first span (sorted, non-overlapping) starting at or after `position`. */
function firstIndexAtOrAfter(spans: readonly Span[], position: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.index < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/**
 * Find every money amount in a line of text, in order, non-overlapping.
 *
 * Reported: figures with a currency marker (`$1,450`, `USD 1,450.00`,
 * `1.450,00 $`, OCR'd `S1,450.00`), bare numbers with exactly two decimals
 * (`1,234.56`, `hasCurrencySign: false`), and word amounts followed by
 * `dollars`/`dólares` unless a figure restates them in parentheses.
 * Not reported: dates, phone numbers, bare integers such as years or ZIP
 * codes, percentages (`7.65%`), times (`10.30 am`), fractions (`50/100`).
 * Values are magnitudes (see the module notes on parenthesised amounts).
 *
 * @param text - a line (or any text) to search
 * @returns the amounts found
 * @example
 * findMoney('Gross 1,450.00  FICA 7.65%  Net $1,339.07')
 * // → [
 * //   {value: 1450, index: 6, length: 8, text: '1,450.00', hasCurrencySign: false},
 * //   {value: 1339.07, index: 32, length: 9, text: '$1,339.07', hasCurrencySign: true},
 * // ]
 */
export function findMoney(text: string): MoneyMatch[] {
  return collect(text, false).map(({ value, index, length, text: t, hasCurrencySign }) => ({
    value,
    index,
    length,
    text: t,
    hasCurrencySign,
  }));
}

/** Trailing words that may follow a number phrase in a words-only amount. */
const CURRENCY_WORDS = new Set(['dollars', 'dollar', 'dolares', 'dolar', 'us', 'u.s.', 'usd', 'only', 'exactly']);

/** A words-only amount with no currency word: "twelve hundred", "one thousand and 50/100". */
function wordsOnlyAmount(text: string): number | null {
  if (text.length > 500) return null;
  const tokens = fold(text).replace(/[.;:()]+$/u, '').trim().split(/\s+/u);
  while (tokens.length > 0 && CURRENCY_WORDS.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  let cents = 0;
  const last = tokens[tokens.length - 1] ?? '';
  const fraction = /^(\d{1,2})\/100$/u.exec(last);
  if (fraction !== null && ['and', 'y', 'con', 'with'].includes(tokens[tokens.length - 2] ?? '')) {
    cents = Number(fraction[1]);
    tokens.splice(-2, 2);
  }
  const whole = numberWordsToNumber(tokens.join(' '));
  return whole === null ? null : Math.round(whole * 100 + cents) / 100;
}

/**
 * Parse ONE money amount (a field value already isolated by an extractor).
 * Preference order: the first figure with a currency marker, then the
 * first bare two-decimal figure, then a word amount (`… dollars`), then a
 * words-only phrase (`twelve hundred`), then any other plain number
 * (`1450`). So when words and a figure both appear, the figure wins.
 * Parenthesised or minus-signed amounts give their positive value (they are
 * deductions; the caller knows from the label). Rounded to cents.
 *
 * @param text - the amount text
 * @returns the amount, or `null` if none is found
 * @example
 * parseMoney('$1,450.00') // → 1450
 * parseMoney('1.450,00 $') // → 1450
 * parseMoney('S1,45O.00') // → 1450 (OCR: S for $, O for 0)
 * parseMoney('One thousand four hundred fifty dollars ($1,450.00)') // → 1450
 * parseMoney('one thousand four hundred fifty and 00/100 dollars') // → 1450
 * parseMoney('mil cuatrocientos cincuenta dólares') // → 1450
 * parseMoney('(1,450.00)') // → 1450
 * parseMoney('7.65%') // → null
 */
export function parseMoney(text: string): number | null {
  if (typeof text !== 'string') return null;
  const found = collect(text, true);
  const pick =
    found.find((f) => f.kind === 'figure' && f.hasCurrencySign) ??
    found.find((f) => f.kind === 'figure' && f.strict) ??
    found.find((f) => f.kind === 'words');
  if (pick !== undefined) return pick.value;
  const words = wordsOnlyAmount(text);
  if (words !== null) return words;
  return found.find((f) => f.kind === 'figure')?.value ?? null;
}
