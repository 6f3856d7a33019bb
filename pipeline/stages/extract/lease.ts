import type {ExtractedField} from '../../../schemas/index.js';
import type {Layout} from '../layout.js';
import {type Found, toField} from './find.js';
import {landlordName, tenantNames} from './lease-parties.js';
import {dateOrder, monthToMonth, monthlyRent, propertyAddress, securityDeposit, term} from './lease-terms.js';
import type {DateOrder} from './readers.js';

/**
 * Reads a lease or rental agreement's fields: the parties (landlord, every tenant), the rented
 * address, rent, deposit and term. A month-to-month tenancy has no end date.
 *
 * What the values mean when a lease prints more than one candidate:
 * - `landlordName` is the party the tenant rents from: the sublessor of a sublease, the owner a
 *   manager signs "as agent for", the housing agency of a public-housing lease.
 * - `tenantNames` are the people who sign as tenants, not other occupants, guarantors or co-signers;
 *   names printed "LAST, FIRST" are given in natural order.
 * - `monthlyRent` is what the tenant pays each month: the tenant rent of an assisted lease, not the
 *   contract rent or the housing assistance payment; not a prorated first month, a total for the
 *   term or a cap on a future rent. Rent stated only per week becomes a monthly amount (52 weeks
 *   over 12 months) with a low confidence, for the worker to confirm.
 * - `securityDeposit` is the security (damage) deposit, not a pet, key or holding deposit.
 */
export function extractLease(layout: Layout, options: {dateOrder?: DateOrder} = {}): Record<string, ExtractedField> {
  const fields: Record<string, ExtractedField> = {};
  const put = <T extends ExtractedField['value']>(name: string, found: Found<T> | undefined) => {
    if (found) fields[name] = toField(layout, found);
  };
  const order = options.dateOrder ?? dateOrder(layout);
  put('landlordName', landlordName(layout));
  put('tenantNames', tenantNames(layout));
  put('propertyAddress', propertyAddress(layout));
  put('monthlyRent', monthlyRent(layout));
  put('securityDeposit', securityDeposit(layout));
  const {start, end} = term(layout, order);
  put('leaseStart', start);
  const periodic = monthToMonth(layout);
  // A clause that reads month-to-month gives way to an end date printed in a field of its own.
  if (end && (!periodic || (periodic === 'prose' && end.how === 'label'))) put('leaseEnd', end);
  return fields;
}
