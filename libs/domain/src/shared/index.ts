export * from './actor';
export * from './domain-error';
export * from './page';
export * from './clock';
