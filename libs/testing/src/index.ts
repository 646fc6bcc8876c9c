export * from './domain-context';
export * from './eventually';
export * from './test-database';
export * from './test-redis';
export * from './telegram-emulator';
export * from './factories';
export * from './redis-server';
export * from './tcp-proxy';
