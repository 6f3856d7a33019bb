/**
 * Date recognition for US and Spanish-language documents (pay stubs, leases,
 * protective orders), tolerant of tesseract OCR noise.
 *
 * Pure and platform-neutral: only ECMAScript built-ins (Unicode-aware
 * regular expressions with look-behind), no Node APIs, no `Date` parsing.
 *
 * Recognised spellings (case-insensitive, accents optional):
 *
 * - numeric: `01/05/2026`, `1/5/26`, `01-05-2026`, `01.05.2026`, `2026-01-05`,
 *   `2026/01/05`, with stray spaces around the separators (`01 / 05 / 2026`)
 *   and OCR letters for digits (`0l/O5/2026`: `O`/`o` → 0, `l`/`I` → 1);
 * - month first: `January 5, 2026`, `Jan. 5 2026`, `Sept. 30, 2026`,
 *   `January 5th, 2026`, `Monday, January 5, 2026`, `January fifth, 2026`;
 * - day first: `5 January 2026`, `5 Jan 2026`, `5th of January, 2026`,
 *   `5th day of January, 2026`, `fifth day of January, 2026` (ordinal words
 *   first … thirty-first), `5 de enero de 2026`, `5 de Enero del 2026`,
 *   `1º de mayo de 2026`, `primero de mayo de 2026`,
 *   `lunes, 5 de enero de 2026`, `a los 5 días del mes de enero de 2026`;
 * - day-month-year with an abbreviated month: `05-JAN-2026`, `05/ene/2026`.
 *
 * Month names: English and Spanish, full or abbreviated (`sep`/`sept`/`set`,
 * `setiembre`, `ene`, `abr`, `ago`, `dic`…). Years must be 1900–2100; two-digit
 * years map to 20yy when yy ≤ 69, else 19yy. Numeric dates are read
 * month/day (`MDY`) unless `{order: 'DMY'}` is given; when one of the first two
 * components is > 12 the order is taken from the data whatever the option.
 *
 * Performance: every quantifier in the patterns is bounded, so scanning is
 * linear in the input length (no catastrophic backtracking).
 *
 * @module
 */

/** Order of the day and month components in an all-numeric date such as `01/05/2026`. */
export type DateOrder = 'MDY' | 'DMY';

/** Options for {@link parseDate} and {@link findDates}. */
export interface DateOptions {
  /**
   * How to read ambiguous numeric dates: `'MDY'` (US, the default) reads
   * `01/05/2026` as January 5, `'DMY'` (Spanish/European documents) as 1 May.
   */
  order?: DateOrder;
}

/** One date found by {@link findDates}. */
export interface DateMatch {
  /** The date as ISO `YYYY-MM-DD`. */
  value: string;
  /** UTF-16 offset of the first character of the date in the searched text. */
  index: number;
  /** Length (UTF-16 code units) of the matched text. */
  length: number;
  /** The matched text exactly as it appears in the input (`text.slice(index, index + length)`). */
  text: string;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/** Month names and abbreviations (lowercase, unaccented) → month number. */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, enero: 1, ene: 1,
  february: 2, feb: 2, febrero: 2,
  march: 3, mar: 3, marzo: 3,
  april: 4, apr: 4, abril: 4, abr: 4,
  may: 5, mayo: 5,
  june: 6, jun: 6, junio: 6,
  july: 7, jul: 7, julio: 7,
  august: 8, aug: 8, agosto: 8, ago: 8,
  september: 9, sept: 9, sep: 9, septiembre: 9, setiembre: 9, set: 9,
  october: 10, oct: 10, octubre: 10,
  november: 11, nov: 11, noviembre: 11,
  december: 12, dec: 12, diciembre: 12, dic: 12,
};

/** English ordinal words for days of the month (spaces/hyphens removed) → day. */
const ORDINAL_WORDS: Readonly<Record<string, number>> = (() => {
  const units = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const table: Record<string, number> = {};
  units.forEach((w, i) => {
    table[w] = i + 1;
    table[`twenty${w}`] = 21 + i;
  });
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
    'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
  teens.forEach((w, i) => {
    table[w] = 10 + i;
  });
  table['thirtieth'] = 30;
  table['thirtyfirst'] = 31;
  table['primero'] = 1; // Spanish "primero de mayo"
  return table;
})();

/** Longest-first alternation of literal words (they contain no regex metacharacters). */
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
}

