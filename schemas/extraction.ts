import {z} from 'zod';
import {CaseFields} from './case-fields.js';
import {Diagnostic} from './diagnostic.js';
import {DocumentType} from './documents/index.js';
import {ExtractedField, ProvenanceMethod} from './provenance.js';

export const PageInfo = z
  .object({
    page: z.number().int().min(1),
    /** Page size in PDF points (1/72 in); for images, pixels at the image's resolution. */
    width: z.number().positive(),
    height: z.number().positive(),
    method: ProvenanceMethod.extract(['pdf-text', 'ocr']),
    /** Rotation applied before OCR, in degrees clockwise (0 when none). */
    rotation: z.number().optional(),
  })
  .meta({id: 'PageInfo'});
export type PageInfo = z.infer<typeof PageInfo>;

export const Classification = z
  .object({
    documentType: DocumentType,
    /** 0..1 score of the chosen type. */
    score: z.number().min(0).max(1),
    /** Score of every known type. */
    scores: z.record(z.string(), z.number()),
  })
  .meta({id: 'Classification'});
export type Classification = z.infer<typeof Classification>;

/** What the pipeline makes of one input document. */
export const ExtractionResult = z
  .object({
    file: z.string(),
    documentType: DocumentType,
    classification: Classification.optional(),
    pages: z.array(PageInfo),
    fields: z.record(z.string(), ExtractedField),
    problems: z.array(Diagnostic),
    caseFields: CaseFields,
  })
  .meta({id: 'ExtractionResult'});
export type ExtractionResult = z.infer<typeof ExtractionResult>;
