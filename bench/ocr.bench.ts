/**
 * OCR bench: casekit's tesseract.js pool against the native `tesseract` CLI on the same pages.
 *
 *   node --import tsx bench/ocr.bench.ts [--workers N] [images...]
 *
 * Without images it draws 8 fictitious pages (pay stubs, leases, court orders at 300 dpi and one
 * shadowed, skewed phone photo) into bench/out/ocr/. Prints the median seconds per page (one at a
 * time), pages per minute with all pages queued at once, the same for native tesseract
 * (`OMP_THREAD_LIMIT=1`, as many processes at once as casekit has workers, same spa+eng
 * best_int models, PSM 3), the ratio casekit/native, peak RSS and, for drawn pages, word recall.
 */
import {execFile, spawn} from 'node:child_process';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import {gunzipSync} from 'node:zlib';
import {createCanvas} from '@napi-rs/canvas';
import {createNodeOcrEngine} from '../pipeline/adapters/node/ocr.js';
import {sniffImageType} from '../pipeline/image/probe.js';
import {drawCard, drawPage, rotateCanvas, unevenLighting, type PageKind} from '../tests/pipeline/ocr/synthetic.js';

/** Numbers for one OCR implementation. */
export interface OcrBenchSide {
  /** Median seconds to read one page when pages are read one at a time. */
  medianSecPerPage: number;
  /** Pages per minute with all pages queued at once. */
  pagesPerMin: number;
  /** Share of drawn words read exactly, for pages with a `.json` word list beside them. */
  recall: number | null;
}

/** What {@link runOcrBench} measured. */
export interface OcrBenchResult {
  pages: number;
  /** casekit workers, and native processes run at once. */
  parallelism: number;
  casekit: OcrBenchSide & {
    /** Seconds from creating the engine to the first page read (worker start included). */
    firstPageSec: number;
    /** Peak resident memory of this process, workers included. */
    peakRssMb: number;
  };
  /** Null when the `tesseract` command is not installed. */
  native: OcrBenchSide | null;
  /** casekit time / native time for the whole batch (1.0 = as fast; target ≤ 1.3). */
  ratio: number | null;
  /** casekit median / native median, pages read one at a time. */
  ratioSingle: number | null;
}

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'out', 'ocr');

/** Draws the default bench pages into bench/out/ocr and returns their paths. */
export async function generateBenchPages(dir = outDir): Promise<string[]> {
  await mkdir(dir, {recursive: true});
  const plan: [PageKind, number][] = [
    ['pay-stub', 1],
    ['pay-stub', 2],
    ['pay-stub', 3],
    ['lease', 4],
    ['lease', 5],
    ['protective-order', 6],
    ['protective-order', 7],
  ];
  const files: string[] = [];
  for (const [kind, seed] of plan) {
    const page = drawPage(kind, seed);
    const file = path.join(dir, `${kind}-${seed}.png`);
    await writeFile(file, page.canvas.toBuffer('image/png'));
    await writeFile(file.replace(/\.png$/, '.json'), JSON.stringify(page.words.map((w) => w.text)));
    files.push(file);
  }
  // A phone photo: 1.5° skew, ~170 dpi, noise, a shadow, JPEG.
  const page = drawPage('pay-stub', 8);
  const skewed = rotateCanvas(page.canvas, 1.5);
  const photo = createCanvas(1400, Math.round((1400 * skewed.height) / skewed.width));
  const ctx = photo.getContext('2d');
  ctx.drawImage(skewed, 0, 0, photo.width, photo.height);
  const img = ctx.getImageData(0, 0, photo.width, photo.height);
  let seed = 8;
  for (let i = 0; i < img.data.length; i += 4) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const noise = (seed % 60) - 30;
    for (let k = 0; k < 3; k++) img.data[i + k] = img.data[i + k]! * 0.85 + 30 + noise;
  }
  ctx.putImageData(img, 0, 0);
  const file = path.join(dir, 'photo-pay-stub-8.jpg');
  await writeFile(file, unevenLighting(photo, 0.6).toBuffer('image/jpeg', 75));
  await writeFile(file.replace(/\.jpg$/, '.json'), JSON.stringify(page.words.map((w) => w.text)));
  files.push(file);
  return files;
}

