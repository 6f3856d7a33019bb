import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';

import { findDates, parseDate, type DateOptions } from '../../../pipeline/parse/date.js';
import { longText, PATHOLOGICAL, quickly, shortText, warmUp } from './fuzz-helpers.js';

// ---------------------------------------------------------------------------
// Table-driven spellings
// ---------------------------------------------------------------------------

const SPELLINGS: ReadonlyArray<readonly [string, string, DateOptions?]> = [
  // numeric, US order by default
  ['01/05/2026', '2026-01-05'],
  ['1/5/26', '2026-01-05'],
  ['01-05-2026', '2026-01-05'],
  ['01.05.2026', '2026-01-05'],
  ['2026-01-05', '2026-01-05'],
  ['2026/01/05', '2026-01-05'],
  ['12/31/99', '1999-12-31'],
  ['1/5/69', '2069-01-05'],
  ['1/5/70', '1970-01-05'],
  // numeric, Spanish order when asked
  ['01/05/2026', '2026-05-01', { order: 'DMY' }],
  ['1.5.26', '2026-05-01', { order: 'DMY' }],
  ['2026-01-05', '2026-01-05', { order: 'DMY' }],
  // one component > 12 decides the order whatever the option
  ['13/05/2026', '2026-05-13'],
  ['05/13/2026', '2026-05-13', { order: 'DMY' }],
  // English month names
  ['January 5, 2026', '2026-01-05'],
  ['Jan 5, 2026', '2026-01-05'],
  ['Jan. 5 2026', '2026-01-05'],
  ['JANUARY 5, 2026', '2026-01-05'],
  ['january 5 2026', '2026-01-05'],
  ['5 January 2026', '2026-01-05'],
  ['5 Jan 2026', '2026-01-05'],
  ['05-JAN-2026', '2026-01-05'],
  ['05-JAN-26', '2026-01-05'],
  ['Sept. 30, 2026', '2026-09-30'],
  ['Sep 30, 2026', '2026-09-30'],
  ['January 5th, 2026', '2026-01-05'],
  ['Monday, January 5, 2026', '2026-01-05'],
  ['Mon. Jan 5, 2026', '2026-01-05'],
  ['January fifth, 2026', '2026-01-05'],
  ["Jan 5 '26", '2026-01-05'],
  // ordinals
  ['5th day of January, 2026', '2026-01-05'],
  ['the 5th day of January 2026', '2026-01-05'],
  ['this 21st day of March, 2026', '2026-03-21'],
  ['22nd day of March, 2026', '2026-03-22'],
  ['3rd of March 2026', '2026-03-03'],
  ['fifth day of January, 2026', '2026-01-05'],
  ['first day of January, 2026', '2026-01-01'],
  ['twelfth day of June, 2026', '2026-06-12'],
  ['twenty-first day of March, 2026', '2026-03-21'],
  ['Twenty Second day of March, 2026', '2026-03-22'],
  ['thirtieth day of April, 2026', '2026-04-30'],
  ['thirty-first day of December, 2026', '2026-12-31'],
  ['the 5th day of the month of January, 2026', '2026-01-05'],
  // Spanish
  ['5 de enero de 2026', '2026-01-05'],
  ['5 de Enero del 2026', '2026-01-05'],
  ['05/ene/2026', '2026-01-05'],
  ['1º de mayo de 2026', '2026-05-01'],
  ['1° de mayo de 2026', '2026-05-01'],
  ['1o de mayo de 2026', '2026-05-01'],
  ['1ro de mayo de 2026', '2026-05-01'],
  ['primero de mayo de 2026', '2026-05-01'],
  ['10 de mayo de 2026', '2026-05-10'],
  ['lunes, 5 de enero de 2026', '2026-01-05'],
  ['miércoles, 7 de enero de 2026', '2026-01-07'],
  ['miercoles 7 de enero de 2026', '2026-01-07'],
  ['sábado, 10 de enero de 2026', '2026-01-10'],
  ['5 de setiembre de 2026', '2026-09-05'],
  ['5 de septiembre de 2026', '2026-09-05'],
  ['5/set/2026', '2026-09-05'],
  ['5-sept-2026', '2026-09-05'],
  ['24 DIC 2026', '2026-12-24'],
  ['15 ago. 2026', '2026-08-15'],
  ['3 abr 2026', '2026-04-03'],
  ['a los 5 días del mes de enero de 2026', '2026-01-05'],
  ['el 5 de enero de 2026', '2026-01-05'],
  ['5 de enero, 2026', '2026-01-05'],
  // OCR noise
  ['0l/O5/2026', '2026-01-05'],
  ['01 / 05 / 2026', '2026-01-05'],
  ['01/05/2O26', '2026-01-05'],
  ['January 5 2026', '2026-01-05'],
  ['Jan 5 , 2026', '2026-01-05'],
  ['January l5, 2026', '2026-01-15'],
  ['1O de mayo de 2026', '2026-05-10'],
  // surrounding punctuation is ignored
  ['(01/05/2026)', '2026-01-05'],
  ['January 5, 2026.', '2026-01-05'],
  // leap years
  ['02/29/2024', '2024-02-29'],
  ['29 de febrero de 2000', '2000-02-29'],
  // range limits
  ['1/1/1900', '1900-01-01'],
  ['December 31, 2100', '2100-12-31'],
];

