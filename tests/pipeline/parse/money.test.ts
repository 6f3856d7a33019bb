import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';

import { findMoney, numberWordsToNumber, parseMoney } from '../../../pipeline/parse/money.js';
import { longText, PATHOLOGICAL, quickly, shortText, warmUp } from './fuzz-helpers.js';

// ---------------------------------------------------------------------------
// Table-driven spellings
// ---------------------------------------------------------------------------

const AMOUNTS: ReadonlyArray<readonly [string, number]> = [
  ['$1,450', 1450],
  ['$1,450.00', 1450],
  ['1450.00', 1450],
  ['1450', 1450],
  ['$ 1,450.00', 1450],
  ['USD 1,450.00', 1450],
  ['US$ 1,450.00', 1450],
  ['1,450.00 USD', 1450],
  ['1.450,00 $', 1450],
  ['$1.450,00', 1450],
  ['$1.450', 1450],
  ['1.450,50', 1450.5],
  ['$12.5', 12.5],
  ['$0.99', 0.99],
  ['$1,234,567.89', 1234567.89],
  ['1.234.567,89 $', 1234567.89],
  ['1,450 dollars', 1450],
  ['1.450,00 dólares', 1450],
  // deductions are returned as positive magnitudes
  ['(1,450.00)', 1450],
  ['($1,450.00)', 1450],
  ['-$1,450.00', 1450],
  ['$-1,450.00', 1450],
  // words
  ['One thousand four hundred fifty dollars ($1,450.00)', 1450],
  ['one thousand four hundred fifty and 00/100 dollars', 1450],
  ['One Thousand Four Hundred Fifty and 50/100 Dollars', 1450.5],
  ['Eight Hundred Dollars', 800],
  ['EIGHT HUNDRED DOLLARS ($800.00)', 800],
  ['$800.00 (Eight Hundred Dollars)', 800],
  ['twelve hundred dollars', 1200],
  ['twelve hundred', 1200],
  ['seven hundred twenty-five dollars and 50 cents', 725.5],
  ['mil cuatrocientos cincuenta dólares', 1450],
  ['mil cuatrocientos cincuenta dolares', 1450],
  ['un mil doscientos dólares', 1200],
  ['novecientos dólares con 00/100', 900],
  ['Ochocientos Dólares ($800.00)', 800],
  // the figure wins over disagreeing words
  ['Eight Hundred Dollars ($850.00)', 850],
  // OCR noise
  ['S1,450.00', 1450],
  ['$1,45O.00', 1450],
  ['$1 ,450.00', 1450],
  ['$l,450.00', 1450],
  ['1.450.00', 1450],
  // field values with labels around them
  ['Monthly rent: $1,450.00 per month', 1450],
  ['Gross Pay 2,345.67', 2345.67],
];

const NOT_AMOUNTS: readonly string[] = [
  '',
  'n/a',
  '7.65%',
  '7.65 %',
  '01/05/2026',
  'January 5, 2026',
  '(555) 010-1234',
  '555-010-1234',
  '123-45-6789',
  '10:30',
  'five five dollars',
  'S12',
];

describe('parseMoney', () => {
  for (const [text, expected] of AMOUNTS) {
    it(`reads ${JSON.stringify(text)} as ${expected}`, () => {
      assert.equal(parseMoney(text), expected);
    });
  }

  for (const text of NOT_AMOUNTS) {
    it(`finds no amount in ${JSON.stringify(text)}`, () => {
      assert.equal(parseMoney(text), null);
    });
  }

  it('rounds to cents', () => {
    assert.equal(parseMoney('$0.10'), 0.1);
    assert.equal(parseMoney('$1,000,000.07'), 1000000.07);
  });

  it('returns null for non-string input instead of throwing', () => {
    assert.equal(parseMoney(undefined as unknown as string), null);
  });
});

