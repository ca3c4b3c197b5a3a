export * from './filter';
export * from './migrations';
export * from './prepare';
export * from './sqlite';
export * from './types';