const NOT_DATES: readonly string[] = [
  '',
  '   ',
  '02/30/2026',
  '02/29/2026',
  '02/29/1900',
  '13/13/2026',
  '00/05/2026',
  'April 31, 2026',
  'December 31, 1899',
  'January 1, 2101',
  '1,450.00',
  '$1,450.00',
  '(555) 010-1234',
  '555-010-1234',
  '25FL01234',
  '90210',
  '90210-1234',
  '10:30',
  '10:30 AM',
  '1.2.3',
  '192.168.1.10',
  '7.65%',
  '2026',
  'January 2026',
  'January 5',
  '5 de enero',
  'Il/lI/IIII',
  'lO/Ol/2O2O', // too many OCR letters to trust
  'Invoice 2024-10-1234',
  '123-45-6789',
  'January 5, 2026 and March 3, 2026', // two dates are not ONE date
  'the rent is due',
];

describe('parseDate', () => {
  for (const [text, expected, options] of SPELLINGS) {
    const suffix = options?.order ? ` with order ${options.order}` : '';
    it(`reads ${JSON.stringify(text)} as ${expected}${suffix}`, () => {
      assert.equal(parseDate(text, options), expected);
    });
  }

  for (const text of NOT_DATES) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      assert.equal(parseDate(text), null);
    });
  }

  it('returns null for non-string input instead of throwing', () => {
    assert.equal(parseDate(undefined as unknown as string), null);
    assert.equal(parseDate(42 as unknown as string), null);
  });
});

