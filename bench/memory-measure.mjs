/**
 * Child process of memory.bench.ts: reads the 100-page scanned PDF with the built library
 * (`dist/`, as the `casekit` CLI runs) and prints the peak resident set size. Plain JavaScript
 * so no TypeScript loader sits in the measured process or its OCR worker threads (tsx's hooks
 * alone add ~300 MB across the main and worker threads).
 */
import {extract, shutdown} from '../dist/pipeline/node.js';

const path = process.argv[2];
if (!path) throw new Error('usage: node bench/memory-measure.mjs <scanned.pdf>');
const before = process.resourceUsage().maxRSS;
const started = performance.now();
const result = await extract(path, {maxPages: 100});
const seconds = (performance.now() - started) / 1000;
await shutdown();
const peakMiB = process.resourceUsage().maxRSS / 1024;
console.log(
  `100-page scanned PDF: ${result.pages.length} pages OCR'd in ${seconds.toFixed(0)} s (${((60 * result.pages.length) / seconds).toFixed(1)} pages/min); ` +
    `peak memory ${peakMiB.toFixed(0)} MiB (at start: ${(before / 1024).toFixed(0)} MiB; target < 1024 MiB)`,
);
