/**
 * Copies the files the browser pipeline loads at run time from node_modules into one folder a
 * portal serves from its own origin:
 *
 * - `<outDir>/`: the tesseract.js worker, wasm cores and language data ({@link BROWSER_OCR_ASSETS});
 * - `<outDir>/pdfjs/`: the pdf.js worker and its `standard_fonts/`, `cmaps/`, `iccs/` and `wasm/`.
 *
 * Pass that folder's URL as `assetBase` to `createBrowserPipeline`. Files already copied (same
 * size and modification time) are skipped, so re-running is cheap.
 *
 * ```sh
 * node --import tsx scripts/copy-assets.ts [outDir]   # default dist/assets
 * ```
 * @module
 */
import {copyFile, mkdir, readdir, stat, utimes} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {BROWSER_OCR_ASSETS} from '../pipeline/adapters/browser/ocr.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Default output folder, relative to the current directory. */
export const DEFAULT_ASSET_DIR = 'dist/assets';

/** pdf.js files, as paths inside the pdfjs-dist package, copied to `<outDir>/pdfjs/`. */
export const PDFJS_ASSETS: readonly {from: string; to: string}[] = [
  {from: 'build/pdf.worker.min.mjs', to: 'pdf.worker.min.mjs'},
  ...['standard_fonts', 'cmaps', 'iccs', 'wasm'].map((d) => ({from: d, to: d})),
];

export interface CopyAssetsResult {
  /** Absolute output folder. */
  outDir: string;
  /** Files written this time. */
  copied: number;
  /** Files already up to date. */
  skipped: number;
}

/**
 * Copies the browser assets into `outDir` (relative to the current directory, or absolute).
 * Throws when a file is missing from node_modules (e.g. a package not installed).
 */
export async function copyAssets(outDir: string = DEFAULT_ASSET_DIR): Promise<CopyAssetsResult> {
  const out = resolve(outDir);
  const result: CopyAssetsResult = {outDir: out, copied: 0, skipped: 0};
  const jobs: {src: string; dest: string}[] = [];
  for (const {from, to} of BROWSER_OCR_ASSETS) jobs.push({src: nodeModulesFile(from), dest: join(out, to)});
  const pdfjs = packageDir('pdfjs-dist');
  for (const {from, to} of PDFJS_ASSETS) {
    const src = join(pdfjs, from);
    for (const file of await listFiles(src)) jobs.push({src: file, dest: join(out, 'pdfjs', to, relative(src, file))});
  }
  const dirs = new Set(jobs.map((j) => dirname(j.dest)));
  await Promise.all([...dirs].map((d) => mkdir(d, {recursive: true})));
  // A handful at a time: the cmaps folder alone holds ~170 small files.
  await mapLimit(jobs, 16, async ({src, dest}) => {
    if (await copyIfChanged(src, dest)) result.copied++;
    else result.skipped++;
  });
  return result;
}

/**
 * Copies `src` to `dest` unless `dest` has the same size and mtime; returns whether it copied.
 * Mtimes are compared to within a second: utimes rounds sub-millisecond times, and some file
 * systems keep whole seconds.
 */
async function copyIfChanged(src: string, dest: string): Promise<boolean> {
  const from = await stat(src);
  const to = await stat(dest).catch(() => null);
  if (to && to.size === from.size && Math.abs(to.mtimeMs - from.mtimeMs) < 1000) return false;
  await copyFile(src, dest);
  await utimes(dest, from.atime, from.mtime);
  return true;
}

/** `path` itself if it is a file, else every file below it. */
async function listFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, {recursive: true, withFileTypes: true});
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Folder of an installed package, looked up the way Node does from the project root. */
function packageDir(name: string, from = ROOT): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  // A dependency not hoisted, e.g. tesseract.js-core kept inside tesseract.js.
  const nested = join(ROOT, 'node_modules', 'tesseract.js', 'node_modules', name);
  if (existsSync(join(nested, 'package.json'))) return nested;
  throw new Error(`copy-assets: package ${name} is not installed (run npm install).`);
}

/** A path inside node_modules such as `@scope/pkg/dir/file` to its absolute path. */
function nodeModulesFile(spec: string): string {
  const parts = spec.split('/');
  const n = spec.startsWith('@') ? 2 : 1;
  const file = join(packageDir(parts.slice(0, n).join('/')), ...parts.slice(n));
  if (!existsSync(file)) throw new Error(`copy-assets: ${spec} not found in node_modules.`);
  return file;
}

async function mapLimit<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, run));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = performance.now();
  const {outDir, copied, skipped} = await copyAssets(process.argv[2] ?? DEFAULT_ASSET_DIR);
  const ms = Math.round(performance.now() - started);
  console.log(`copy-assets: ${copied} copied, ${skipped} up to date in ${relative(process.cwd(), outDir) || '.'} (${ms} ms)`);
}
