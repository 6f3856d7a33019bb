/**
 * Pure, platform-neutral parsers for field values found in documents:
 * dates, money amounts and names. No Node APIs; safe in browsers and workers.
 *
 * @module
 */
export { findDates, parseDate, MAX_YEAR, MIN_YEAR } from './date.js';
export type { DateMatch, DateOptions, DateOrder } from './date.js';
export { findMoney, numberWordsToNumber, parseMoney } from './money.js';
export type { MoneyMatch } from './money.js';
export { cleanName, foldForMatch, normalizeSpace } from './text.js';
