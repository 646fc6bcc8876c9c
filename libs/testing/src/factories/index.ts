export * from './a-cashier';
export * from './a-client';
export * from './a-discount';
export * from './a-template';
export * from './actors';
export * from './domain-test-app';
export * from './many-clients';
export * from './telegram-ids';
