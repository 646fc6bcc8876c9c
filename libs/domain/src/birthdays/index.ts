export * from './birthdays.module';
export type {
  IssueBirthdayDiscountsData,
  IssueBirthdayDiscountsResult,
} from './jobs/issue-birthday-discounts.job';
export { IssueBirthdayDiscountsJob } from './jobs/issue-birthday-discounts.job';
export * from './rules/birthday-today.rule';
