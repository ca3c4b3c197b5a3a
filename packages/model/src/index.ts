export * from './contract';
export * from './dates';
export * from './diagnostics';
export * from './document';
export * from './json-schema';
export * from './locator';
export * from './span';
export * from './stage';
