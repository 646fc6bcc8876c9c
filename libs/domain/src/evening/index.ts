export * from './digest-figures';
export * from './evening.events';
export * from './evening.module';
export * from './rules/anomaly.rule';
export { digestRows, digestValues } from './rules/digest-text.rule';
export { SendEveningDigestJob, type SendEveningDigestResult } from './jobs/send-evening-digest.job';
export { WatchAnomaliesJob } from './jobs/watch-anomalies.job';
