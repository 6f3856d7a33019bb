/** Platform-neutral OCR: the tesseract.js worker pool and the engine that preprocesses pages for it. */
export {OcrPool, DEFAULT_LANGUAGES, DEFAULT_PSM, defaultPoolSize, meanConfidence} from './pool.js';
export type {
  OcrPoolOptions,
  OcrPoolStats,
  OrientationGuess,
  RecognizedPage,
  RecognizeRequest,
  WorkerOptionsSource,
} from './pool.js';
export {createOcrEngine, decodeRaw, isPoor, quality, POOR_CONFIDENCE} from './engine.js';
export type {DecodeContext, DecodedPage, ImageDecoder, OcrEngineOptions, OcrRecognizeOptions, PooledOcrEngine} from './engine.js';
export {wordsFromTsv, wordsFromPage} from './words.js';