describe('findMoney', () => {
  it('finds every amount in a pay-stub line with positions and currency flags', () => {
    assert.deepEqual(findMoney('Gross 1,450.00  FICA 7.65%  Net $1,339.07'), [
      { value: 1450, index: 6, length: 8, text: '1,450.00', hasCurrencySign: false },
      { value: 1339.07, index: 32, length: 9, text: '$1,339.07', hasCurrencySign: true },
    ]);
  });

  it('reports bare two-decimal numbers without a currency sign', () => {
    const found = findMoney('Regular 80.00 18.13 1,450.40 12,345.67');
    assert.deepEqual(found.map((m) => [m.value, m.hasCurrencySign]), [
      [80, false],
      [18.13, false],
      [1450.4, false],
      [12345.67, false],
    ]);
  });

  it('does not report dates, phone numbers, years, ZIP codes, case numbers, percentages or times', () => {
    const line = 'On 01/05/2026 (Jan 5, 2026) call (555) 010-1234, case 25FL01234, ZIP 90210-1234, year 2026, 7.65%, 10.30 am, 10:30';
    assert.deepEqual(findMoney(line), []);
  });

  it('excludes the parentheses of a deduction from the match', () => {
    assert.deepEqual(findMoney('Federal tax (123.45)'), [
      { value: 123.45, index: 13, length: 6, text: '123.45', hasCurrencySign: false },
    ]);
  });

  it('includes a trailing currency marker in the match', () => {
    assert.deepEqual(findMoney('Renta: 1.450,00 $ mensuales'), [
      { value: 1450, index: 7, length: 10, text: '1.450,00 $', hasCurrencySign: true },
    ]);
  });

  it('reports a word amount once, as the figure, when the figure restates it', () => {
    const found = findMoney('the sum of One Thousand Four Hundred Fifty Dollars ($1,450.00) per month');
    assert.deepEqual(found.map((m) => m.text), ['$1,450.00']);
  });

  it('reports a word amount with no figure', () => {
    const found = findMoney('a deposit of Eight Hundred Dollars and the rent');
    assert.deepEqual(found, [{ value: 800, index: 13, length: 21, text: 'Eight Hundred Dollars', hasCurrencySign: true }]);
  });

  it('does not read the "00/100" of a word amount as a figure', () => {
    const found = findMoney('one thousand four hundred fifty and 00/100 dollars');
    assert.deepEqual(found.map((m) => m.value), [1450]);
  });

  it('returns amounts in order without overlaps', () => {
    const text = 'Rent $1,450.00, deposit S1,450.00, fee 50.00, total USD 2,950.00';
    const found = findMoney(text);
    assert.deepEqual(found.map((m) => m.value), [1450, 1450, 50, 2950]);
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1]!.index + found[i - 1]!.length <= found[i]!.index);
    for (const m of found) assert.equal(text.slice(m.index, m.index + m.length), m.text);
  });

  it('returns [] for empty input', () => {
    assert.deepEqual(findMoney(''), []);
  });
});

describe('numberWordsToNumber', () => {
  const WORDS: ReadonlyArray<readonly [string, number | null]> = [
    ['zero', 0],
    ['one', 1],
    ['Fifteen', 15],
    ['twenty-five', 25],
    ['one hundred', 100],
    ['a hundred', 100],
    ['one hundred and five', 105],
    ['twelve hundred', 1200],
    ['nineteen hundred fifty', 1950],
    ['One thousand four hundred fifty', 1450],
    ['one million two hundred thousand', 1200000],
    ['nine million nine hundred ninety-nine thousand nine hundred ninety-nine', 9999999],
    ['cero', 0],
    ['veintiún', 21],
    ['treinta y uno', 31],
    ['ciento uno', 101],
    ['cien mil', 100000],
    ['mil cuatrocientos cincuenta', 1450],
    ['un mil doscientos', 1200],
    ['dos millones trescientos mil veintiún', 2300021],
    ['un millón', 1000000],
    ['DIECISÉIS', 16],
    ['five five', null],
    ['twenty twelve', null],
    ['thousand million', null],
    ['two hundred hundred', null],
    ['one banana', null],
    ['and', null],
    ['', null],
  ];
  for (const [text, expected] of WORDS) {
    it(`reads ${JSON.stringify(text)} as ${expected}`, () => {
      assert.equal(numberWordsToNumber(text), expected);
    });
  }
});

// ---------------------------------------------------------------------------
// Property-based tests
// ---------------------------------------------------------------------------

