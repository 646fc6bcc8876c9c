export * from './actor';
export * from './domain-error';
export * from './page';
export * from './clock';
export * from './rules/shop-time.rule';
export * from './clock.module';
