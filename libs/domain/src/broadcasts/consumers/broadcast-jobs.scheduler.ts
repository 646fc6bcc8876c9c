import { InjectQueue } from '@nestjs/bullmq';
import { EventConsumer, JobName, QueueName } from '@dvorik/messaging';
import type { EnvelopeOf } from '@dvorik/persistence';
import type { Queue } from 'bullmq';
import { BroadcastLaunchedEvent, BroadcastTestRequestedEvent } from '../events/broadcast.events';
import type { StartBroadcastData } from '../jobs/start-broadcasts.job';
import type { SendTestBroadcastData } from '../jobs/send-test-broadcast.job';

/**
 * Turns staff requests into worker jobs: a launch becomes a start job due at its time (the
 * 15-second sweep catches any that go missing), a test request a test send. Job ids derive from
 * the event id, so a redelivered event enqueues nothing twice.
 */
@EventConsumer('broadcast-jobs', [BroadcastLaunchedEvent, BroadcastTestRequestedEvent])
export class BroadcastJobsScheduler {
  constructor(@InjectQueue(QueueName.Broadcasts) private readonly queue: Queue) {}

  async consume(event: EnvelopeOf<BroadcastLaunchedEvent | BroadcastTestRequestedEvent>): Promise<void> {
    const broadcastId = Number(event.entity.id);
    if (event.type === BroadcastLaunchedEvent.type) {
      const { scheduledAt } = event.payload;
      const data: StartBroadcastData = { broadcastId };
      await this.queue.add(JobName.StartBroadcast, data, {
        jobId: `broadcast-start.${event.id}`,
        delay: Math.max(0, new Date(scheduledAt).getTime() - Date.now()),
      });
      return;
    }
    const { clientIds } = event.payload;
    const data: SendTestBroadcastData = { broadcastId, clientIds };
    // One attempt: a retried test send would message the testers who already got it.
    await this.queue.add(JobName.SendTestBroadcast, data, {
      jobId: `broadcast-test.${event.id}`,
      attempts: 1,
    });
  }
}
