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
export interface EventEnvelope<TPayload = unknown> {
  readonly id: string;
  readonly type: string;
  readonly actor: Actor;
  readonly entity: EntityRef;
  readonly payload: TPayload;
  readonly occurredAt: string;
}
