import type { BroadcastStatus } from '../broadcast.types';

export type BroadcastAction =
  'edit' | 'launch' | 'start' | 'pause' | 'resume' | 'cancel' | 'retry_failed' | 'finish';

/**
 * `draft → scheduled → sending ⇄ paused → sent | failed | cancelled` (DESIGN §2): the statuses
 * each action may start from. `start` and `finish` are the worker's; the rest are staff's.
 */
const FROM: Readonly<Record<BroadcastAction, readonly BroadcastStatus[]>> = {
  edit: ['draft'],
  launch: ['draft'],
  start: ['scheduled'],
  pause: ['sending'],
  resume: ['paused'],
  cancel: ['scheduled', 'sending', 'paused'],
  // A finished broadcast is reopened for its failed recipients; a running one just takes them back.
  retry_failed: ['sending', 'paused', 'sent', 'failed'],
  finish: ['sending'],
};

export function canApply(action: BroadcastAction, status: BroadcastStatus): boolean {
  return FROM[action].includes(status);
}

export function allowedFrom(action: BroadcastAction): readonly BroadcastStatus[] {
  return FROM[action];
}

/** Statuses the sender works on or will: nothing else ever gets a message. */
export function isFinished(status: BroadcastStatus): boolean {
  return status === 'sent' || status === 'failed' || status === 'cancelled';
}
