import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';

import { cleanName, foldForMatch, normalizeSpace } from '../../../pipeline/parse/text.js';

describe('normalizeSpace', () => {
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['  a  b  ', 'a b'],
    ['a\tb\nc\r\nd', 'a b c d'],
    ['José\u00A0\u00A0Hernández', 'José Hernández'],
    ['a\u2003b\u3000c\u200Bd', 'a b c d'],
    ['\uFEFFTotal', 'Total'],
    ['', ''],
    ['   ', ''],
  ];
  for (const [input, expected] of CASES) {
    it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () => {
      assert.equal(normalizeSpace(input), expected);
    });
  }

  it('is idempotent and leaves no leading, trailing or double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = normalizeSpace(s);
        assert.equal(normalizeSpace(once), once);
        assert.ok(!/^\s|\s$|\s\s/u.test(once));
      }),
    );
  });
});

describe('foldForMatch', () => {
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['  Fecha de  Terminación: ', 'fecha de terminacion:'],
    ['NÚMERO DE CASO', 'numero de caso'],
    ['Beneﬁts', 'benefits'],
    ['Employee’s — Name', "employee's - name"],
    ['“Quoted”', '"quoted"'],
    ['Nguyễn Thị Lan', 'nguyen thi lan'],
    ['Cédula\u00A0N.º', 'cedula n.o'],
    ['Año', 'ano'],
    ['e\u0301', 'e'],
  ];
  for (const [input, expected] of CASES) {
    it(`folds ${JSON.stringify(input)} to ${JSON.stringify(expected)}`, () => {
      assert.equal(foldForMatch(input), expected);
    });
  }

  it('is idempotent and yields no combining marks or upper-case ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = foldForMatch(s);
        assert.equal(foldForMatch(once), once);
        assert.ok(!/\p{M}|[A-Z]/u.test(once));
      }),
    );
  });
});

describe('cleanName', () => {
  const UNCHANGED = [
    "O'Brien",
    'O’Brien',
    'José Hernández-López',
    'Nguyễn Thị Lan',
    'María José Núñez',
    'J. R. Ewing',
    'John Smith Jr.',
    'Patrick J.',
    'Acme Property Management, Inc.',
    'Smith, John',
    'Acme (USA) LLC',
    'Acme Holdings L.L.C.',
    "D'Angelo St. James",
    'Zoë Saldaña',
  ];
  for (const name of UNCHANGED) {
    it(`keeps ${JSON.stringify(name)} unchanged`, () => {
      assert.equal(cleanName(name), name);
    });
  }

  const CLEANED: ReadonlyArray<readonly [string, string]> = [
    ['Tenant Name:  José  Hernández-López ,', 'José Hernández-López'],
    ['Nombre del empleado: María José Núñez', 'María José Núñez'],
    ['Landlord / Arrendador: Acme Rentals LLC.', 'Acme Rentals LLC.'],
    ['“O’Brien, Patrick J.”', 'O’Brien, Patrick J.'],
    ['___ Acme Property Management, Inc. ___', 'Acme Property Management, Inc.'],
    ['• Maria Lopez.', 'Maria Lopez'],
    ['- José\u00A0López;', 'José López'],
    ['(José López)', 'José López'],
    ['Mary-Kate O’Neil;', 'Mary-Kate O’Neil'],
    ['Smith, John —', 'Smith, John'],
    ['  Nguyễn\n Thị   Lan ', 'Nguyễn Thị Lan'],
    ['Jose\u0301 Lo\u0301pez', 'José López'], // decomposed accents are recomposed (NFC)
    ['Name:', ''],
    ['Nombre: ____', ''],
    ['   ', ''],
    ['...', ''],
  ];
  for (const [input, expected] of CLEANED) {
    it(`cleans ${JSON.stringify(input)} to ${JSON.stringify(expected)}`, () => {
      assert.equal(cleanName(input), expected);
    });
  }

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = cleanName(s);
        assert.equal(cleanName(once), once);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps random names made of letters, accents, hyphens and apostrophes unchanged', () => {
    const part = fc.stringMatching(/^[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{1,8}(?:[-'’][A-Z][a-záéíóúñü]{1,8})?$/);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
        const name = parts.join(' ');
        assert.equal(cleanName(name), name);
      }),
    );
  });
});