describe('findDates', () => {
  it('reports value, position, length and original text', () => {
    const text = 'Lease starts 01/05/2026 and ends the 31st day of December, 2026.';
    assert.deepEqual(findDates(text), [
      { value: '2026-01-05', index: 13, length: 10, text: '01/05/2026' },
      { value: '2026-12-31', index: 37, length: 26, text: '31st day of December, 2026' },
    ]);
  });

  it('finds dates in order without overlaps across all patterns', () => {
    const text = 'Firmado el lunes, 5 de enero de 2026; vence 05-FEB-2026, renueva 2026-03-01 y Apr. 1st, 2026.';
    const found = findDates(text);
    assert.deepEqual(
      found.map((d) => d.value),
      ['2026-01-05', '2026-02-05', '2026-03-01', '2026-04-01'],
    );
    for (const d of found) assert.equal(text.slice(d.index, d.index + d.length), d.text);
    for (let i = 1; i < found.length; i++) {
      const prev = found[i - 1]!;
      assert.ok(prev.index + prev.length <= found[i]!.index);
    }
  });

  it('includes a leading weekday in the match', () => {
    const [d] = findDates('Hearing: Monday, January 5, 2026 at 9:00');
    assert.equal(d?.text, 'Monday, January 5, 2026');
  });

  it('leaves "the"/"this" out of an ordinal date match', () => {
    const [d] = findDates('signed this 21st day of March, 2026 by');
    assert.equal(d?.text, '21st day of March, 2026');
  });

  it('reads ambiguous numeric dates day-first with order DMY', () => {
    assert.deepEqual(findDates('Fecha: 01/05/2026', { order: 'DMY' }).map((d) => d.value), ['2026-05-01']);
  });

  it('does not report amounts, phone numbers, case numbers, ZIP codes or times', () => {
    const text = 'Pay $1,450.00 (1,450.00) call (555) 010-1234 or 555.010.1234, case 25FL01234, ZIP 90210-1234, at 10:30, 7.65%';
    assert.deepEqual(findDates(text), []);
  });

  it('does not read dates out of longer number chains', () => {
    assert.deepEqual(findDates('version 1.2.3.4 and 10.0.0.1 and 12-05-2026-77'), []);
  });

  it('does not match month abbreviations inside words', () => {
    assert.deepEqual(findDates('market 5 2026, mayor 12 2026, decimal 3 2026'), []);
  });

  it('keeps the OCR spelling in text but normalises the value', () => {
    assert.deepEqual(findDates('DOB: 0l/O5/2026.'), [{ value: '2026-01-05', index: 5, length: 10, text: '0l/O5/2026' }]);
  });

  it('finds a date split over a line break', () => {
    assert.deepEqual(findDates('beginning on January 5,\n2026 and').map((d) => d.value), ['2026-01-05']);
  });

  it('returns [] for empty input', () => {
    assert.deepEqual(findDates(''), []);
  });
});

// ---------------------------------------------------------------------------
// Property-based tests
// ---------------------------------------------------------------------------

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const EN_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
  'noviembre', 'diciembre'];
const ES_ABBR = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ES_WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth'];

