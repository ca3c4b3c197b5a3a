export * from './calendar';
export * from './date-of';
export * from './holidays';
export * from './stage';
export * from './timex';
export type * from './types';
