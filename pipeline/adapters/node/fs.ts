import {open, stat} from 'node:fs/promises';
import {CasekitError, FileNotFoundError, TooLargeError} from '../../errors.js';

/** Reads a file, refusing one larger than `maxBytes` before reading it. */
export async function readPath(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CasekitError('file_unreadable', `${path}: is a folder, not a file. Name the files inside it.`, path);
    size = info.size;
  } catch (error) {
    if (error instanceof CasekitError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotFoundError(path, error);
    throw new CasekitError('file_unreadable', `${path}: cannot be read (${(error as Error).message}). Check its permissions.`, path, {cause: error});
  }
  if (size > maxBytes) {
    throw new TooLargeError(path, `${(size / 1048576).toFixed(1)} MB is more than the ${Math.round(maxBytes / 1048576)} MB limit. Upload a smaller scan (300 dpi is enough) or split the PDF.`);
  }
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(size);
    await handle.read(bytes, 0, size, 0);
    return bytes;
  } finally {
    await handle.close();
  }
}
