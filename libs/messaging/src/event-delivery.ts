import type { Env } from '@dvorik/config';
import type { BackoffStrategy, JobsOptions } from 'bullmq';

/** The back-off of domain event delivery: doubling from EVENT_RETRY_BASE_MS, capped at EVENT_RETRY_MAX_MS. */
export const CAPPED_EXPONENTIAL = 'capped-exponential';

/**
 * A committed event is delivered however long an outage lasts (README «Reliability»): its job is
 * retried without limit, at most EVENT_RETRY_MAX_MS apart; after EVENT_ALERT_AFTER_ATTEMPTS the
 * `errors` group is alerted, and the waiting job shows in Bull Board (domain-events, delayed).
 */
export function eventDeliveryJobOptions(): Pick<JobsOptions, 'attempts' | 'backoff'> {
  return { attempts: Number.MAX_SAFE_INTEGER, backoff: { type: CAPPED_EXPONENTIAL } };
}

/** The workers' custom back-off (BullMQ `settings.backoffStrategy`). */
export function cappedBackoff(env: Pick<Env, 'EVENT_RETRY_BASE_MS' | 'EVENT_RETRY_MAX_MS'>): BackoffStrategy {
  return (attemptsMade) =>
    Math.min(
      env.EVENT_RETRY_MAX_MS,
      env.EVENT_RETRY_BASE_MS * 2 ** Math.min(30, Math.max(0, attemptsMade - 1)),
    );
}
