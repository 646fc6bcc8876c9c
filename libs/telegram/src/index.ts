export * from './classify-telegram-error';
export * from './telegram.gateway';
export * from './telegram.module';
export * from './telegram-outcome';
export * from './allowed-updates';
export * from './timed-telegram';
export * from './redact-bot-tokens';