const ORDINAL_UNITS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const ORDINAL_RE =
  `twenty[\\s-]?(?:${ORDINAL_UNITS})|thirty[\\s-]?first|` +
  alternation(Object.keys(ORDINAL_WORDS).filter((w) => !w.startsWith('twenty') || w === 'twentieth')
    .filter((w) => w !== 'thirtyfirst'));

/** Weekday names (English full/abbreviated, Spanish full; accents optional, also decomposed). */
const WEEKDAY_NAMES =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  'mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun|' +
  'lunes|martes|mi[eé]\\u0301?rcoles|jueves|viernes|s[aá]\\u0301?bado|domingo';

// ---------------------------------------------------------------------------
// Pattern pieces
// ---------------------------------------------------------------------------

/** A digit as OCR may render it. */
const ND = '[0-9OolI]';
/** Bounded whitespace (keeps matching linear). */
const SP0 = '\\s{0,3}';
const SP1 = '\\s{1,3}';
/** Horizontal-only space for numeric dates. */
const HS = '[ \\t\\u00A0]{0,2}';
const START = '(?<![\\p{L}\\p{N}])';
/** End of a date: not followed by a letter/digit, nor by a separator and more digits (`1970-01-01` after `May 12 `). */
const END = '(?![\\p{L}\\p{N}]|[/.\\-–]\\p{N})';

const MONTH_RE = `(?<mon>${alternation(Object.keys(MONTHS))})(?!\\p{L})\\.?`;
const WEEKDAY_RE = `(?:(?:${WEEKDAY_NAMES})(?!\\p{L})\\.?(?:${SP0},${SP0}|${SP1}))`;
/** Ordinal suffixes valid after a day number in English-style month-first dates. */
const SUFFIX_EN = 'st|nd|rd|th|\\.?[º°ª]';
/** …and in day-first dates, which also covers Spanish `1o`, `1ro`, `1er`. */
const SUFFIX_ALL = `${SUFFIX_EN}|ro|er|o`;
/**
 * A day: a lazily-matched number (so that `1o` reads as day 1 + suffix `o`,
 * while `10` still reads as ten) with optional ordinal suffix, or an
 * ordinal word.
 */
const day = (suffix: string): string =>
  `(?:(?<d>${ND}{1,2}?)(?<suf>${suffix})?|(?<w>${ORDINAL_RE}))(?![\\p{L}\\p{N}])`;
const YEAR_TEXT = `(?:(?<y>${ND}{4})|['’‘](?<y2>\\d{2}))`;
/** Between month/day and year: optional comma, optional Spanish `de`/`del`. */
const YEAR_JOIN = `${SP0},?${SP0}(?:del?${SP1})?`;
/** Between a day and a following month: `5 January`, `5th of`, `5th day of`, `5 de`, `5 días del mes de`. */
const DAY_MONTH_JOIN =
  `(?:${SP1}|${SP0},${SP0})` +
  `(?:(?:day${SP1}of|d[ií]\\u0301?as?${SP1}del?)${SP1}(?:(?:the${SP1})?month${SP1}of${SP1}|mes${SP1}de${SP1})?` +
  `|of${SP1}(?:the${SP1}month${SP1}of${SP1})?|de${SP1})?`;

/** `January 5, 2026`, `Monday, Jan. 5th 2026`, `enero 5 de 2026`. */
const MONTH_FIRST = new RegExp(
  `${START}${WEEKDAY_RE}?${MONTH_RE}${SP0}${day(SUFFIX_EN)}${YEAR_JOIN}${YEAR_TEXT}${END}`,
  'giu',
);
/** `5 January 2026`, `5th day of January, 2026`, `lunes, 5 de enero de 2026`, `1º de mayo de 2026`. */
const DAY_FIRST = new RegExp(
  `${START}${WEEKDAY_RE}?${day(SUFFIX_ALL)}${DAY_MONTH_JOIN}${MONTH_RE}${YEAR_JOIN}${YEAR_TEXT}${END}`,
  'giu',
);
/** `05-JAN-2026`, `05/ene/2026`, `5.Jan.26`. */
const DAY_MON_YEAR = new RegExp(
  `${START}(?<d>${ND}{1,2})${HS}(?<sep>[-/.])${HS}${MONTH_RE}${HS}\\k<sep>${HS}(?<y>${ND}{4}|${ND}{2})${END}`,
  'giu',
);
/**
 * `01/05/2026`, `1-5-26`, `01.05.2026`, `2026-01-05`. Both separators must be
 * the same; the date must not be part of a longer chain of numbers
 * (`1.2.3.4`, `555-010-1234`). Case-sensitive so that only `O o l I` count as
 * OCR digits.
 */
