export * from './commands/check-subscription.command';
export * from './queries/get-channel.query';
export * from './queries/get-channel-membership.query';
export * from './rules/channel-membership.rule';
export * from './subscriptions.module';
