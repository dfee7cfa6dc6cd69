export type * from './ir.js';
export { IR_VERSION } from './ir.js';
export type * from './diagnostic.js';
export type * from './source-range.js';
export { UNKNOWN_RANGE } from './source-range.js';
export type * from './resolved-policy.js';
