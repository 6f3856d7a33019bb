/**
 * Test helper run in a child process: OCRs one image file with the shared engine and prints the
 * result with the process's peak RSS, then returns without terminating the engine, so the
 * parent can also check that idle OCR workers do not keep the process alive.
 */
import {readFile} from 'node:fs/promises';
import {getNodeOcrEngine} from '../../../pipeline/adapters/node/ocr.js';

const file = process.argv[2];
if (!file) throw new Error('usage: recognize-child.ts <image>');
const started = performance.now();
const result = await getNodeOcrEngine().recognize({kind: 'encoded', bytes: await readFile(file), mime: 'image/jpeg'}, {file});
process.stdout.write(
  JSON.stringify({
    width: result.width,
    height: result.height,
    rotation: result.rotation,
    text: result.words.map((w) => w.text).join(' '),
    seconds: (performance.now() - started) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
