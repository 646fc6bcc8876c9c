export * from './bot-routing';
export * from './dead-job.events';
export * from './failed-checks.events';
export { issuedMessageKey } from './consumers/client-notifications.consumer';
export * from './notifications.module';
export * from './staff-callbacks';
export * from './stuck-events.alerter';
export * from './till-scan-button';
