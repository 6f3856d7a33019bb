import {z} from 'zod';

/**
 * A rectangle on a page, as fractions of the page's width and height, origin top-left.
 * Fractions keep a box valid whatever size the page is previewed at, and the same for
 * text PDFs (points) and scans or photos (pixels).
 */
export const BBox = z
  .object({
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
    width: z.number().min(0).max(1),
    height: z.number().min(0).max(1),
  })
  .meta({id: 'BBox', description: 'Box on a page, as fractions of page width/height, origin top-left.'});
export type BBox = z.infer<typeof BBox>;

/** How a value came to be: read from a PDF's text layer, OCR'd, typed by a person, or derived. */
export const ProvenanceMethod = z.enum(['pdf-text', 'ocr', 'user', 'derived']);
export type ProvenanceMethod = z.infer<typeof ProvenanceMethod>;

/** Where a value came from: the evidence a caseworker confirms. */
export const Provenance = z
  .object({
    method: ProvenanceMethod,
    /** 1-based page number; null for derived values that span documents. */
    page: z.number().int().min(1).nullable(),
    bbox: BBox.nullable(),
    /** 0..1; for OCR the word confidence, for pdf-text the parser's certainty. */
    confidence: z.number().min(0).max(1),
    /** The text the value was read from, as printed. */
    source: z.string(),
    /** For derived values: the fields they were computed from (e.g. `pay_stub.grossPay`). */
    derivedFrom: z.array(z.string()).optional(),
  })
  .meta({id: 'Provenance'});
export type Provenance = z.infer<typeof Provenance>;

/** An extracted value together with its evidence. */
export const field = <T extends z.ZodType>(value: T) => Provenance.extend({value});

export const ExtractedValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const ExtractedField = Provenance.extend({value: ExtractedValue}).meta({id: 'ExtractedField'});
export type ExtractedField = z.infer<typeof ExtractedField>;
