import { randomUUID } from 'node:crypto';

/** Who caused a state change; the audit log records staff actors. */
export type Actor =
  | { readonly type: 'staff'; readonly staffId: number; readonly role: string; readonly ip?: string | null }
  | { readonly type: 'system'; readonly reason?: string }
  | { readonly type: 'client'; readonly clientId: number }
  | { readonly type: 'cashier'; readonly cashierId: number }
  | { readonly type: 'pos'; readonly ip?: string | null };

export const SYSTEM: Actor = { type: 'system' };

export interface EntityRef {
  readonly type: string;
  readonly id: string | number | null;
}

/** A fact a command committed; serialised into one outbox row in the command's transaction. */
export abstract class DomainEvent<TPayload extends object = object> {
  readonly id: string = randomUUID();
  readonly occurredAt: Date = new Date();
  abstract readonly type: string;

  constructor(
    readonly actor: Actor,
    readonly entity: EntityRef,
    readonly payload: TPayload,
  ) {}

  toEnvelope(): EventEnvelope<TPayload> {
    return {
      id: this.id,
      type: this.type,
      actor: this.actor,
      entity: this.entity,
      payload: this.payload,
      occurredAt: this.occurredAt.toISOString(),
    };
  }
}

/** What consumers receive: plain JSON, as stored in the outbox and carried by BullMQ. */
export interface EventEnvelope<TPayload = unknown, TType extends string = string> {
  readonly id: string;
  readonly type: TType;
  readonly actor: Actor;
  readonly entity: EntityRef;
  readonly payload: TPayload;
  readonly occurredAt: string;
}

/**
 * Event type → payload, for every event the outbox may hold. Empty here: the domain fills it by
 * declaration merging (`libs/domain/src/domain-events.ts`, derived from its exported `…Event`
 * classes), so `UnitOfWork.record` compiles only for a mapped event carrying its type's payload.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the domain
export interface EventPayloadRegistry {}

export type EventType = Extract<keyof EventPayloadRegistry, string>;

/** An event `UnitOfWork.record` takes: a mapped type, with that type's payload. */
export type RecordableEvent = {
  [K in EventType]: DomainEvent & { readonly type: K; readonly payload: EventPayloadRegistry[K] };
}[EventType];

/** The envelope of any mapped event, discriminated by `type` (what a consumer of every event gets). */
export type AnyEventEnvelope = { [K in EventType]: EventEnvelope<EventPayloadRegistry[K], K> }[EventType];

/** The envelope of an event class's instances (a union of classes gives a union discriminated by `type`). */
export type EnvelopeOf<E extends DomainEvent> = E extends DomainEvent
  ? EventEnvelope<E['payload'], E['type']>
  : never;
