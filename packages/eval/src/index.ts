export * from './actors';
export * from './assignment';
export * from './compare';
export * from './evaluate';
export * from './format';
export * from './geo';
export * from './gold';
export * from './times';
