import {
  CreateBroadcastCommand,
  CreateSegmentCommand,
  EstimateBroadcastQuery,
  LaunchBroadcastCommand,
  StartBroadcastCommand,
} from '@dvorik/domain';
import { anOwner, createDomainTestApp, type DomainTestApp, manyClients } from '@dvorik/testing';
import { AudienceResolver } from './audience.resolver';

// The project's testTimeout does not reach jest-circus (only the global one does): set it here.
jest.setTimeout(120_000);

/**
 * Issue 11 item 15: `is_test` clients never get a production broadcast, even when the audience
 * names them outright (`clientIds`) or asks for them (`filter: {isTest: true}`). Each case here
 * fails with the guard in audience.resolver.ts (PRODUCTION) removed.
 */
describe('Production broadcasts never reach test clients (MariaDB)', () => {
  let app: DomainTestApp;
  let real: Array<{ id: number }>;
  let test: Array<{ id: number }>;

  beforeAll(async () => {
    app = await createDomainTestApp('btestsep');
    real = await manyClients(app.sql, 4, { subscribed: true });
    test = await manyClients(app.sql, 3, { subscribed: true, isTest: true });
  });
  afterAll(() => app.close());

  const frozenTestRecipients = async (audience: object) => {
    const draft = await app.commands.execute(
      new CreateBroadcastCommand(anOwner(), { title: 'prod', text: 'x', audience }),
    );
    const estimate = await app.queries.execute(new EstimateBroadcastQuery(draft.id));
    if (estimate.count === 0) return { estimate: 0, frozen: [] as number[] };
    await app.commands.execute(new LaunchBroadcastCommand(anOwner(), draft.id, null));
    await app.commands.execute(new StartBroadcastCommand(draft.id));
    const rows = await app.sql<{ client_id: number }>(
      `SELECT r.client_id FROM broadcast_recipients r JOIN clients c ON c.id = r.client_id
       WHERE r.broadcast_id = ? ORDER BY r.client_id`,
      [draft.id],
    );
    return { estimate: estimate.count, frozen: rows.map((r) => Number(r.client_id)) };
  };

  it('clientIds naming test clients: only the real ones are counted and frozen', async () => {
    const clientIds = [...real.slice(0, 2), ...test].map((c) => c.id);
    const { estimate, frozen } = await frozenTestRecipients({ clientIds });
    expect(estimate).toBe(2);
    expect(frozen).toEqual(real.slice(0, 2).map((c) => c.id));
    expect(frozen.filter((id) => test.some((t) => t.id === id))).toEqual([]);
  });

  it('filter {isTest: true} and a segment asking for test clients: nobody', async () => {
    const resolver = app.context.get(AudienceResolver);
    expect(await resolver.count({ filter: { isTest: true } })).toBe(0);
    const segment = await app.commands.execute(
      new CreateSegmentCommand(anOwner(), { name: 'Тестовые', filter: { isTest: true } }),
    );
    expect(await resolver.count({ segmentId: segment.id })).toBe(0);
    expect((await frozenTestRecipients({ filter: { isTest: true } })).estimate).toBe(0);
    // Sanity: the filter itself does select them (so the zero above is the guard's doing).
    const [{ n }] = await app.sql<{ n: number }>('SELECT COUNT(*) AS n FROM clients WHERE is_test = 1');
    expect(Number(n)).toBe(3);
  });
});
