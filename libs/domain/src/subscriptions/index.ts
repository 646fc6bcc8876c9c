export * from './commands/check-subscription.command';
export * from './queries/get-channel.query';
export * from './rules/channel-membership.rule';
export * from './subscriptions.module';
