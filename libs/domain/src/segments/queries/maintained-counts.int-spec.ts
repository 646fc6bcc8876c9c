import {
  type ClientFilter,
  FilteredClientsReader,
  DomainError,
  GetDashboardQuery,
  GetKpisQuery,
  IssueDiscountCommand,
  ListClientsQuery,
  MarkClientBlockedCommand,
  RedeemDiscountCommand,
  RevokeDiscountCommand,
  RollbackRedemptionCommand,
  SEGMENT_PRESETS,
  SetSubscriptionCommand,
  TouchClientCommand,
  UpdateClientCommand,
} from '@dvorik/domain';
import { aClient, anOwner, aTemplate, createDomainTestApp, type DomainTestApp, POS } from '@dvorik/testing';
import fc from 'fast-check';
import { ExpireDiscountsJob } from '../../discounts/jobs/expire-discounts.job';

const TAGS = ['vip', 'opt', 'new'];

/** One random step; `n` picks its target among what exists when it runs. */
type Op =
  | { kind: 'issue' | 'tag' | 'untag' | 'ban' | 'unban' | 'block' | 'unblock'; n: number; tag: string }
  | { kind: 'redeem' | 'revoke' | 'pastDue'; n: number }
  | { kind: 'rollback'; n: number }
  | { kind: 'register' | 'subscribe' | 'unsubscribe'; n: number; isTest: boolean }
  | { kind: 'expiryJob' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('issue' as const), n: fc.nat(), tag: fc.constantFrom(...TAGS) }),
  },
  ...(['tag', 'untag', 'ban', 'unban', 'block', 'unblock'] as const).map((kind) =>
    fc.record({ kind: fc.constant(kind), n: fc.nat(), tag: fc.constantFrom(...TAGS) }),
  ),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('redeem' as const), n: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('revoke' as const), n: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pastDue' as const), n: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rollback' as const), n: fc.nat() }) },
  fc.record({ kind: fc.constant('expiryJob' as const) }),
  ...(['register', 'subscribe', 'unsubscribe'] as const).map((kind) =>
    fc.record({ kind: fc.constant(kind), n: fc.nat(), isTest: fc.boolean() }),
  ),
);

interface Row {
  id: number;
  telegramId: number;
  isTest: boolean;
  status: string;
  subscribed: boolean;
  counter: number;
  tags: string[];
  active: number;
  activeNow: boolean;
  redeemed: boolean;
}

/**
 * `clients.active_discounts`, `client_totals` and the counts that read them (README «Segment
 * counts») against a brute-force count from the raw rows, after seeded random issue, redeem,
 * revoke, rollback, expiry (a code's time passing, and the job that sweeps it), tag, ban, block,
 * unblock, registration and subscription commands.
 */
