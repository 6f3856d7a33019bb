import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {PDFDocument, StandardFonts} from '@cantoo/pdf-lib';
import {CasekitError, extract, safeExtract, shutdown, sniff} from '../../pipeline/node.js';
import {ExtractionResult} from '../../schemas/index.js';
import {DEFAULT_OUT} from '../fixtures/generate.js';

const dir = mkdtempSync(join(tmpdir(), 'casekit-bad-'));
const write = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function textPdf(lines: string[], pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([612, 792]);
    lines.forEach((line, i) => page.drawText(line, {x: 50, y: 740 - i * 16, size: 11, font}));
  }
  return doc.save();
}

async function rejects(input: string | Uint8Array, code: string, options = {}) {
  await assert.rejects(extract(input, options), (error: unknown) => {
    assert.ok(error instanceof CasekitError, `expected a CasekitError, got ${String(error)}`);
    assert.equal(error.code, code);
    // Every message names the file and says what to do.
    assert.ok(error.message.length > 30, error.message);
    return true;
  });
}

describe('bad input', () => {
  let stub: Uint8Array;
  before(async () => {
    stub = await textPdf(['Earnings Statement', 'Employee: Ana Ruiz', 'Pay Period: 01/01/2026 - 01/14/2026', 'Gross Pay 1,000.00', 'Net Pay 800.00']);
  });
  after(() => shutdown());

  it('names an empty file as empty', () => rejects(write('empty.pdf', new Uint8Array()), 'empty_file'));
  it('reports a path that does not exist', () => rejects(join(dir, 'nope.pdf'), 'file_not_found'));
  it('tells random bytes named .pdf from a PDF', () => rejects(write('random.pdf', Uint8Array.from({length: 4096}, (_, i) => (i * 7919) % 251)), 'unsupported_type'));
  it('asks for JPEG instead of HEIC', () => rejects(write('photo.jpg', Uint8Array.from([0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')])), 'heic_unsupported'));
  it('reports a truncated PDF as damaged', () => rejects(write('cut.pdf', stub.slice(0, Math.floor(stub.length * 0.4))), 'corrupt_pdf'));
  it('reports a password-protected PDF', () => {
    const plain = write('plain.pdf', stub);
    const locked = join(dir, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'user-pass', 'owner-pass', '256', '--', plain, locked]);
    return rejects(locked, 'encrypted_pdf');
  });
  it('refuses a file over the size limit before reading it', () => rejects(write('big.pdf', stub), 'too_large', {maxBytes: 100}));

  it('sniffs the real type, not the name', () => {
    assert.equal(sniff(stub, 'x.png'), 'pdf');
    assert.equal(sniff(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), 'x.pdf'), 'jpeg');
    assert.equal(sniff(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'x'), 'png');
    assert.equal(sniff(new TextEncoder().encode('II*\0rest'), 'x'), 'tiff');
    assert.equal(sniff(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '), 'x'), 'webp');
  });

  it('gives an unreadable file its own result with an error problem, in the safe form', async () => {
    const result = await safeExtract(write('empty2.pdf', new Uint8Array()));
    assert.equal(ExtractionResult.safeParse(result).success, true);
    assert.equal(result.documentType, 'unknown');
    assert.deepEqual(result.problems.map((p) => [p.code, p.severity]), [['empty_file', 'error']]);
  });

  it('reads the first pages of a very long PDF and says it stopped', async () => {
    const long = await textPdf(['Earnings Statement', 'Employee: Ana Ruiz', 'Gross Pay 1,000.00', 'Net Pay 800.00'], 300);
    const started = performance.now();
    const result = await extract(long, {maxPages: 20, name: 'long.pdf'});
    assert.equal(result.pages.length, 20);
    assert.ok(result.problems.some((p) => p.code === 'pages_truncated' && p.actual === 300));
    assert.ok(performance.now() - started < 10_000);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(extract(stub, {signal: controller.signal}), (e: unknown) => e instanceof CasekitError && e.code === 'aborted');
  });
});

describe('the generated bad inputs', () => {
  after(() => shutdown());
  const bad = JSON.parse(readFileSync(join(DEFAULT_OUT, 'bad', 'manifest.json'), 'utf8')) as {path: string; expectCode: string; documentType?: string}[];

  for (const entry of bad) {
    it(`ends ${entry.path.split('/').pop()} with ${entry.expectCode}, never a crash`, async () => {
      const started = performance.now();
      const result = await safeExtract(entry.path, {asOf: '2026-03-01', maxPages: 100});
      assert.equal(ExtractionResult.safeParse(result).success, true);
      if (entry.expectCode === 'ok_large') {
        assert.equal(result.pages.length, 100);
        assert.ok(result.problems.some((p) => p.code === 'pages_truncated'));
      } else if (entry.expectCode === 'ok_large_photo' || entry.expectCode === 'ok_misnamed') {
        assert.equal(result.documentType, entry.documentType ?? 'pay_stub');
      } else {
        assert.ok(
          result.problems.some((p) => p.code === entry.expectCode && p.severity === 'error'),
          `${entry.path}: ${JSON.stringify(result.problems)}`,
        );
      }
      assert.ok(performance.now() - started < 60_000, 'finishes in bounded time');
    });
  }
});
