import {z} from 'zod';
import {IsoDate, Money, PayFrequency} from '../common.js';

/** Values read from a pay stub. Amounts are for THIS pay period unless named `ytd`. */
export const PayStub = z
  .object({
    employerName: z.string().min(1),
    employeeName: z.string().min(1),
    payPeriodStart: IsoDate,
    payPeriodEnd: IsoDate,
    payDate: IsoDate,
    payFrequency: PayFrequency,
    grossPay: Money,
    netPay: Money,
    ytdGross: Money,
    hoursWorked: z.number().finite().nonnegative(),
    hourlyRate: Money,
  })
  .partial()
  .meta({id: 'PayStub'});
export type PayStub = z.infer<typeof PayStub>;
