import type { OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import {
  consumesType,
  EVENT_CONSUMER,
  type DomainEventConsumer,
  type EventConsumerMetadata,
  JobHandler,
  JobName,
  type JobProcessor,
} from '@dvorik/messaging';
import { type EventEnvelope, UnitOfWork } from '@dvorik/persistence';
import type { Job } from 'bullmq';

interface RegisteredConsumer {
  metadata: EventConsumerMetadata;
  consumer: DomainEventConsumer;
}

/**
 * Fans one committed event out to every consumer that names its type. Each consumer runs at most
 * once per event: the `consumed_events` row and the consumer's own writes commit together, so
 * a redelivered job (a relay re-publish, a retry after a partial failure) repeats nothing.
 */
@JobHandler(JobName.DeliverDomainEvent)
export class DeliverDomainEventJob
  implements JobProcessor<EventEnvelope, { consumedBy: string[] }>, OnModuleInit
{
  private consumers: RegisteredConsumer[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly uow: UnitOfWork,
  ) {}

  onModuleInit(): void {
    this.consumers = this.discovery.getProviders().flatMap((wrapper) => {
      if (!wrapper.metatype || !wrapper.instance) return [];
      const metadata = this.reflector.get<EventConsumerMetadata | undefined>(
        EVENT_CONSUMER,
        wrapper.metatype as object as () => void,
      );
      return metadata ? [{ metadata, consumer: wrapper.instance as DomainEventConsumer }] : [];
    });
  }

  async process(job: Job<EventEnvelope>) {
    const event = job.data;
    const consumedBy: string[] = [];
    for (const { metadata, consumer } of this.consumers) {
      if (!consumesType(metadata, event.type)) continue;
      const { name } = metadata;
      const ran = await this.uow.run(async () => {
        const result: { affectedRows: number } = await this.uow.query(
          'INSERT IGNORE INTO consumed_events (consumer, event_id, consumed_at) VALUES (?, ?, ?)',
          [name, event.id, new Date()],
        );
        if (result.affectedRows === 0) return false;
        await consumer.consume(event);
        return true;
      });
      if (ran) consumedBy.push(name);
    }
    return { consumedBy };
  }
}
