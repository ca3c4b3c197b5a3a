export * from './decode';
export * from './docx';
export * from './errors';
export * from './format';
export * from './html';
export * from './jsonl';
export * from './pdf';
export * from './read';
