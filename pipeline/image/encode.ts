import type {GrayImage} from './types.js';

/**
 * Encodes grayscale pixels as binary PGM (P5). Tesseract's image library reads PNM natively, and
 * writing it costs one copy, where PNG would spend ~0.3 s compressing a page that is decoded again
 * a moment later.
 */
export function encodePgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header, 0);
  out.set(image.data, header.length);
  return out;
}
