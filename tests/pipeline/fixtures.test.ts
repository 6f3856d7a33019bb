import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {extract, shutdown} from '../../pipeline/node.js';
import {ExtractionResult} from '../../schemas/index.js';
import {DEFAULT_OUT, type ManifestEntry} from '../fixtures/generate.js';
import {scoreFields} from '../helpers/score.js';

// `npm test` generates the fixtures first (`npm run fixtures`).
const manifest = JSON.parse(readFileSync(join(DEFAULT_OUT, 'manifest.json'), 'utf8')) as ManifestEntry[];
const AS_OF = '2026-03-01';

describe('the pipeline on generated documents', () => {
  after(() => shutdown());

  it('classifies every text PDF and reads its fields, each with evidence', async () => {
    // The held-out split is for `npm run bench` only: it measures what tuning never saw.
    const items = manifest.filter((m) => m.rendering === 'text-pdf' && m.split === 'dev');
    let typeOk = 0;
    let fieldsOk = 0;
    let fields = 0;
    const misses: string[] = [];
    for (const item of items) {
      const result = await extract(item.path, {asOf: AS_OF});
      assert.equal(ExtractionResult.safeParse(result).success, true, `${item.id}: result matches the schema`);
      if (result.documentType === item.documentType) typeOk++;
      else misses.push(`${item.id}: ${result.documentType}`);
      for (const [name, f] of Object.entries(result.fields)) {
        assert.ok(f.page && f.page >= 1 && f.page <= result.pages.length, `${item.id}.${name}: page`);
        assert.ok(f.bbox && f.bbox.width > 0 && f.bbox.x + f.bbox.width <= 1.0001, `${item.id}.${name}: box`);
        assert.ok(f.source.length > 0, `${item.id}.${name}: source text`);
      }
      if (result.documentType === 'unknown') assert.deepEqual(result.fields, {}, `${item.id}: nothing is filled from an unknown document`);
      if (item.documentType === 'unknown') continue;
      const scores = scoreFields(item.expected, result);
      fields += scores.length;
      fieldsOk += scores.filter((s) => s.ok).length;
      misses.push(...scores.filter((s) => !s.ok).map((s) => `${item.id}.${s.field}: ${JSON.stringify(s.actual)} ≠ ${JSON.stringify(s.expected)}`));
    }
    const typeAccuracy = typeOk / items.length;
    const fieldAccuracy = fieldsOk / fields;
    console.log(`text PDFs: type ${typeOk}/${items.length}, fields ${fieldsOk}/${fields} (${(100 * fieldAccuracy).toFixed(1)}%)`);
    // Floors for regressions; `npm run bench` reports the figures against the targets.
    assert.ok(typeAccuracy >= 0.95, `document type accuracy ${typeAccuracy}\n${misses.join('\n')}`);
    assert.ok(fieldAccuracy >= 0.85, `field accuracy ${fieldAccuracy}\n${misses.join('\n')}`);
  });

  it('reads a scanned pay stub and a phone photo through OCR', async () => {
    for (const rendering of ['scan', 'photo'] as const) {
      const item = manifest.find((m) => m.documentType === 'pay_stub' && m.rendering === rendering && m.split === 'dev');
      assert.ok(item, `a ${rendering} pay stub fixture`);
      const result = await extract(item.path, {asOf: AS_OF});
      assert.equal(result.documentType, 'pay_stub', item.id);
      assert.equal(result.pages[0]?.method, 'ocr');
      const scores = scoreFields(item.expected, result);
      const ok = scores.filter((s) => s.ok).length;
      assert.ok(ok / scores.length >= 0.5, `${item.id}: ${ok}/${scores.length} fields\n${JSON.stringify(scores.filter((s) => !s.ok))}`);
      for (const f of Object.values(result.fields)) assert.ok(f.method === 'ocr' || f.method === 'derived');
    }
  });
});
