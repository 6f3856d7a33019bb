import type {ExtractedField} from '../../../schemas/index.js';
import type {Layout} from '../layout.js';
import {type Found, toField} from './find.js';
import {landlordName, tenantNames} from './lease-parties.js';
import {dateOrder, monthToMonth, monthlyRent, propertyAddress, securityDeposit, term} from './lease-terms.js';
import type {DateOrder} from './readers.js';

/**
 * Reads a lease or rental agreement's fields: the parties (landlord, every tenant), the rented
 * address, rent, deposit and term. A month-to-month tenancy has no end date.
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
