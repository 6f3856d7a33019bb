export * from './case-fields.js';
export * from './common.js';
export * from './diagnostic.js';
export * from './documents/index.js';
export * from './extraction.js';
export * from './provenance.js';
