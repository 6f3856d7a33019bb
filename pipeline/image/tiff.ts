import UTIF from 'utif';
import {rgbaRowsToGray} from './gray.js';
import {downscaleGray, GrayDownscaler, fitSize, type SizeLimits} from './resize.js';
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
  const fit = fitSize(width, height, limits);
  // Scanner and fax pages are gray or black and white: read them as gray directly, without the
  // RGBA copy (four times the page's pixels) UTIF.toRGBA8 would make.
  const direct = grayPixels(ifd, width, height);
  if (direct) {
    ifd.data = new Uint8Array(0);
    return oriented(downscaleGray({data: direct, width, height}, fit.width, fit.height), ifd, width, height);
  }
  const rgba = UTIF.toRGBA8(ifd);
  ifd.data = new Uint8Array(0);
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
  return oriented(reduced, ifd, width, height);
}

/** Applies the page's Orientation tag; source sizes are as seen once it is applied. */
function oriented(reduced: GrayImage, ifd: {t274?: number[]}, width: number, height: number): {gray: GrayImage; sourceWidth: number; sourceHeight: number} {
  const orientation = ifd.t274?.[0] ?? 1;
  const gray = applyExifOrientation(reduced, orientation);
  const swap = orientation >= 5 && orientation <= 8;
  return {gray, sourceWidth: swap ? height : width, sourceHeight: swap ? width : height};
}

/**
 * Gray pixels of a decoded 1- or 8-bit gray page (WhiteIsZero or BlackIsZero, one sample per
 * pixel), with the same values UTIF.toRGBA8 gives; null for any other kind of page.
 */
export function grayPixels(ifd: {data?: Uint8Array; t258?: number[]; t262?: number[]; t277?: number[]}, width: number, height: number): Uint8Array | null {
  const data = ifd.data;
  const photometric = ifd.t262?.[0] ?? 2;
  const bits = Math.min(32, ifd.t258?.[0] ?? 1);
  const samples = ifd.t277?.[0] ?? 1;
  if (!data || samples !== 1 || (photometric !== 0 && photometric !== 1) || (bits !== 1 && bits !== 8)) return null;
  const perLine = Math.ceil((bits * width) / 8);
  if (data.length < perLine * height) return null;
  const out = new Uint8Array(width * height);
  const white0 = photometric === 0;
  for (let y = 0; y < height; y++) {
    const row = y * perLine;
    const o = y * width;
    if (bits === 8) {
      for (let x = 0; x < width; x++) out[o + x] = white0 ? 255 - data[row + x]! : data[row + x]!;
    } else {
      for (let x = 0; x < width; x++) {
        const bit = (data[row + (x >> 3)]! >> (7 - (x & 7))) & 1;
        out[o + x] = (white0 ? 1 - bit : bit) * 255;
      }
    }
  }
  return out;
}
