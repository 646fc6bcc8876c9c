import { getQueueToken } from '@nestjs/bullmq';
import { QueueName } from '@dvorik/messaging';
import { UnitOfWork } from '@dvorik/persistence';
import { eventually, type TelegramEmulator } from '@dvorik/testing';
import type { Queue } from 'bullmq';
import type { TgUpdate } from '@dvorik/testing';
import type { TestSystem } from './test-system';

/*
 * Positive barriers for negative assertions: "nothing more arrived" is only worth asserting once
 * something proves the pipeline has settled. Never a fixed sleep.
 */

const IN_FLIGHT = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

/**
 * Every domain event committed so far has been relayed and delivered to all its consumers
 * (their Telegram sends included: a consumer sends inside its job). Reads the queue, then the
 * outbox, then the queue again, and accepts only when nothing is in flight and no job finished
 * in between (a job finishing meanwhile may have recorded events the outbox read missed).
 */
export async function eventsSettled(sys: TestSystem): Promise<void> {
  const worker = sys.apps.worker;
  if (!worker) throw new Error('eventsSettled needs the worker app in the test system');
  const queue = worker.get<Queue>(getQueueToken(QueueName.DomainEvents), { strict: false });
  const uow = worker.get(UnitOfWork);
  const counts = () => queue.getJobCounts(...IN_FLIGHT, 'completed', 'failed');
  await eventually(
    async () => {
      const before = await counts();
      const [{ pending }] = await uow.manager.query<{ pending: string }[]>(
        'SELECT COUNT(*) pending FROM outbox WHERE published_at IS NULL',
      );
      const after = await counts();
      const inFlight = IN_FLIGHT.reduce((n, state) => n + (after[state] ?? 0), 0);
      const finishedMeanwhile =
        before.completed !== after.completed || before.failed !== after.failed || before.active !== 0;
      return { pending: Number(pending), inFlight, finishedMeanwhile };
    },
    (s) => s.pending === 0 && s.inFlight === 0 && !s.finishedMeanwhile,
    { timeoutMs: 30_000, intervalMs: 100 },
  );
}

/** A BullMQ job (by id) of one of the worker's queues has completed. */
export async function jobCompleted(sys: TestSystem, queueName: QueueName, jobId: string): Promise<void> {
  const queue = sys.apps.worker!.get<Queue>(getQueueToken(queueName), { strict: false });
  await eventually(
    () => queue.getJobState(jobId),
    (state) => state === 'completed',
  );
}

/**
 * A polling bot has handled `update`: telegraf awaits the handlers of a batch before it asks for
 * the next one with a higher offset, so that getUpdates call (recorded on arrival) is the proof.
 * Given the updates one action pushed to several bots (setMembership), it waits for the one this
 * bot got: update ids are global and new, so an offset past the smallest is past its own.
 */
export async function updateHandled(
  telegram: TelegramEmulator,
  token: string,
  update: TgUpdate | TgUpdate[],
): Promise<void> {
  const ids = (Array.isArray(update) ? update : [update]).map((u) => u.update_id);
  if (ids.length === 0) throw new Error('updateHandled needs at least one update');
  const past = Math.min(...ids);
  await eventually(
    async () =>
      telegram.callsTo('getUpdates', (c) => c.token === token && Number(c.params.offset) > past).length,
    (n) => n > 0,
  );
}
