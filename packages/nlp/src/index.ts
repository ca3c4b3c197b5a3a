export * from './align';
export * from './analyze';
export * from './letters';
export * from './stage';
export type * from './types';
