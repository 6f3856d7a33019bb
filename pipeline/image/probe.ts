/** Image formats the OCR adapters decode. */
export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/tiff' | 'image/gif' | 'image/bmp';

/** Identifies an image format from its first bytes; null when unknown. */
export function sniffImageType(bytes: Uint8Array): ImageMime | null {
  const b = (i: number): number => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if ((b(0) === 0x49 && b(1) === 0x49 && b(2) === 42 && b(3) === 0) || (b(0) === 0x4d && b(1) === 0x4d && b(2) === 0 && b(3) === 42)) {
    return 'image/tiff';
  }
  if (ascii(bytes, 0, 4) === 'GIF8') return 'image/gif';
  if (b(0) === 0x42 && b(1) === 0x4d) return 'image/bmp';
  return null;
}

/**
 * Reads pixel dimensions from an image header without decoding it, so oversized images can be
 * refused before they are decompressed. Null when the header cannot be read.
 */
export function probeImageSize(bytes: Uint8Array): {width: number; height: number} | null {
  const type = sniffImageType(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    switch (type) {
      case 'image/png':
        return size(view.getUint32(16), view.getUint32(20));
      case 'image/gif':
        return size(view.getUint16(6, true), view.getUint16(8, true));
      case 'image/bmp':
        return size(view.getInt32(18, true), Math.abs(view.getInt32(22, true)));
      case 'image/jpeg':
        return jpegSize(bytes, view);
      case 'image/webp':
        return webpSize(bytes, view);
      case 'image/tiff':
        return tiffSize(view);
      default:
        return null;
    }
  } catch {
    return null;
  }
}

function size(width: number, height: number): {width: number; height: number} | null {
  return width > 0 && height > 0 ? {width, height} : null;
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function jpegSize(bytes: Uint8Array, view: DataView): {width: number; height: number} | null {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = view.getUint16(i + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return size(view.getUint16(i + 7), view.getUint16(i + 5));
    }
    i += 2 + length;
  }
  return null;
}

function webpSize(bytes: Uint8Array, view: DataView): {width: number; height: number} | null {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8X') {
    const w = 1 + (view.getUint16(24, true) | (bytes[26]! << 16));
    const h = 1 + (view.getUint16(27, true) | (bytes[29]! << 16));
    return size(w, h);
  }
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return size(1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff));
  }
  if (chunk === 'VP8 ') return size(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  return null;
}

function tiffSize(view: DataView): {width: number; height: number} | null {
  const le = view.getUint8(0) === 0x49;
  const ifd = view.getUint32(4, le);
  const count = view.getUint16(ifd, le);
  let width = 0;
  let height = 0;
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    const tag = view.getUint16(e, le);
    const type = view.getUint16(e + 2, le);
    const value = type === 3 ? view.getUint16(e + 8, le) : view.getUint32(e + 8, le);
    if (tag === 256) width = value;
    else if (tag === 257) height = value;
  }
  return size(width, height);
}
