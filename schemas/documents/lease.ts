import {z} from 'zod';
import {IsoDate, Money} from '../common.js';

/** Values read from a residential lease or rental agreement. */
export const Lease = z
  .object({
    landlordName: z.string().min(1),
    tenantNames: z.array(z.string().min(1)).min(1),
    propertyAddress: z.string().min(1),
    monthlyRent: Money,
    securityDeposit: Money,
    leaseStart: IsoDate,
    /** Absent for a month-to-month tenancy. */
    leaseEnd: IsoDate,
  })
  .partial()
  .meta({id: 'Lease'});
export type Lease = z.infer<typeof Lease>;