/**
 * Runs the bench on `imagePaths` (PNG, JPEG, TIFF, WebP) and returns the numbers; draws the
 * default pages when the list is empty.
 */
export async function runOcrBench(
  imagePaths: string[],
  options: {workers?: number; rounds?: number; log?: (line: string) => void} = {},
): Promise<OcrBenchResult> {
  const log = options.log ?? (() => {});
  const files = imagePaths.length > 0 ? imagePaths : await generateBenchPages();
  const parallelism = options.workers ?? Math.min(4, os.availableParallelism());
  const pages = await Promise.all(
    files.map(async (file) => {
      const bytes = new Uint8Array(await readFile(file));
      const expected = await readFile(file.replace(/\.[a-z]+$/i, '.json'), 'utf8').then(
        (s) => JSON.parse(s) as string[],
        () => null,
      );
      return {file, bytes, mime: sniffImageType(bytes) ?? 'application/octet-stream', expected};
    }),
  );

  // The machines this runs on share CPUs with other work, so casekit and native alternate page
  // by page, and each batch runs `rounds` times keeping the fastest.
  const rounds = options.rounds ?? 2;
  const tessdata = (await hasTesseract()) ? await nativeTessdata() : null;
  const started = performance.now();
  const engine = createNodeOcrEngine({workers: parallelism});
  const warm = drawCard(['Warm up 123']).canvas.toBuffer('image/png');
  await Promise.all(
    Array.from({length: parallelism}, () => engine.recognize({kind: 'encoded', bytes: warm, mime: 'image/png'})),
  );
  const firstPageSec = (performance.now() - started) / 1000;
  const single: number[] = [];
  const nativeSingle: number[] = [];
  const read: string[][] = [];
  const nativeRead: string[][] = [];
  for (const page of pages) {
    let t = performance.now();
    const result = await engine.recognize({kind: 'encoded', bytes: page.bytes, mime: page.mime}, {file: page.file});
    single.push((performance.now() - t) / 1000);
    read.push(result.words.map((w) => w.text));
    let line = `${path.basename(page.file).padEnd(28)} casekit ${single.at(-1)!.toFixed(2)} s (${result.words.length} words, rotation ${result.rotation})`;
    if (tessdata) {
      t = performance.now();
      nativeRead.push(tsvWords(await nativeOcr(page.file, tessdata)));
      nativeSingle.push((performance.now() - t) / 1000);
      line += `  native ${nativeSingle.at(-1)!.toFixed(2)} s`;
    }
    log(line);
  }
  let batchSec = Infinity;
  let nativeBatchSec = Infinity;
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    await Promise.all(pages.map((p) => engine.recognize({kind: 'encoded', bytes: p.bytes, mime: p.mime}, {file: p.file})));
    batchSec = Math.min(batchSec, (performance.now() - t) / 1000);
    if (tessdata) {
      t = performance.now();
      await mapLimit(pages, parallelism, (p) => nativeOcr(p.file, tessdata));
      nativeBatchSec = Math.min(nativeBatchSec, (performance.now() - t) / 1000);
    }
  }
  await engine.terminate();
  const expected = pages.map((p) => p.expected);
  const casekit = {
    medianSecPerPage: median(single),
    pagesPerMin: round((60 * pages.length) / batchSec, 1),
    recall: recall(expected, read),
    firstPageSec: round(firstPageSec),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  const native: OcrBenchSide | null = tessdata
    ? {
        medianSecPerPage: median(nativeSingle),
        pagesPerMin: round((60 * pages.length) / nativeBatchSec, 1),
        recall: recall(expected, nativeRead),
      }
    : null;
  return {
    pages: pages.length,
    parallelism,
    casekit,
    native,
    ratio: native ? round(batchSec / nativeBatchSec) : null,
    ratioSingle: native ? round(casekit.medianSecPerPage / native.medianSecPerPage) : null,
  };
}