const NUMERIC = new RegExp(
  `(?<![\\p{L}\\p{N}]|\\p{N}[/.\\-–])(?<a>${ND}{1,4})${HS}(?<sep>[/.\\-–])${HS}(?<b>${ND}{1,2})${HS}\\k<sep>${HS}` +
    `(?<c>${ND}{1,4})(?![\\p{L}\\p{N}]|[/.\\-–]\\p{N})`,
  'gu',
);

// ---------------------------------------------------------------------------
// Validation helpers
// ---------------------------------------------------------------------------

interface Digits {
  /** Numeric value after OCR substitution. */
  value: number;
  /** Number of characters (digits + OCR letters). */
  length: number;
  /** Number of real digits. */
  real: number;
  /** Number of OCR letters standing in for digits. */
  noise: number;
}

/** Read a run of digits where `O`/`o` stand for 0 and `l`/`I` (and `L`/`i`) for 1. */
function readDigits(raw: string): Digits {
  let value = 0;
  let real = 0;
  for (const ch of raw) {
    let digit: number;
    if (ch >= '0' && ch <= '9') {
      digit = ch.charCodeAt(0) - 48;
      real++;
    } else if (ch === 'O' || ch === 'o') {
      digit = 0;
    } else {
      digit = 1; // l, I, L, i
    }
    value = value * 10 + digit;
  }
  return { value, length: raw.length, real, noise: raw.length - real };
}

function expandYear(twoDigits: number): number {
  return twoDigits <= 69 ? 2000 + twoDigits : 1900 + twoDigits;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO string for a real calendar date in range, else null. */
function isoDate(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function monthNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const key = raw.toLowerCase();
  return Object.hasOwn(MONTHS, key) ? (MONTHS[key] ?? null) : null;
}

/** Day of month from the `d`/`suf`/`w` groups of a textual date. */
function dayFromGroups(g: Record<string, string | undefined>): number | null {
  if (g['w'] !== undefined) {
    const key = g['w'].toLowerCase().replace(/[\s-]/g, '');
    return Object.hasOwn(ORDINAL_WORDS, key) ? (ORDINAL_WORDS[key] ?? null) : null;
  }
  const raw = g['d'];
  if (raw === undefined) return null;
  // An upper-case "O" read as a suffix after one digit ("1O de mayo") is an OCR zero.
  const digits = readDigits(g['suf'] === 'O' && raw.length === 1 ? `${raw}0` : raw);
  if (digits.real === 0) return null;
  return digits.value;
}

/** Year from the `y`/`y2` groups; at most one OCR letter in a 4-digit year. */
function yearFromGroups(g: Record<string, string | undefined>): number | null {
  if (g['y2'] !== undefined) return expandYear(Number(g['y2']));
  const raw = g['y'];
  if (raw === undefined) return null;
  const digits = readDigits(raw);
  if (digits.noise > 1) return null;
  return digits.length === 2 ? expandYear(digits.value) : digits.value;
}

function textualDate(m: RegExpExecArray): string | null {
  const g = m.groups ?? {};
  const month = monthNumber(g['mon']);
  const d = dayFromGroups(g);
  const y = yearFromGroups(g);
  if (month === null || d === null || y === null) return null;
  return isoDate(y, month, d);
}

function numericDate(m: RegExpExecArray, order: DateOrder): string | null {
  const g = m.groups ?? {};
  if (g['a'] === undefined || g['b'] === undefined || g['c'] === undefined) return null;
  const a = readDigits(g['a']);
  const b = readDigits(g['b']);
  const c = readDigits(g['c']);
  // OCR letters must stay a small minority: at most 2, and clearly outnumbered by digits.
  const noise = a.noise + b.noise + c.noise;
  const real = a.real + b.real + c.real;
  if (noise > 2 || real < 2 * noise + 1) return null;

  if (a.length === 4) {
    // ISO order: year-month-day.
    return c.length <= 2 ? isoDate(a.value, b.value, c.value) : null;
  }
  if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
  const y = c.length === 2 ? expandYear(c.value) : c.value;
  let month: number;
  let d: number;
  if (a.value > 12 && b.value <= 12) {
    [d, month] = [a.value, b.value];
  } else if (b.value > 12 && a.value <= 12) {
    [month, d] = [a.value, b.value];
  } else if (order === 'DMY') {
    [d, month] = [a.value, b.value];
  } else {
    [month, d] = [a.value, b.value];
  }
  return isoDate(y, month, d);
}

interface Candidate {
  index: number;
  length: number;
  value: string;
}

/**
 * Run a global pattern over the text, keeping the matches `read` accepts.
 * After a rejected match the scan resumes one character later, so a bad
 * candidate cannot hide a good one that starts inside it.
 */
function scan(
  pattern: RegExp,
  text: string,
  read: (m: RegExpExecArray) => string | null,
  out: Candidate[],
): void {
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const value = read(m);
    if (value !== null) {
      out.push({ index: m.index, length: m[0].length, value });
      pattern.lastIndex = m.index + m[0].length;
    } else {
      pattern.lastIndex = m.index + 1;
    }
  }
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/**
 * Find every date inside a longer text (a document line, a lease paragraph).
 * Results are in text order and never overlap; when two readings overlap the
 * one that starts first (then the longer one) wins, so a leading weekday is
 * included in the match (`Monday, January 5, 2026`). Words such as `the` or
 * `this` before an ordinal date are not part of the match.
 *
 * @param text - the text to search
 * @param options - `order` for ambiguous numeric dates (default `'MDY'`)
 * @returns the dates found, in order
 * @example
 * findDates('Lease starts 01/05/2026 and ends the 31st day of December, 2026.')
 * // → [
 * //   {value: '2026-01-05', index: 13, length: 10, text: '01/05/2026'},
 * //   {value: '2026-12-31', index: 37, length: 26, text: '31st day of December, 2026'},
 * // ]
 */
export function findDates(text: string, options: DateOptions = {}): DateMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const order: DateOrder = options.order === 'DMY' ? 'DMY' : 'MDY';
  const candidates: Candidate[] = [];
  scan(MONTH_FIRST, text, textualDate, candidates);
  scan(DAY_FIRST, text, textualDate, candidates);
  scan(DAY_MON_YEAR, text, textualDate, candidates);
  scan(NUMERIC, text, (m) => numericDate(m, order), candidates);

  candidates.sort((x, y) => x.index - y.index || y.length - x.length);
  const result: DateMatch[] = [];
  let end = 0;
  for (const c of candidates) {
    if (c.index < end) continue;
    result.push({ value: c.value, index: c.index, length: c.length, text: text.slice(c.index, c.index + c.length) });
    end = c.index + c.length;
  }
  return result;
}

