import type { DomainEvent } from '@dvorik/persistence';
import type * as Domain from './index';

type Exports = typeof Domain;

/** The instances of every `…Event` class a capability exports through its index. */
type ExportedEvent = {
  [K in keyof Exports]: K extends `${string}Event`
    ? Exports[K] extends abstract new (...args: never[]) => infer E
      ? Extract<E, DomainEvent>
      : never
    : never;
}[keyof Exports];

/**
 * Event type → payload, derived from the core's exports by type: a new event joins the map by
 * being exported from its capability's index, and `UnitOfWork.record` refuses one that is not.
 * Nothing imports this file (the index does not re-export it: no cycle); being compiled with
 * the rest fills `EventPayloadRegistry` in @dvorik/persistence.
 */
export type DomainEventPayloads = {
  [T in ExportedEvent['type']]: Extract<ExportedEvent, { readonly type: T }>['payload'];
};

declare module '@dvorik/persistence' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the merge is the point
  interface EventPayloadRegistry extends DomainEventPayloads {}
}
