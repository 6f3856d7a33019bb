/**
 * Platform-neutral pixel operations for OCR preprocessing (no Node or DOM APIs, so browsers and
 * Node share them). Images are plain `{data, width, height}` objects.
 */
export type {GrayImage, RgbaImage} from './types.js';
export {toGray, grayToRgba, rgbaRowsToGray} from './gray.js';
export {fitSize, downscaleGray, downscaleToFit, reduceByBlocks, resizeGray, GrayDownscaler, DEFAULT_MAX_LONG_SIDE, DEFAULT_MAX_PIXELS} from './resize.js';
export type {SizeLimits} from './resize.js';
export {rotateQuarter, rotateGray, flipHorizontal, applyExifOrientation} from './rotate.js';
export type {RotateOptions} from './rotate.js';
export {estimateSkew} from './skew.js';
export type {SkewEstimate, SkewOptions} from './skew.js';
export {normalizeBackground} from './normalize.js';
export {despeckle} from './despeckle.js';
export type {DespeckleOptions, DespeckleResult} from './despeckle.js';
export type {NormalizeResult, BackgroundInfo} from './normalize.js';
export {binarizeSauvola} from './binarize.js';
export {encodePgm} from './encode.js';
export {sniffImageType, probeImageSize} from './probe.js';
export type {ImageMime} from './probe.js';
export {decodeTiff, tiffPageCount} from './tiff.js';
