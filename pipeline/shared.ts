/** Platform-neutral exports shared by the Node and browser entry points. */
export {createExtract, failedResult, DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, type ExtractInput, type ExtractOptions, type PipelineAdapters} from './core.js';
export * from './errors.js';
export {message, fieldLabel, type Locale, type MessageCode} from './messages.js';
export {classify} from './stages/classify.js';
export {layout, type Layout} from './stages/layout.js';
export {mapToCase, monthlyFrom} from './stages/map-to-case.js';
export {validate} from './stages/validate.js';
export {sniff} from './stages/ingest.js';
export {extractPayStub, inferFrequency} from './stages/extract/pay-stub.js';
export {extractLease} from './stages/extract/lease.js';
export {extractProtectiveOrder} from './stages/extract/protective-order.js';
export type * from './types.js';
