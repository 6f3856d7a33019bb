/**
 * Exceptions are for failures of infrastructure or of the call itself; problems with a
 * document's data are diagnostics. Each failure has its own class with a stable `code`, a
 * message naming the input and what to do, and the underlying `cause`.
 */
export type CasekitErrorCode =
  | 'file_not_found'
  | 'file_unreadable'
  | 'empty_file'
  | 'unsupported_type'
  | 'heic_unsupported'
  | 'corrupt_pdf'
  | 'encrypted_pdf'
  | 'corrupt_image'
  | 'too_large'
  | 'too_many_pages'
  | 'no_text_found'
  | 'ocr_failed'
  | 'aborted';

export class CasekitError extends Error {
  override name = 'CasekitError';
  constructor(
    readonly code: CasekitErrorCode,
    message: string,
    /** The file or input the error is about, when known. */
    readonly file?: string,
    options?: {cause?: unknown},
  ) {
    super(message, options);
  }
}

export class FileNotFoundError extends CasekitError {
  override name = 'FileNotFoundError';
  constructor(file: string, cause?: unknown) {
    super('file_not_found', `${file}: no such file. Check the path and try again.`, file, {cause});
  }
}

export class EmptyFileError extends CasekitError {
  override name = 'EmptyFileError';
  constructor(file: string) {
    super('empty_file', `${file}: the file is empty (0 bytes). Upload the document again.`, file);
  }
}

export class UnsupportedTypeError extends CasekitError {
  override name = 'UnsupportedTypeError';
  constructor(file: string, detail: string) {
    super(
      'unsupported_type',
      `${file}: ${detail}. casekit reads PDF, PNG, JPEG, TIFF and WebP files.`,
      file,
    );
  }
}

export class HeicUnsupportedError extends CasekitError {
  override name = 'HeicUnsupportedError';
  constructor(file: string) {
    super(
      'heic_unsupported',
      `${file}: HEIC/HEIF photos are not supported. Convert the photo to JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible) and upload it again.`,
      file,
    );
  }
}

export class CorruptPdfError extends CasekitError {
  override name = 'CorruptPdfError';
  constructor(file: string, cause?: unknown) {
    super(
      'corrupt_pdf',
      `${file}: the PDF is damaged or incomplete and cannot be read. Ask for a new copy or scan the paper document.`,
      file,
      {cause},
    );
  }
}

export class EncryptedPdfError extends CasekitError {
  override name = 'EncryptedPdfError';
  constructor(file: string, cause?: unknown) {
    super(
      'encrypted_pdf',
      `${file}: the PDF is protected by a password. Ask the client to open it and save or print it without a password, then upload that copy.`,
      file,
      {cause},
    );
  }
}

export class CorruptImageError extends CasekitError {
  override name = 'CorruptImageError';
  constructor(file: string, cause?: unknown) {
    super('corrupt_image', `${file}: the image is damaged and cannot be decoded. Take or upload the photo again.`, file, {
      cause,
    });
  }
}

export class TooLargeError extends CasekitError {
  override name = 'TooLargeError';
  constructor(file: string, detail: string) {
    super('too_large', `${file}: ${detail}`, file);
  }
}

export class TooManyPagesError extends CasekitError {
  override name = 'TooManyPagesError';
  constructor(file: string, pages: number, max: number) {
    super(
      'too_many_pages',
      `${file}: ${pages} pages is more than the ${max} pages casekit reads from one document. Split the PDF and upload only the pages needed, or raise maxPages.`,
      file,
    );
  }
}

/** The OCR engine failed (a worker did not start or crashed), not the document. */
export class OcrFailedError extends CasekitError {
  override name = 'OcrFailedError';
  constructor(message: string, cause?: unknown, file?: string) {
    super('ocr_failed', message, file, {cause});
  }
}

export class AbortedError extends CasekitError {
  override name = 'AbortedError';
  constructor(file?: string) {
    super('aborted', `${file ?? 'extract'}: cancelled.`, file);
  }
}
