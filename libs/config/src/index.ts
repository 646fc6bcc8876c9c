export * from './app-config';
export * from './config.module';
export * from './env.schema';
export * from './load-env';
export * from './run-main';
export * from './logging';
export * from './network-list';
export * from './startup-failure';
