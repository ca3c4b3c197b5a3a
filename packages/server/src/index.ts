export * from './app';
export * from './batch';
export * from './db';
export * from './export';
export * from './openapi';
export * from './sources';
export * from './worker';
