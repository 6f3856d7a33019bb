import UTIF from 'utif';
import {rgbaRowsToGray} from './gray.js';
import {GrayDownscaler, fitSize, type SizeLimits} from './resize.js';
import {applyExifOrientation} from './rotate.js';
import type {GrayImage} from './types.js';

/** Number of pages (images) in a TIFF file; throws when the structure cannot be read. */
export function tiffPageCount(bytes: Uint8Array): number {
  return UTIF.decode(bytes).filter((ifd) => ifd.t256 && ifd.t257).length;
}

/**
 * Decodes one page of a TIFF (uncompressed, LZW, Deflate, PackBits, JPEG, CCITT G3/G4 fax, ...)
 * to grayscale within `limits`, applying its Orientation tag. Throws on undecodable data.
 */
export function decodeTiff(
  bytes: Uint8Array,
  limits: SizeLimits,
  page = 0,
): {gray: GrayImage; sourceWidth: number; sourceHeight: number} {
  const ifds = UTIF.decode(bytes).filter((ifd) => ifd.t256 && ifd.t257);
  const ifd = ifds[page];
  if (!ifd) throw new Error(`TIFF has ${ifds.length} page(s), no page ${page + 1}`);
  UTIF.decodeImage(bytes, ifd, ifds);
  const width = ifd.width ?? 0;
  const height = ifd.height ?? 0;
  if (!ifd.data || width <= 0 || height <= 0) throw new Error('TIFF page has no decodable image data');
  const rgba = UTIF.toRGBA8(ifd);
  ifd.data = new Uint8Array(0);
  const fit = fitSize(width, height, limits);
  let reduced: GrayImage;
  if (fit.scale === 1) {
    const data = new Uint8Array(width * height);
    rgbaRowsToGray(rgba, data, 0, width * height);
    reduced = {data, width, height};
  } else {
    const d = new GrayDownscaler(width, height, fit.width, fit.height);
    d.pushRgbaRows(rgba, height);
    reduced = d.finish();
  }
  const orientation = ifd.t274?.[0] ?? 1;
  const gray = applyExifOrientation(reduced, orientation);
  const swap = orientation >= 5 && orientation <= 8;
  return {gray, sourceWidth: swap ? height : width, sourceHeight: swap ? width : height};
}
