import type {ExtractedField} from '../../../schemas/index.js';
import type {Layout} from '../layout.js';
import {toField, type Found} from './find.js';
import {caseNumber, courtName, fieldFromPieces, orderType} from './protective-order-court.js';
import {dateOrderOf, orderDates} from './protective-order-dates.js';
import {orderParties} from './protective-order-parties.js';
import type {DateOrder} from './readers.js';

/**
 * Reads a protective, restraining or emergency order's fields: its type, court, case number,
 * the protected and restrained persons, and its issue, expiration and hearing dates.
 */
export function extractProtectiveOrder(layout: Layout, options: {dateOrder?: DateOrder} = {}): Record<string, ExtractedField> {
  const fields: Record<string, ExtractedField> = {};
  const put = <T extends ExtractedField['value']>(name: string, found: Found<T> | undefined) => {
    if (found) fields[name] = toField(layout, found);
  };
  const dates = orderDates(layout, options.dateOrder ?? dateOrderOf(layout));
  const parties = orderParties(layout);
  const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const lastsDays = dates.issue && dates.expiration ? days(dates.expiration.value) - days(dates.issue.value) : undefined;
  const endsAtHearing =
    dates.issue && dates.hearing && dates.expiration && lastsDays !== undefined
      ? dates.hearing.value > dates.issue.value && dates.expiration.value <= dates.hearing.value && lastsDays <= 60
      : false;
  put('orderType', orderType(layout, {criminalCaption: parties.criminal, hearingAhead: dates.hearing !== undefined, endsAtHearing, ...(lastsDays !== undefined ? {lastsDays} : {})}));
  const court = courtName(layout);
  if (court) fields.courtName = fieldFromPieces(layout, court.value, court.pieces, court.certainty);
  put('caseNumber', caseNumber(layout));
  put('protectedPersonName', parties.protected);
  put('restrainedPersonName', parties.restrained);
  put('issueDate', dates.issue);
  put('expirationDate', dates.expiration);
  if (dates.expiration?.rule && fields.expirationDate) {
    // "expires three years from the date of issuance": computed, from the issue date.
    fields.expirationDate = {...fields.expirationDate, method: 'derived', source: `${dates.expiration.rule} | ${fields.expirationDate.source}`, derivedFrom: ['protective_order.issueDate']};
  }
  put('hearingDate', dates.hearing);
  return fields;
}
