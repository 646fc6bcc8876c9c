import { InjectQueue } from '@nestjs/bullmq';
import { EventConsumer, type DomainEventConsumer, JobName, QueueName } from '@dvorik/messaging';
import type { EventEnvelope } from '@dvorik/persistence';
import type { Queue } from 'bullmq';
import type { BroadcastLaunchedEvent, BroadcastTestRequestedEvent } from '../events/broadcast.events';
import type { StartBroadcastData } from '../jobs/start-broadcasts.job';
import type { SendTestBroadcastData } from '../jobs/send-test-broadcast.job';

/**
 * Turns staff requests into worker jobs: a launch becomes a start job due at its time (the
 * 15-second sweep catches any that go missing), a test request a test send. Job ids derive from
 * the event id, so a redelivered event enqueues nothing twice.
 */
@EventConsumer('broadcast-jobs')
export class BroadcastJobsScheduler implements DomainEventConsumer {
  constructor(@InjectQueue(QueueName.Broadcasts) private readonly queue: Queue) {}

  accepts(type: string): boolean {
    return type === 'broadcast.launched' || type === 'broadcast.test_requested';
  }

  async consume(event: EventEnvelope): Promise<void> {
    const broadcastId = Number(event.entity.id);
    if (event.type === 'broadcast.launched') {
      const { scheduledAt } = event.payload as BroadcastLaunchedEvent['payload'];
      const data: StartBroadcastData = { broadcastId };
      await this.queue.add(JobName.StartBroadcast, data, {
        jobId: `broadcast-start.${event.id}`,
        delay: Math.max(0, new Date(scheduledAt).getTime() - Date.now()),
      });
      return;
    }
    const { clientIds } = event.payload as BroadcastTestRequestedEvent['payload'];
    const data: SendTestBroadcastData = { broadcastId, clientIds };
    // One attempt: a retried test send would message the testers who already got it.
    await this.queue.add(JobName.SendTestBroadcast, data, {
      jobId: `broadcast-test.${event.id}`,
      attempts: 1,
    });
  }
}
