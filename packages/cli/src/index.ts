export * from './io';
export * from './main';
export * from './output';
