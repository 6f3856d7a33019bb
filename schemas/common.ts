import {z} from 'zod';

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();
/** A money amount in US dollars. */
export const Money = z.number().finite().nonnegative();
export const PayFrequency = z.enum(['weekly', 'biweekly', 'semimonthly', 'monthly']);
export type PayFrequency = z.infer<typeof PayFrequency>;
