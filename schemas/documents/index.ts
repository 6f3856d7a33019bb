import {z} from 'zod';
import {Lease} from './lease.js';
import {PayStub} from './pay-stub.js';
import {ProtectiveOrder} from './protective-order.js';

export * from './lease.js';
export * from './pay-stub.js';
export * from './protective-order.js';

export const DocumentType = z.enum(['pay_stub', 'lease', 'protective_order', 'unknown']);
export type DocumentType = z.infer<typeof DocumentType>;
export type KnownDocumentType = Exclude<DocumentType, 'unknown'>;

/** The values schema of each known document type. */
export const documentSchemas = {
  pay_stub: PayStub,
  lease: Lease,
  protective_order: ProtectiveOrder,
} as const;

export type DocumentValues = {
  pay_stub: PayStub;
  lease: Lease;
  protective_order: ProtectiveOrder;
};