/** Words that may precede a date in a field value without being part of it. */
const LEADING_FILLER = /^(?:(?:on|the|this|dated|el|d[ií]a|a\s+los)\s+)+/iu;
/** Quotes, brackets and punctuation around a field value. */
const EDGE_PUNCTUATION = /^[\s"'“”‘’«»()[\]{}<>,;:.]+|[\s"'“”‘’«»()[\]{}<>,;:.]+$/gu;

/**
 * Normalise ONE date to ISO `YYYY-MM-DD`. The whole text must be the date
 * (surrounding quotes/brackets/punctuation and a leading `on`/`the`/`this`/
 * `dated`/`el`/`a los` are ignored); anything else, or an impossible date (Feb 30, a
 * year outside 1900–2100), gives `null`.
 *
 * @param text - the date text, in any supported spelling
 * @param options - `order` for ambiguous numeric dates (default `'MDY'`)
 * @returns the ISO date, or `null`
 * @example
 * parseDate('5th day of January, 2026') // → '2026-01-05'
 * parseDate('lunes, 5 de enero de 2026') // → '2026-01-05'
 * parseDate('01/05/2026') // → '2026-01-05'
 * parseDate('01/05/2026', {order: 'DMY'}) // → '2026-05-01'
 * parseDate('02/30/2026') // → null
 */
export function parseDate(text: string, options: DateOptions = {}): string | null {
  if (typeof text !== 'string') return null;
  const core = text.replace(EDGE_PUNCTUATION, '').replace(LEADING_FILLER, '');
  if (core.length === 0) return null;
  const found = findDates(core, options);
  const only = found[0];
  if (found.length !== 1 || only === undefined || only.index !== 0 || only.length !== core.length) return null;
  return only.value;
}
