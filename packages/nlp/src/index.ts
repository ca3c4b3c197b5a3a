export * from './align';
export * from './analyze';
export * from './stage';
export type * from './types';
