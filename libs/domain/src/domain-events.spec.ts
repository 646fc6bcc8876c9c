import { DomainEvent, SYSTEM } from '@dvorik/persistence';
import * as Domain from './index';

/** The exported event classes, as domain-events.ts derives the registry from them (by name). */
const eventClasses = Object.entries(Domain).flatMap(([name, value]) =>
  name.endsWith('Event') && typeof value === 'function' && value.prototype instanceof DomainEvent
    ? [
        {
          name,
          cls: value as unknown as new (...args: ConstructorParameters<typeof DomainEvent>) => DomainEvent,
        },
      ]
    : [],
);

describe('the exported domain events', () => {
  it('are found', () => {
    expect(eventClasses.length).toBeGreaterThan(50);
  });

  it('carry the same type on the class (what consumers match) and on the instance (what the outbox stores)', () => {
    for (const { name, cls } of eventClasses) {
      const event = new cls(SYSTEM, { type: 'test', id: null }, {});
      expect({ name, type: (cls as unknown as { type: unknown }).type }).toEqual({ name, type: event.type });
    }
  });

  it('have one class per type: two classes of one type would merge their payloads in the registry', () => {
    const types = eventClasses.map(({ cls }) => (cls as unknown as { type: string }).type);
    expect(types.filter((type, i) => types.indexOf(type) !== i)).toEqual([]);
  });
});
