export * from './day-number.js';
export type * from './working-calendar.js';
export type * from './case-record.js';
export type * from './case-result.js';
