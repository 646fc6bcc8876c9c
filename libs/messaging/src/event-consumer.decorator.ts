import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';
import type { AnyEventEnvelope, DomainEvent, EnvelopeOf, EventEnvelope } from '@dvorik/persistence';

export const EVENT_CONSUMER = Symbol('dvorik:event-consumer');

/** An event class: what it constructs, and its `type` on the class itself (what delivery matches). */
export type EventClass<E extends DomainEvent = DomainEvent> = (abstract new (...args: never[]) => E) & {
  readonly type: E['type'];
};

/** In place of a list of classes: every event (the audit log). */
export const EVERY_EVENT = Symbol('dvorik:every-event');

/** What `@EventConsumer` records on the class, for the worker's delivery. */
export interface EventConsumerMetadata {
  readonly name: string;
  readonly types: ReadonlySet<string> | typeof EVERY_EVENT;
}

/** What the worker calls, once it has matched the envelope's type against the consumer's classes. */
export interface DomainEventConsumer {
  consume(event: EventEnvelope): Promise<void>;
}

/**
 * The class a consumer decorator accepts. `consume` is written as a property on purpose: its
 * parameter is then checked contravariantly, so a `consume` typed for fewer events than the
 * decorator names does not compile (a method would be checked both ways).
 */
type ConsumerClass<TEnvelope> = abstract new (...args: never[]) => {
  consume: (event: TEnvelope) => Promise<void>;
};

/**
 * A consumer of committed domain events, named by the event classes it handles:
 * `@EventConsumer('broadcast-jobs', [BroadcastLaunchedEvent, BroadcastTestRequestedEvent])` on a
 * class whose `consume(event: EnvelopeOf<BroadcastLaunchedEvent | BroadcastTestRequestedEvent>)`
 * gets a union discriminated by `type` — `switch (event.type)` types the payload, no cast. The
 * worker runs `consume` at most once per event and consumer name: a `consumed_events` row is
 * written in the same transaction as its effects.
 */
export function EventConsumer<const C extends readonly EventClass[]>(
  name: string,
  events: C,
): <T extends ConsumerClass<EnvelopeOf<InstanceType<C[number]>>>>(target: T) => void;
export function EventConsumer(
  name: string,
  events: typeof EVERY_EVENT,
): <T extends ConsumerClass<AnyEventEnvelope>>(target: T) => void;
export function EventConsumer(name: string, events: readonly EventClass[] | typeof EVERY_EVENT) {
  const metadata: EventConsumerMetadata = {
    name,
    types: events === EVERY_EVENT ? EVERY_EVENT : new Set(events.map((event) => event.type)),
  };
  return applyDecorators(Injectable(), SetMetadata(EVENT_CONSUMER, metadata));
}

/** Whether a consumer takes events of this type. */
export function consumesType(metadata: EventConsumerMetadata, type: string): boolean {
  return metadata.types === EVERY_EVENT || metadata.types.has(type);
}
