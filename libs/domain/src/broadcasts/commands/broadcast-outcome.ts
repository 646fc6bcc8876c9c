import type { Broadcast } from '../broadcast.entity';

/** What the sent and failed events tell about a finished broadcast. */
export const broadcastOutcome = (b: Broadcast) => ({
  title: b.title,
  origin: b.origin,
  total: b.total,
  sent: b.sentCount,
  failed: b.failedCount,
  blocked: b.blockedCount,
});
