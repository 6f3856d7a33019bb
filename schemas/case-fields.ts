import {z} from 'zod';
import {IsoDate, Money} from './common.js';
import {field} from './provenance.js';

/** Case values the pipeline fills from documents. */
export const CaseFieldValues = z
  .object({
    monthlyGrossIncome: Money,
    monthlyHousingCost: Money,
    residentialAddress: z.string().min(1),
    hasActiveProtectiveOrder: z.boolean(),
    protectiveOrderExpires: IsoDate,
  })
  .partial()
  .meta({id: 'CaseFieldValues'});
export type CaseFieldValues = z.infer<typeof CaseFieldValues>;

/** Case values each with the provenance that says they were derived and from what. */
export const CaseFields = z
  .object({
    monthlyGrossIncome: field(Money),
    monthlyHousingCost: field(Money),
    residentialAddress: field(z.string().min(1)),
    hasActiveProtectiveOrder: field(z.boolean()),
    protectiveOrderExpires: field(IsoDate),
  })
  .partial()
  .meta({id: 'CaseFields'});
export type CaseFields = z.infer<typeof CaseFields>;
