import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';
import type { EventEnvelope } from '@dvorik/persistence';

export const EVENT_CONSUMER = Symbol('dvorik:event-consumer');

/**
 * A consumer of committed domain events. The worker runs `consume` at most once per event and
 * consumer name: a `consumed_events` row is written in the same transaction as its effects.
 */
export const EventConsumer = (name: string) =>
  applyDecorators(Injectable(), SetMetadata(EVENT_CONSUMER, name));

export interface DomainEventConsumer {
  accepts(type: string): boolean;
  consume(event: EventEnvelope): Promise<void>;
}