const EN_ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function englishBelow1000(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${EN_ONES[Math.floor(n / 100)]} hundred`);
  const r = n % 100;
  if (r > 0 && r < 20) parts.push(EN_ONES[r]!);
  else if (r >= 20) parts.push(EN_TENS[Math.floor(r / 10)]! + (r % 10 ? `-${EN_ONES[r % 10]}` : ''));
  return parts.join(' ');
}

/** English cardinal words for 0 … 999,999,999. */
function english(n: number): string {
  if (n === 0) return 'zero';
  const parts: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  if (millions) parts.push(`${englishBelow1000(millions)} million`);
  if (thousands) parts.push(`${englishBelow1000(thousands)} thousand`);
  if (n % 1000) parts.push(englishBelow1000(n % 1000));
  return parts.join(' ');
}

const ES_UNITS = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce',
  'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós',
  'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos',
  'ochocientos', 'novecientos'];

/** Spanish words for 1 … 999; `beforeScale` applies the apocope uno → un before mil/millones. */
function spanishBelow1000(n: number, beforeScale: boolean): string {
  if (n === 100) return 'cien';
  const parts: string[] = [];
  if (n >= 100) parts.push(ES_HUNDREDS[Math.floor(n / 100)]!);
  const r = n % 100;
  if (r > 0 && r < 30) parts.push(ES_UNITS[r]!);
  else if (r >= 30) parts.push(ES_TENS[Math.floor(r / 10)]! + (r % 10 ? ` y ${ES_UNITS[r % 10]}` : ''));
  let words = parts.join(' ');
  if (beforeScale) words = words.replace(/veintiuno$/u, 'veintiún').replace(/uno$/u, 'un');
  return words;
}

/** Spanish cardinal words for 0 … 999,999,999. */
function spanish(n: number): string {
  if (n === 0) return 'cero';
  const parts: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  if (millions) parts.push(millions === 1 ? 'un millón' : `${spanishBelow1000(millions, true)} millones`);
  if (thousands) parts.push(thousands === 1 ? 'mil' : `${spanishBelow1000(thousands, true)} mil`);
  if (n % 1000) parts.push(spanishBelow1000(n % 1000, false));
  return parts.join(' ');
}

function group(integer: number, separator: string): string {
  return String(integer).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const titleCase = (s: string): string => s.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

interface AmountSpelling {
  name: string;
  format: (integer: number, cents: number) => string;
  /** What findMoney must say about it, when it must find exactly this one amount. */
  findable?: { hasCurrencySign: boolean };
}

const cc = (cents: number): string => String(cents).padStart(2, '0');

const MONEY_FORMATS: readonly AmountSpelling[] = [
  { name: '$1,234.56', format: (i, c) => `$${group(i, ',')}.${cc(c)}`, findable: { hasCurrencySign: true } },
  { name: '$ 1,234.56', format: (i, c) => `$ ${group(i, ',')}.${cc(c)}`, findable: { hasCurrencySign: true } },
  { name: '1,234.56 (bare)', format: (i, c) => `${group(i, ',')}.${cc(c)}`, findable: { hasCurrencySign: false } },
  { name: '$1234.56', format: (i, c) => `$${i}.${cc(c)}`, findable: { hasCurrencySign: true } },
  { name: '1234.56 (bare)', format: (i, c) => `${i}.${cc(c)}`, findable: { hasCurrencySign: false } },
  { name: 'USD 1,234.56', format: (i, c) => `USD ${group(i, ',')}.${cc(c)}`, findable: { hasCurrencySign: true } },
  { name: '1.234,56 $', format: (i, c) => `${group(i, '.')},${cc(c)} $`, findable: { hasCurrencySign: true } },
  { name: '$1.234,56', format: (i, c) => `$${group(i, '.')},${cc(c)}`, findable: { hasCurrencySign: true } },
  { name: '1.234,56 (bare)', format: (i, c) => `${group(i, '.')},${cc(c)}`, findable: { hasCurrencySign: false } },
  { name: 'S1,234.56 (OCR)', format: (i, c) => `S${group(i, ',')}.${cc(c)}`, findable: { hasCurrencySign: true } },
  {
    name: '(1,234.56) deduction',
    format: (i, c) => `(${group(i, ',')}.${cc(c)})`,
    findable: { hasCurrencySign: false },
  },
  {
    name: 'English words and NN/100 dollars',
    format: (i, c) => `${english(i)} and ${cc(c)}/100 dollars`,
    findable: { hasCurrencySign: true },
  },
  {
    name: 'English Title Case words and NN/100 Dollars ($figure)',
    format: (i, c) => `${titleCase(english(i))} and ${cc(c)}/100 Dollars ($${group(i, ',')}.${cc(c)})`,
    findable: { hasCurrencySign: true },
  },
  {
    name: 'Spanish words con NN/100 dólares',
    format: (i, c) => `${spanish(i)} con ${cc(c)}/100 dólares`,
    findable: { hasCurrencySign: true },
  },
];

/** Whole-dollar spellings (cents must be zero). */
const WHOLE_DOLLAR_FORMATS: readonly AmountSpelling[] = [
  { name: '$1,234', format: (i) => `$${group(i, ',')}` },
  { name: '$1.234 (Spanish grouping)', format: (i) => `$${group(i, '.')}` },
  { name: '1234 (bare integer, parseMoney only)', format: (i) => String(i) },
  { name: 'English words dollars', format: (i) => `${english(i)} dollars` },
  { name: 'English words only', format: (i) => english(i) },
  { name: 'Spanish words dólares', format: (i) => `${spanish(i)} dólares` },
];

/** Amounts 0 … 10,000,000.99 as [integer dollars, cents]. */
const amount = fc.integer({ min: 0, max: 1_000_000_099 }).map((c) => [Math.floor(c / 100), c % 100] as const);

describe('money properties', () => {
  for (const s of MONEY_FORMATS) {
    it(`round-trips random amounts written ${s.name}`, () => {
      fc.assert(
        fc.property(amount, ([integer, cents]) => {
          const text = s.format(integer, cents);
          const expected = (integer * 100 + cents) / 100;
          assert.equal(parseMoney(text), expected, text);
          if (s.findable) {
            const found = findMoney(text);
            assert.equal(found.length, 1, `${text} → ${JSON.stringify(found)}`);
            assert.equal(found[0]!.value, expected, text);
            assert.equal(found[0]!.hasCurrencySign, s.findable.hasCurrencySign, text);
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  for (const s of WHOLE_DOLLAR_FORMATS) {
    it(`round-trips random whole-dollar amounts written ${s.name}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000_000 }), (integer) => {
          const text = s.format(integer, 0);
          assert.equal(parseMoney(text), integer, text);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('numberWordsToNumber inverts English and Spanish number words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        assert.equal(numberWordsToNumber(english(n)), n, english(n));
        assert.equal(numberWordsToNumber(spanish(n)), n, spanish(n));
      }),
      { numRuns: 300 },
    );
  });

  it('finds an amount embedded among random words', () => {
    const word = fc.oneof(
      // Random words, minus those that change the meaning of an adjacent number ("am", "percent", "dollars", "five").
      fc
        .stringMatching(/^[a-zA-Z]{1,10}$/)
        .filter((w) => numberWordsToNumber(w) === null && !/^(?:usd|dollars?|[ap]m|percent|pct)$/i.test(w)),
      fc.constantFrom('Rent', 'due', 'on', 'per', 'month', 'the', 'of', 'Net', 'Pay:', '-'),
    );
    const formats = MONEY_FORMATS.filter((s) => s.findable);
    fc.assert(
      fc.property(amount, fc.constantFrom(...formats), fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 8 }),
        ([integer, cents], s, before, after) => {
          const moneyText = s.format(integer, cents);
          const text = [...before, moneyText, ...after].join(' ');
          const found = findMoney(text);
          assert.ok(
            found.some((m) => m.value === (integer * 100 + cents) / 100),
            `${JSON.stringify(text)} → ${JSON.stringify(found)}`,
          );
        }),
      { numRuns: 300 },
    );
  });

  it('never reports negative or non-finite values, and match text always equals the input slice', () => {
    fc.assert(
      fc.property(shortText, (text) => {
        for (const m of findMoney(text)) {
          assert.ok(Number.isFinite(m.value) && m.value >= 0);
          assert.equal(Math.round(m.value * 100) / 100, m.value);
          assert.equal(text.slice(m.index, m.index + m.length), m.text);
        }
        const one = parseMoney(text);
        assert.ok(one === null || (Number.isFinite(one) && one >= 0));
      }),
      { numRuns: 300 },
    );
  });

  it('parseMoney, findMoney and numberWordsToNumber never throw and finish quickly on arbitrary short strings', () => {
    warmUp((s) => findMoney(s));
    warmUp((s) => parseMoney(s));
    fc.assert(
      fc.property(shortText, (text) => {
        quickly('parseMoney', text, (s) => parseMoney(s));
        quickly('findMoney', text, (s) => findMoney(s));
        quickly('numberWordsToNumber', text, (s) => numberWordsToNumber(s));
      }),
      { numRuns: 300 },
    );
  });

  it('parseMoney and findMoney finish quickly on long (up to 10k chars) arbitrary strings', () => {
    warmUp((s) => findMoney(s));
    fc.assert(
      fc.property(longText, (text) => {
        quickly('parseMoney', text, (s) => parseMoney(s));
        quickly('findMoney', text, (s) => findMoney(s));
      }),
      { numRuns: 25 },
    );
  });

  it('parseMoney and findMoney finish quickly on hand-written backtracking traps', () => {
    warmUp((s) => findMoney(s));
    for (const text of PATHOLOGICAL) {
      quickly('parseMoney', text, (s) => parseMoney(s));
      quickly('findMoney', text, (s) => findMoney(s));
    }
  });
});