interface Ymd {
  y: number;
  m: number;
  d: number;
  /** 0 = Sunday */
  weekday: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const yy = (y: number): string => pad(y % 100);
const iso = ({ y, m, d }: Ymd): string => `${y}-${pad(m)}-${pad(d)}`;
const month = (names: string[], m: number): string => names[m - 1]!;

function ordinalSuffix(d: number): string {
  if (d >= 11 && d <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][d % 10] ?? 'th';
}

function ordinalWord(d: number): string {
  if (d <= 20) return ORDINAL_WORDS[d]!;
  if (d === 30) return 'thirtieth';
  return `${d < 30 ? 'twenty' : 'thirty'}-${ORDINAL_WORDS[d % 10]}`;
}

interface Spelling {
  name: string;
  format: (date: Ymd) => string;
  options?: DateOptions;
  /** Two-digit years only round-trip for 1970–2069. */
  twoDigitYear?: boolean;
}

const FORMATS: readonly Spelling[] = [
  { name: 'MM/DD/YYYY', format: ({ y, m, d }) => `${pad(m)}/${pad(d)}/${y}` },
  { name: 'M/D/YYYY', format: ({ y, m, d }) => `${m}/${d}/${y}` },
  { name: 'M/D/YY', format: ({ y, m, d }) => `${m}/${d}/${yy(y)}`, twoDigitYear: true },
  { name: 'MM-DD-YYYY', format: ({ y, m, d }) => `${pad(m)}-${pad(d)}-${y}` },
  { name: 'MM.DD.YYYY', format: ({ y, m, d }) => `${pad(m)}.${pad(d)}.${y}` },
  { name: 'YYYY-MM-DD', format: ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}` },
  { name: 'DD/MM/YYYY (DMY)', format: ({ y, m, d }) => `${pad(d)}/${pad(m)}/${y}`, options: { order: 'DMY' } },
  { name: 'D.M.YY (DMY)', format: ({ y, m, d }) => `${d}.${m}.${yy(y)}`, options: { order: 'DMY' }, twoDigitYear: true },
  { name: 'MM / DD / YYYY (OCR spaces)', format: ({ y, m, d }) => `${pad(m)} / ${pad(d)} / ${y}` },
  {
    name: 'MM/DD/YYYY (OCR O for 0, l for 1 in the year)',
    format: ({ y, m, d }) => `${pad(m).replace('0', 'O')}/${pad(d)}/${String(y).replace('1', 'l')}`,
  },
  { name: 'Month D, YYYY', format: ({ y, m, d }) => `${month(EN_MONTHS, m)} ${d}, ${y}` },
  { name: 'MONTH D, YYYY', format: ({ y, m, d }) => `${month(EN_MONTHS, m).toUpperCase()} ${d}, ${y}` },
  { name: 'Mon D, YYYY', format: ({ y, m, d }) => `${month(EN_ABBR, m)} ${d}, ${y}` },
  { name: 'Mon. D YYYY', format: ({ y, m, d }) => `${month(EN_ABBR, m)}. ${d} ${y}` },
  { name: 'Month Dth, YYYY', format: ({ y, m, d }) => `${month(EN_MONTHS, m)} ${d}${ordinalSuffix(d)}, ${y}` },
  {
    name: 'Weekday, Month D, YYYY',
    format: ({ y, m, d, weekday }) => `${EN_WEEKDAYS[weekday]}, ${month(EN_MONTHS, m)} ${d}, ${y}`,
  },
  { name: 'D Month YYYY', format: ({ y, m, d }) => `${d} ${month(EN_MONTHS, m)} ${y}` },
  { name: 'D Mon YYYY', format: ({ y, m, d }) => `${d} ${month(EN_ABBR, m)} ${y}` },
  { name: 'DD-MON-YYYY', format: ({ y, m, d }) => `${pad(d)}-${month(EN_ABBR, m).slice(0, 3).toUpperCase()}-${y}` },
  { name: 'Dth day of Month, YYYY', format: ({ y, m, d }) => `${d}${ordinalSuffix(d)} day of ${month(EN_MONTHS, m)}, ${y}` },
  {
    name: 'the Dth day of Month YYYY',
    format: ({ y, m, d }) => `the ${d}${ordinalSuffix(d)} day of ${month(EN_MONTHS, m)} ${y}`,
  },
  {
    name: 'this Dth day of Month, YYYY',
    format: ({ y, m, d }) => `this ${d}${ordinalSuffix(d)} day of ${month(EN_MONTHS, m)}, ${y}`,
  },
  { name: 'ordinal-word day of Month, YYYY', format: ({ y, m, d }) => `${ordinalWord(d)} day of ${month(EN_MONTHS, m)}, ${y}` },
  { name: 'D de mes de YYYY', format: ({ y, m, d }) => `${d} de ${month(ES_MONTHS, m)} de ${y}` },
  {
    name: 'D de Mes del YYYY',
    format: ({ y, m, d }) => {
      const name = month(ES_MONTHS, m);
      return `${d} de ${name[0]!.toUpperCase()}${name.slice(1)} del ${y}`;
    },
  },
  { name: 'D de mes de YYYY (setiembre)', format: ({ y, m, d }) => `${d} de ${m === 9 ? 'setiembre' : month(ES_MONTHS, m)} de ${y}` },
  { name: 'DD/mes/YYYY', format: ({ y, m, d }) => `${pad(d)}/${month(ES_ABBR, m)}/${y}` },
  { name: 'Dº de mes de YYYY', format: ({ y, m, d }) => `${d}º de ${month(ES_MONTHS, m)} de ${y}` },
  {
    name: 'día, D de mes de YYYY',
    format: ({ y, m, d, weekday }) => `${ES_WEEKDAYS[weekday]}, ${d} de ${month(ES_MONTHS, m)} de ${y}`,
  },
  {
    name: 'DIA D DE MES DE YYYY (upper case, no accents)',
    format: ({ y, m, d, weekday }) =>
      `${ES_WEEKDAYS[weekday]!.normalize('NFD').replace(/\p{M}/gu, '')} ${d} de ${month(ES_MONTHS, m)} de ${y}`.toUpperCase(),
  },
];

const MIN_DAY = Date.UTC(1900, 0, 1) / 86_400_000;
const MAX_DAY = Date.UTC(2100, 11, 31) / 86_400_000;

const validDate: fc.Arbitrary<Ymd> = fc.integer({ min: MIN_DAY, max: MAX_DAY }).map((day) => {
  const t = new Date(day * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: t.getUTCDay() };
});

const spelling = fc.constantFrom(...FORMATS);

/** A date and a spelling that can represent it. */
const spelledDate = fc
  .tuple(validDate, spelling)
  .filter(([date, s]) => !s.twoDigitYear || (date.y >= 1970 && date.y <= 2069));

describe('date properties', () => {
  for (const s of FORMATS) {
    it(`round-trips random valid dates spelled ${s.name}`, () => {
      fc.assert(
        fc.property(
          validDate.filter((date) => !s.twoDigitYear || (date.y >= 1970 && date.y <= 2069)),
          (date) => {
            const text = s.format(date);
            assert.equal(parseDate(text, s.options), iso(date), text);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('finds a date embedded among random words', () => {
    const word = fc.oneof(
      fc.stringMatching(/^[a-zA-Z]{1,10}$/),
      fc.constantFrom('the', 'of', 'de', 'del', 'may', 'mar', 'sun', 'on', 'and', 'rent', 'due', '$1,450.00', '12', '2026', 'Tenant:', 'el'),
    );
    fc.assert(
      fc.property(spelledDate, fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 12 }), ([date, s], before, after) => {
        const dateText = s.format(date);
        const prefix = before.length > 0 ? `${before.join(' ')} ` : '';
        const text = `${prefix}${dateText}${after.length > 0 ? ` ${after.join(' ')}` : ''}`;
        const start = prefix.length;
        const end = start + dateText.length;
        const found = findDates(text, s.options);
        assert.ok(
          found.some((f) => f.value === iso(date) && f.index < end && f.index + f.length > start),
          `${JSON.stringify(text)} → ${JSON.stringify(found)}`,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('never reports an invalid calendar date or a match whose text differs from the input', () => {
    fc.assert(
      fc.property(shortText, (text) => {
        for (const d of findDates(text)) {
          assert.match(d.value, /^\d{4}-\d{2}-\d{2}$/);
          assert.equal(parseDate(d.value), d.value);
          assert.equal(text.slice(d.index, d.index + d.length), d.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parseDate and findDates never throw and finish quickly on arbitrary short strings', () => {
    warmUp((s) => findDates(s));
    warmUp((s) => parseDate(s));
    fc.assert(
      fc.property(shortText, (text) => {
        quickly('parseDate', text, (s) => parseDate(s));
        quickly('parseDate DMY', text, (s) => parseDate(s, { order: 'DMY' }));
        quickly('findDates', text, (s) => findDates(s));
      }),
      { numRuns: 300 },
    );
  });

  it('parseDate and findDates finish quickly on long (up to 10k chars) arbitrary strings', () => {
    warmUp((s) => findDates(s));
    fc.assert(
      fc.property(longText, (text) => {
        quickly('parseDate', text, (s) => parseDate(s));
        quickly('findDates', text, (s) => findDates(s));
      }),
      { numRuns: 25 },
    );
  });

  it('parseDate and findDates finish quickly on hand-written backtracking traps', () => {
    warmUp((s) => findDates(s));
    for (const text of PATHOLOGICAL) {
      quickly('parseDate', text, (s) => parseDate(s));
      quickly('findDates', text, (s) => findDates(s));
    }
  });
});
