export * from './dictionary';
export * from './focus';
export * from './fold';
export * from './match';
export * from './persons';
export * from './recognize';
export * from './stage';
export * from './tsv';
export type * from './types';
