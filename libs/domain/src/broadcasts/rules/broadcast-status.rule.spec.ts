import { BROADCAST_STATUSES } from '../broadcast.types';
import { type BroadcastAction, canApply, isFinished } from './broadcast-status.rule';

/** DESIGN §2: draft → scheduled → sending ⇄ paused → sent | failed | cancelled. */
const EXPECTED: Record<BroadcastAction, string[]> = {
  edit: ['draft'],
  launch: ['draft'],
  start: ['scheduled'],
  pause: ['sending'],
  resume: ['paused'],
  cancel: ['scheduled', 'sending', 'paused'],
  retry_failed: ['sending', 'paused', 'sent', 'failed'],
  finish: ['sending'],
};

describe('broadcast status machine', () => {
  it.each(Object.entries(EXPECTED))('%s applies from %j only', (action, from) => {
    const allowed = BROADCAST_STATUSES.filter((status) => canApply(action as BroadcastAction, status));
    expect(allowed).toEqual(from);
  });

  it('knows which statuses are final', () => {
    expect(BROADCAST_STATUSES.filter(isFinished)).toEqual(['sent', 'failed', 'cancelled']);
  });
});
