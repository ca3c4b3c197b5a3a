export * from './filter';
export * from './migrations';
export * from './sqlite';
export * from './types';
