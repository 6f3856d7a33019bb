import {EmptyFileError, HeicUnsupportedError, UnsupportedTypeError} from '../errors.js';

export type FileKind = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'webp';

export const MIME: Record<FileKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  webp: 'image/webp',
};

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/**
 * Tells a file's real type from its first bytes, whatever its name says.
 * Throws {@link EmptyFileError}, {@link HeicUnsupportedError} or {@link UnsupportedTypeError}.
 */
export function sniff(bytes: Uint8Array, file: string): FileKind {
  if (bytes.length === 0) throw new EmptyFileError(file);
  // Some PDF writers put junk before the header; readers accept it within the first KiB.
  if (ascii(bytes, 0, Math.min(bytes.length, 1024)).includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x89 && ascii(bytes, 1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const head4 = ascii(bytes, 0, 4);
  if (head4 === 'II*\0' || head4 === 'MM\0*') return 'tiff';
  if (head4 === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (/^(?:hei[cxsm]|hev[cxsm]|mif1|msf1|avif)$/.test(brand)) throw new HeicUnsupportedError(file);
  }
  const named = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  const looksText = bytes.subarray(0, 512).every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128);
  const what = looksText ? 'a text file' : bytes[0] === 0x50 && bytes[1] === 0x4b ? 'a ZIP or Office file' : 'not a document or image casekit knows';
  throw new UnsupportedTypeError(file, named ? `named .${named} but its contents are ${what}` : `its contents are ${what}`);
}
