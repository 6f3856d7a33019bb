import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {jsonSchemas} from '../../schemas/json-schema.js';
import {ExtractionResult, PayStub, Provenance} from '../../schemas/index.js';

describe('schemas', () => {
  it('publishes a draft 2020-12 JSON Schema for every public shape', () => {
    const all = jsonSchemas();
    for (const name of ['provenance', 'diagnostic', 'pay-stub', 'lease', 'protective-order', 'case-fields', 'extraction-result']) {
      const schema = all[name] as {$schema?: string; $id?: string};
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', name);
      assert.match(schema.$id ?? '', new RegExp(`${name}\\.json$`));
    }
    const text = JSON.stringify(all['pay-stub']);
    for (const field of ['grossPay', 'netPay', 'ytdGross', 'payFrequency', 'semimonthly']) assert.ok(text.includes(field), field);
  });

  it('rejects impossible dates and negative money', () => {
    assert.equal(PayStub.safeParse({payDate: '2026-02-30'}).success, false);
    assert.equal(PayStub.safeParse({grossPay: -5}).success, false);
    assert.equal(PayStub.safeParse({payDate: '2026-02-28', grossPay: 5}).success, true);
  });

  it('requires confidence within 0..1 and a 1-based page', () => {
    const base = {method: 'ocr', page: 1, bbox: null, confidence: 0.9, source: 'x'};
    assert.equal(Provenance.safeParse(base).success, true);
    assert.equal(Provenance.safeParse({...base, confidence: 1.2}).success, false);
    assert.equal(Provenance.safeParse({...base, page: 0}).success, false);
  });

  it('accepts a failed-file result with one error problem', () => {
    const r = {file: 'x.pdf', documentType: 'unknown', pages: [], fields: {}, caseFields: {}, problems: [{code: 'corrupt_pdf', severity: 'error', field: null, message: 'damaged'}]};
    assert.equal(ExtractionResult.safeParse(r).success, true);
  });
});
