/**
 * Peak memory for a 100-page scanned PDF. `--build` makes an image-only PDF of 100 pages from
 * the fixture scans; without it, the PDF is read by `memory-measure.mjs` with the built library
 * in a child process, and that process's peak resident set size is printed (OCR workers are
 * threads of it, so they count). Building takes memory of its own, so `npm run bench` runs the
 * two steps in separate processes. Argument: fixtures folder.
 */
import {execFileSync} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {PDFDocument} from '@cantoo/pdf-lib';
import {createCanvas, loadImage} from '@napi-rs/canvas';

const folder = process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? join(import.meta.dirname, 'out', 'fixtures');
const path = join(folder, 'scanned-100-pages.pdf');

async function buildScannedPdf(): Promise<void> {
  const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as {path: string; rendering: string}[];
  const scans = manifest.filter((m) => m.rendering === 'scan' && /\.png$/.test(m.path)).slice(0, 10);
  if (!scans.length) throw new Error('no PNG scans in the fixtures');
  const doc = await PDFDocument.create();
  const jpegs: Uint8Array[] = [];
  for (const scan of scans) {
    const image = await loadImage(await readFile(scan.path));
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    jpegs.push(await canvas.encode('jpeg', 80));
  }
  for (let i = 0; i < 100; i++) {
    const jpeg = await doc.embedJpg(jpegs[i % jpegs.length]!);
    doc.addPage([612, 792]).drawImage(jpeg, {x: 0, y: 0, width: 612, height: 792});
  }
  await writeFile(path, await doc.save());
}

async function measure(): Promise<void> {
  // The library as users run it (dist/, no TypeScript loader): see memory-measure.mjs.
  const script = join(import.meta.dirname, 'memory-measure.mjs');
  process.stdout.write(execFileSync(process.execPath, [script, path], {encoding: 'utf8'}));
}

await (process.argv.includes('--build') ? buildScannedPdf() : measure());