async function hasTesseract(): Promise<boolean> {
  try {
    await run('tesseract', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/** Uncompressed copies of the same best_int models casekit uses, for the native CLI. */
async function nativeTessdata(): Promise<string> {
  const dir = path.join(outDir, 'tessdata');
  await mkdir(dir, {recursive: true});
  const require = createRequire(import.meta.url);
  for (const lang of ['eng', 'spa']) {
    const pkg = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    const gz = await readFile(path.join(pkg, '4.0.0_best_int', `${lang}.traineddata.gz`));
    await writeFile(path.join(dir, `${lang}.traineddata`), gunzipSync(gz));
  }
  return dir;
}

/** Native tesseract's TSV for one image; '' (nothing read) when it fails on the file. */
function nativeOcr(file: string, tessdata: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(
      'tesseract',
      // tessedit_create_tsv rather than the `tsv` config, which is looked up in --tessdata-dir.
      [file, 'stdout', '--tessdata-dir', tessdata, '-l', 'spa+eng', '--oem', '1', '--psm', '3', '-c', 'tessedit_create_tsv=1'],
      {env: {...process.env, OMP_THREAD_LIMIT: '1'}, stdio: ['ignore', 'pipe', 'ignore']},
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', () => resolve(''));
    child.on('close', (code) => {
      if (code !== 0) console.warn(`native tesseract exited with ${code} on ${file}`);
      resolve(code === 0 ? out : '');
    });
  });
}

function tsvWords(tsv: string): string[] {
  return tsv
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols[0] === '5' && cols[11]?.trim())
    .map((cols) => cols[11]!.trim());
}

/** Share of expected words found (each read word counts once), over pages with expectations. */
function recall(expected: (string[] | null)[], read: string[][]): number | null {
  let hit = 0;
  let total = 0;
  expected.forEach((words, i) => {
    if (!words) return;
    const pool = new Map<string, number>();
    for (const w of read[i] ?? []) pool.set(w, (pool.get(w) ?? 0) + 1);
    for (const w of words) {
      total++;
      const n = pool.get(w) ?? 0;
      if (n > 0) {
        hit++;
        pool.set(w, n - 1);
      }
    }
  });
  return total ? round(hit / total, 3) : null;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({length: Math.min(limit, items.length)}, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!);
      }
    }),
  );
  return results;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return round(s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2);
}

function round(v: number, digits = 2): number {
  return Math.round(v * 10 ** digits) / 10 ** digits;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const w = args.indexOf('--workers');
  const workers = w >= 0 ? Number(args.splice(w, 2)[1]) : undefined;
  const r = await runOcrBench(args, {log: (line) => console.log(line), ...(workers ? {workers} : {})});
  const c = r.casekit;
  console.log('');
  console.log(`pages: ${r.pages}, parallelism: ${r.parallelism}`);
  console.log(`casekit: ${c.medianSecPerPage.toFixed(2)} s/page (median, one at a time), ${c.pagesPerMin.toFixed(1)} pages/min with the pool, first page after ${c.firstPageSec.toFixed(2)} s, peak RSS ${c.peakRssMb} MB, recall ${c.recall ?? '-'}`);
  if (r.native) {
    console.log(`native tesseract (OMP_THREAD_LIMIT=1, ${r.parallelism} at once): ${r.native.medianSecPerPage.toFixed(2)} s/page, ${r.native.pagesPerMin.toFixed(1)} pages/min, recall ${r.native.recall ?? '-'}`);
    console.log(`casekit/native: ${r.ratio?.toFixed(2)}× for the batch, ${r.ratioSingle?.toFixed(2)}× per page (target ≤ 1.3×)`);
  } else {
    console.log('native tesseract: not installed (apt-get install tesseract-ocr)');
  }
}
