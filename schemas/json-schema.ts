import {z} from 'zod';
import * as s from './index.js';

/** Every public shape, by the file name its JSON Schema is published under. */
export const publicSchemas = {
  'provenance': s.Provenance,
  'extracted-field': s.ExtractedField,
  'diagnostic': s.Diagnostic,
  'pay-stub': s.PayStub,
  'lease': s.Lease,
  'protective-order': s.ProtectiveOrder,
  'case-fields': s.CaseFields,
  'case-field-values': s.CaseFieldValues,
  'extraction-result': s.ExtractionResult,
} as const;

/**
 * JSON Schema (draft 2020-12) of each public shape, for county back ends in any language to
 * validate what casekit emits.
 */
export function jsonSchemas(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(publicSchemas).map(([name, schema]) => [
      name,
      {$id: `https://casekit.invalid/schemas/${name}.json`, ...z.toJSONSchema(schema, {target: 'draft-2020-12', io: 'output', unrepresentable: 'any'})},
    ]),
  );
}
