import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync, writeFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {promisify} from 'node:util';
import type {ManifestEntry} from '../fixtures/generate.js';
import {DEFAULT_OUT} from '../fixtures/generate.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'pipeline', 'cli-main.ts');

async function casekit(args: string[]) {
  try {
    const {stdout, stderr} = await run(process.execPath, ['--import', 'tsx', cli, ...args], {cwd: root, maxBuffer: 1 << 24});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string};
    return {code: e.code, stdout: e.stdout, stderr: e.stderr};
  }
}

const manifest = JSON.parse(readFileSync(join(DEFAULT_OUT, 'manifest.json'), 'utf8')) as ManifestEntry[];
const pick = (type: string) => manifest.find((m) => m.documentType === type && m.rendering === 'text-pdf' && m.split === 'dev')!;

describe('casekit extract', () => {
  it('prints one JSON object per file, in input order, and one bad file does not stop the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casekit-cli-'));
    const empty = join(dir, 'empty.pdf');
    writeFileSync(empty, '');
    const files = [pick('lease').path, empty, pick('pay_stub').path, pick('protective_order').path];
    const {code, stdout} = await casekit(['extract', ...files, '--json', '--as-of', '2026-03-01']);
    const out = JSON.parse(stdout) as {file: string; documentType: string; fields: Record<string, {value: unknown; confidence: number; page: number; bbox: unknown; source: string}>; problems: {code: string; severity: string; field: string | null; message: string}[]; caseFields: Record<string, unknown>}[];
    assert.deepEqual(out.map((o) => o.file), files);
    assert.deepEqual(out.map((o) => o.documentType), ['lease', 'unknown', 'pay_stub', 'protective_order']);
    assert.deepEqual(out[1]!.problems.map((p) => [p.code, p.severity]), [['empty_file', 'error']]);
    const gross = out[2]!.fields.grossPay!;
    assert.deepEqual(Object.keys(gross).slice(0, 5), ['value', 'confidence', 'page', 'bbox', 'source']);
    assert.ok('monthlyGrossIncome' in out[2]!.caseFields);
    assert.ok('monthlyHousingCost' in out[0]!.caseFields);
    assert.equal(code, 1, 'a file that could not be read makes the exit code non-zero');
  });

  it('exits 0 when every file was read, and prints a readable table', async () => {
    const {code, stdout} = await casekit(['extract', pick('pay_stub').path, '--as-of', '2026-03-01']);
    assert.equal(code, 0);
    assert.match(stdout, /pay_stub \(score/);
    assert.match(stdout, /gross pay\s+[\d,.]+\s+\d+%\s+p1/);
  });

  it('writes messages in Spanish with --lang es', async () => {
    const {stdout} = await casekit(['extract', join(root, 'does-not-exist.pdf'), '--lang', 'es', '--json']);
    const problem = JSON.parse(stdout)[0].problems[0];
    assert.equal(problem.code, 'file_not_found');
    assert.match(problem.message, /el archivo no existe/);
  });

  it('rejects a bad --as-of with usage help and exit code 2', async () => {
    const {code, stderr} = await casekit(['extract', 'x.pdf', '--as-of', 'yesterday']);
    assert.equal(code, 2);
    assert.match(stderr, /--as-of must be a date/);
  });

  it('explains bad arguments in Spanish with --lang es', async () => {
    const asOf = await casekit(['extract', 'x.pdf', '--lang', 'es', '--as-of', 'ayer']);
    assert.equal(asOf.code, 2);
    assert.match(asOf.stderr, /--as-of debe ser una fecha como 2026-01-31, no "ayer"/);
    const pages = await casekit(['extract', 'x.pdf', '--lang=es', '--max-pages', '0']);
    assert.equal(pages.code, 2);
    assert.match(pages.stderr, /--max-pages debe ser un número entero mayor que 0/);
    const none = await casekit(['extract', '--lang', 'es']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /indique al menos un archivo[\s\S]*Uso: casekit extract/);
  });
});

describe('casekit help', () => {
  it('is printed in Spanish with --lang es', async () => {
    const {code, stdout} = await casekit(['extract', '--help', '--lang', 'es']);
    assert.equal(code, 0);
    assert.match(stdout, /^Uso: casekit extract/);
  });
});
