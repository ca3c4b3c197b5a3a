export * from './acled';
export * from './confidence';
export * from './fatalities';
export * from './lexicon';
export * from './linking';
export * from './stage';
