import {z} from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/**
 * A problem with the data, not a crash: a reversed pay period, an expired order, a value read
 * with low confidence, a file that could not be read. Codes are snake_case and stable; messages
 * come from a per-locale map keyed by code.
 */
export const Diagnostic = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]*$/),
    severity: Severity,
    /** The field the problem is about (e.g. `netPay`), or null for the whole document. */
    field: z.string().nullable(),
    message: z.string(),
    actual: z.unknown().optional(),
    expected: z.unknown().optional(),
    page: z.number().int().min(1).optional(),
  })
  .meta({id: 'Diagnostic'});
export type Diagnostic = z.infer<typeof Diagnostic>;