describe('maintained segment counts stay exact (seeded random commands, MariaDB)', () => {
  let app: DomainTestApp;
  let clients: Array<{ id: number; telegramId: number }>;
  let templateId: number;
  let key = 0;

  beforeAll(async () => {
    app = await createDomainTestApp('maintained_counts');
    templateId = (await aTemplate(app, { validityDays: 30 })).id;
    clients = [];
    for (let i = 0; i < 10; i++) {
      const client = await aClient(app, { isTest: i === 9 });
      clients.push({ id: client.id, telegramId: client.telegramId });
    }
  });
  afterAll(() => app.close());

  const at = <T>(xs: T[], n: number) => xs[n % xs.length];

  async function apply(step: Op): Promise<void> {
    const ids = async (sql: string) => (await app.sql<{ id: number }>(sql)).map((r) => Number(r.id));
    switch (step.kind) {
      case 'issue':
        await app.commands.execute(
          new IssueDiscountCommand({
            actor: anOwner(),
            clientId: at(clients, step.n).id,
            templateId,
            origin: 'manual',
            requestId: `prop-${++key}`,
          }),
        );
        return;
      case 'tag':
      case 'untag': {
        const client = at(clients, step.n);
        const tags = (
          await app.sql<{ tag: string }>('SELECT tag FROM client_tags WHERE client_id = ?', [client.id])
        ).map((r) => r.tag);
        const next =
          step.kind === 'tag' ? [...new Set([...tags, step.tag])] : tags.filter((t) => t !== step.tag);
        await app.commands.execute(new UpdateClientCommand(anOwner(), client.id, { tags: next }));
        return;
      }
      case 'ban':
      case 'unban':
        await app.commands.execute(
          new UpdateClientCommand(anOwner(), at(clients, step.n).id, { banned: step.kind === 'ban' }),
        );
        return;
      case 'block':
        await app.commands.execute(new MarkClientBlockedCommand({ clientId: at(clients, step.n).id }));
        return;
      case 'unblock':
        await app.commands.execute(
          new TouchClientCommand({ telegramId: at(clients, step.n).telegramId, firstName: 'Анна' }),
        );
        return;
      case 'redeem':
      case 'revoke':
      case 'pastDue': {
        // Any code, usable or not: refusals must leave the counts alone too.
        const all = await ids('SELECT id FROM discounts ORDER BY id');
        if (all.length === 0) return;
        const id = at(all, step.n);
        if (step.kind === 'pastDue') {
          // Time passing for one code: its expiry is now behind us, the job has not run yet.
          await app.sql('UPDATE discounts SET expires_at = NOW(3) - INTERVAL 1 MINUTE WHERE id = ?', [id]);
          return;
        }
        if (step.kind === 'revoke') {
          await app.commands.execute(new RevokeDiscountCommand(anOwner(), id, 'проверка'));
          return;
        }
        const [{ code }] = await app.sql<{ code: string }>('SELECT code FROM discounts WHERE id = ?', [id]);
        await app.commands.execute(new RedeemDiscountCommand({ actor: POS, codeInput: code }));
        return;
      }
      case 'rollback': {
        const logs = await ids(
          "SELECT id FROM redemption_log WHERE action = 'redeem' AND result = 'success' ORDER BY id",
        );
        if (logs.length === 0) return;
        await app.commands.execute(new RollbackRedemptionCommand(anOwner(), at(logs, step.n), 'ошибка'));
        return;
      }
      case 'expiryJob':
        await app.context.get(ExpireDiscountsJob).process();
        return;
      case 'register': {
        const client = await aClient(app, { isTest: step.isTest && step.n % 3 === 0 });
        clients.push({ id: client.id, telegramId: client.telegramId });
        return;
      }
      case 'subscribe':
      case 'unsubscribe':
        await app.commands.execute(
          new SetSubscriptionCommand(at(clients, step.n).id, step.kind === 'subscribe'),
        );
        return;
    }
  }

  /** The truth, read from the raw rows and decided here, not by the compiler's SQL. */
  async function truth(): Promise<Row[]> {
    const rows = await app.sql<Record<string, unknown>>(
      'SELECT id, telegram_id, is_test, status, subscribed, active_discounts FROM clients ORDER BY id',
    );
    const tags = await app.sql<{ client_id: number; tag: string }>('SELECT client_id, tag FROM client_tags');
    const codes = await app.sql<{ client_id: number; status: string; expires_at: Date | null }>(
      'SELECT client_id, status, expires_at FROM discounts WHERE client_id IS NOT NULL',
    );
    const redeemed = await app.sql<{ client_id: number }>(
      "SELECT client_id FROM redemption_log WHERE action = 'redeem' AND result = 'success' AND rolled_back_at IS NULL",
    );
    const now = Date.now();
    return rows.map((r) => {
      const id = Number(r.id);
      const mine = codes.filter((d) => Number(d.client_id) === id && d.status === 'active');
      return {
        id,
        telegramId: Number(r.telegram_id),
        isTest: Boolean(Number(r.is_test)),
        status: String(r.status),
        subscribed: Boolean(Number(r.subscribed)),
        counter: Number(r.active_discounts),
        tags: tags.filter((t) => Number(t.client_id) === id).map((t) => t.tag),
        active: mine.length,
        activeNow: mine.some((d) => d.expires_at === null || new Date(d.expires_at).getTime() > now),
        redeemed: redeemed.some((l) => Number(l.client_id) === id),
      };
    });
  }

  function matches(r: Row, f: ClientFilter): boolean {
    const statuses = f.status === undefined ? null : ([] as string[]).concat(f.status);
    return (
      r.isTest === (f.isTest ?? false) &&
      (f.subscribed === undefined || r.subscribed === f.subscribed) &&
      (statuses === null || statuses.includes(r.status)) &&
      (f.hasActiveDiscounts === undefined || r.activeNow === f.hasActiveDiscounts) &&
      (f.redeemedEver === undefined || r.redeemed === f.redeemedEver) &&
      (!f.tags?.any || f.tags.any.some((t) => r.tags.includes(t))) &&
      (!f.tags?.all || f.tags.all.every((t) => r.tags.includes(t))) &&
      (!f.tags?.none || !f.tags.none.some((t) => r.tags.includes(t)))
    );
  }

  const filters: ClientFilter[] = [
    ...SEGMENT_PRESETS.map((p) => p.filter),
    {},
    { hasActiveDiscounts: true },
    { hasActiveDiscounts: false },
    { hasActiveDiscounts: true, isTest: true },
    { status: ['blocked', 'banned'], hasActiveDiscounts: true },
    { tags: { any: ['vip', 'opt'] }, hasActiveDiscounts: false },
    { tags: { all: ['vip', 'new'] }, subscribed: false },
    { tags: { none: ['vip'] }, hasActiveDiscounts: true },
    { redeemedEver: true, status: 'active' },
  ];

  it('keeps active_discounts, the dashboard totals and every preset and filter count equal to a brute-force count', async () => {
    const compiler = app.context.get(FilteredClientsReader);
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 15, maxLength: 30 }), async (steps) => {
        for (const step of steps) {
          try {
            await apply(step);
          } catch (error) {
            // A refusal (already redeemed, not active, banned client…) is a domain answer.
            if (!(error instanceof DomainError)) throw error;
          }
        }
        const rows = await truth();
        expect(rows.map((r) => [r.id, r.counter])).toEqual(rows.map((r) => [r.id, r.active]));
        for (const isTest of [false, true]) {
          const mine = rows.filter((r) => r.isTest === isTest);
          const kpis = await app.queries.execute(new GetKpisQuery({ isTest }));
          const dashboard = (await app.queries.execute(new GetDashboardQuery({ isTest }))) as {
            clients: { total: number; subscribed: number };
          };
          const of = (status: string) => mine.filter((r) => r.status === status).length;
          expect({ ...dashboard.clients, kpis: kpis.clients }).toMatchObject({
            total: mine.length,
            subscribed: mine.filter((r) => r.subscribed).length,
            kpis: { active: of('active'), blocked: of('blocked'), banned: of('banned') },
          });
        }
        for (const filter of filters) {
          const expected = rows.filter((r) => matches(r, filter)).length;
          expect([filter, await compiler.count(filter)]).toEqual([filter, expected]);
          const list = await app.queries.execute(new ListClientsQuery({ filter, page: 1, perPage: 50 }));
          expect([filter, list.total, list.items.length]).toEqual([filter, expected, expected]);
        }
      }),
      { seed: 20261201, numRuns: 12, endOnFailure: true },
    );
  }, 300_000);
});
