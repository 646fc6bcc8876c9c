export * from './commands/issue-discount.command';
export * from './commands/revoke-discount.command';
export * from './discount.entity';
export type { DiscountView } from './discount.view';
// For `redemptions`, which checks, redeems and rolls back these codes (DiscountsModule exports them).
export { DiscountsRepository, type DiscountWithNames } from './discounts.repository';
export { DiscountViewsFactory } from './discount-views.factory';
export { SharedCodesService } from './shared-codes.service';
export * from './discounts.errors';
export * from './discounts.module';
export * from './events/discount-reminder-due.event';
export * from './events/discount.events';
export type { DiscountReminderData } from './jobs/discount-reminder.job';
export * from './queries/get-discount.query';
export * from './queries/list-client-discounts.query';
export * from './queries/list-discounts.query';
export * from './rules/discount-code.rule';
export * from './rules/redeemability.rule';
export * from './queries/get-channel-membership.query';
