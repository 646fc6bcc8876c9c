import type { JobName } from './queue-names';

/**
 * The deterministic id of a scheduled job for one period (`audit-log.purge.2026-11-21`):
 * however many workers fire the same trigger, BullMQ accepts one job per id.
 * BullMQ forbids ':' in custom ids, hence the dots.
 */
export function periodJobId(name: JobName, periodKey: string): string {
  return `${name}.${periodKey.replace(/:/g, '.')}`;
}
