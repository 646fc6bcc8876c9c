import type { Broadcast } from '../broadcast.entity';
import type { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastError } from '../broadcasts.errors';
import { allowedFrom, type BroadcastAction, canApply } from '../rules/broadcast-status.rule';

/** The broadcast row locked for this transaction, refused unless `action` applies to its status. */
export async function lockedForAction(
  broadcasts: BroadcastsRepository,
  id: number,
  action: BroadcastAction,
): Promise<Broadcast> {
  const broadcast = await broadcasts.findById(id, true);
  if (!broadcast) throw BroadcastError.notFound(id);
  if (!canApply(action, broadcast.status))
    throw BroadcastError.invalidTransition(id, action, broadcast.status, allowedFrom(action));
  return broadcast;
}
