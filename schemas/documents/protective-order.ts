import {z} from 'zod';
import {IsoDate} from '../common.js';

export const ProtectiveOrderType = z.enum(['temporary', 'after_hearing', 'emergency', 'criminal']);
export type ProtectiveOrderType = z.infer<typeof ProtectiveOrderType>;

/** Values read from a restraining / protective order. */
export const ProtectiveOrder = z
  .object({
    orderType: ProtectiveOrderType,
    courtName: z.string().min(1),
    caseNumber: z.string().min(1),
    protectedPersonName: z.string().min(1),
    restrainedPersonName: z.string().min(1),
    issueDate: IsoDate,
    expirationDate: IsoDate,
    hearingDate: IsoDate,
  })
  .partial()
  .meta({id: 'ProtectiveOrder'});
export type ProtectiveOrder = z.infer<typeof ProtectiveOrder>;
