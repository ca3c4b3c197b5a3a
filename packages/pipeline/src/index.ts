export * from './default';
export * from './pipeline';
