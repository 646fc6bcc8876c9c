import {
  BulkClientsJob,
  BulkUpdateClientsCommand,
  FilteredClientsReader,
  type ClientFilter,
  DiscountTemplatesSeeder,
  IssueBirthdayDiscountsJob,
  ListClientsQuery,
  RecountClientTotalsCommand,
} from '@dvorik/domain';
import { CommandBus } from '@nestjs/cqrs';
import type { Job } from 'bullmq';
import { DateTime } from 'luxon';
import { createDomainTestApp, type DomainTestApp } from '@dvorik/testing';
import type { BenchFigure, BenchScenario } from '../bench-result';

const CLIENTS = 1_000_000;
const COUNT_BAR_MS = 300;
const PAGE_BAR_MS = 20;
const BIRTHDAY_BAR_MS = 2000;
const BULK_BAR_MS = 3000;

const DIGITS =
  '(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)';
/** 1 … 1 000 000 as rows `seq`, in SQL both MariaDB and MySQL 8 run (no SEQUENCE engine needed). */
const SEQ = `(SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS seq
  FROM ${DIGITS} a, ${DIGITS} b, ${DIGITS} c, ${DIGITS} e, ${DIGITS} f, ${DIGITS} g) s`;

const T0 = 100_000_000;

/**
 * A shop-like population: ages, genders, sources, 5 % VIP, a fifth with an active code (the client
 * row carries its `active_discounts`, as the discount commands keep it). Clients number `from`+1 …
 * `to`, so a bench can grow one database (10 000 → 100 000 → 1 000 000) instead of seeding each
 * size afresh; tags and codes join the clients by telegram id, whatever ids they got.
 * Raw INSERT … SELECT over a generated sequence rather than the kit's row factories
 * (`clientRows`, `discountRows`): the server makes a million rows in seconds, sending them from
 * node would take minutes.
 */
export async function populate(app: DomainTestApp, to = CLIENTS, from = 0): Promise<void> {
  await app.sql(
    `INSERT INTO clients (telegram_id, first_name, username, gender, birthday, source, source_normalized, campaign_id,
       subscribed, status, is_test, last_activity_at, created_at, updated_at, active_discounts)
     SELECT ${T0} + seq, CONCAT('Имя', seq), CONCAT('user', seq), ELT(1 + seq % 3, 'male', 'female', 'unknown'),
       IF(seq % 4 = 0, NULL, DATE('1960-01-01') + INTERVAL (seq * 7919) % 18000 DAY), ELT(1 + seq % 4, 'organic', 'instagram', 'offline', 'tgchannel'),
       ELT(1 + seq % 4, 'organic', 'instagram', 'offline', 'tgchannel'), IF(seq % 10 = 0, 1 + seq % 7, NULL),
       seq % 2, ELT(1 + seq % 20, 'blocked', 'banned', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active', 'active'),
       seq % 50 = 0, NOW(3) - INTERVAL (seq % 90) DAY, NOW(3) - INTERVAL (seq % 365) DAY, NOW(3), seq % 5 = 0
     FROM ${SEQ} WHERE seq > ? AND seq <= ?`,
    [from, to],
  );
  const range = `c.telegram_id > ${T0} + ? AND c.telegram_id <= ${T0} + ?`;
  await app.sql(
    `INSERT INTO client_tags (client_id, tag, created_at)
     SELECT c.id, 'vip', NOW(3) FROM clients c WHERE ${range} AND (c.telegram_id - ${T0}) % 20 = 7`,
    [from, to],
  );
  await app.sql(
    `INSERT IGNORE INTO discount_templates (id, name, event, value_type, value, recurrence, reminder_days, created_at, updated_at)
     VALUES (1, 'bench', 'manual', 'percent', 10, '"unlimited"', '[]', NOW(3), NOW(3))`,
  );
  await app.sql(
    `INSERT INTO discounts (code, template_id, client_id, usage_type, value_type, value, status, issued_at, expires_at, issue_origin, issue_key, created_at, updated_at)
     SELECT CONCAT('B', c.telegram_id - ${T0}), 1, c.id, 'single', 'percent', 10, 'active', NOW(3), NOW(3) + INTERVAL 30 DAY, 'manual',
       CONCAT('bench:', c.telegram_id - ${T0}), NOW(3), NOW(3)
     FROM clients c WHERE ${range} AND (c.telegram_id - ${T0}) % 5 = 0`,
    [from, to],
  );
  await app.context.get(CommandBus).execute(new RecountClientTotalsCommand());
  await app.sql('ANALYZE TABLE clients, client_tags, discounts');
}

export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** DESIGN §5: the daily birthday run over 1 000 000 clients ≤ 2 s (codes issued in batches by IssueDiscountsBatch). */
async function birthdayRun(app: DomainTestApp): Promise<BenchFigure[]> {
  await app.context.get(DiscountTemplatesSeeder).seed();
  const job = app.context.get(IssueBirthdayDiscountsJob);
  const date = DateTime.now()
    .setZone(app.env.SHOP_TIMEZONE ?? 'Asia/Vladivostok')
    .toFormat('yyyy-MM-dd');
  let result: Awaited<ReturnType<IssueBirthdayDiscountsJob['process']>> | undefined;
  const ms = await timed(async () => {
    result = await job.process({ data: { date } } as Job<{ date: string }>);
  });
  const issued = result && 'issued' in result ? result.issued : 0;
  const again = await timed(() => job.process({ data: { date } } as Job<{ date: string }>));
  return [
    {
      scenario: 'birthdays',
      metric: `daily run (${issued} birthdays today, codes issued)`,
      value: ms,
      unit: 'ms',
      bar: `≤ ${BIRTHDAY_BAR_MS} ms`,
      pass: ms <= BIRTHDAY_BAR_MS,
    },
    {
      scenario: 'birthdays',
      metric: 'the same run again (nothing to issue)',
      value: again,
      unit: 'ms',
      bar: '',
      pass: null,
    },
  ];
}

/** DESIGN §5: a bulk tag of 100 000 clients ≤ 3 s, run as the job the API queues for it. */
async function bulkTag(app: DomainTestApp): Promise<BenchFigure> {
  // Clients registered in the last 36 days: ~100 000 of the million (created_at spreads over a year).
  const from = new Date(Date.now() - 35.5 * 24 * 3600 * 1000).toISOString();
  const owner = { type: 'staff', staffId: 1, role: 'owner' } as const;
  const queued = await app.commands.execute(
    new BulkUpdateClientsCommand(owner, { filter: { registered: { from } }, addTags: ['bench_promo'] }),
  );
  if (queued.mode !== 'queued') throw new Error('expected the large bulk action to be queued as a job');
  const job = app.context.get(BulkClientsJob);
  const ms = await timed(() =>
    job.process({
      data: { jobId: queued.jobId },
      opts: {},
      attemptsMade: 0,
      updateProgress: async () => undefined,
    } as never),
  );
  const [{ n }] = await app.sql<{ n: number }>(
    "SELECT COUNT(*) n FROM client_tags WHERE tag = 'bench_promo'",
  );
  return {
    scenario: 'bulk',
    metric: `tag ${Number(n).toLocaleString('en')} clients (job of ${queued.total.toLocaleString('en')})`,
    value: ms,
    unit: 'ms',
    bar: `≤ ${BULK_BAR_MS} ms`,
    pass: ms <= BULK_BAR_MS,
  };
}

export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

/** p95 of 50 client list pages (plain and filtered, pages 1–5), after 10 warm-up pages. */
export async function listPageP95(app: DomainTestApp): Promise<number> {
  const pages: number[] = [];
  for (let i = 0; i < 60; i++) {
    const filter = i % 2 ? { subscribed: true } : {};
    pages.push(
      await timed(() =>
        app.queries.execute(new ListClientsQuery({ filter, page: 1 + (i % 5), perPage: 50 })),
      ),
    );
  }
  return p95(pages.slice(10));
}

/** DESIGN §5: a segment count over 1 000 000 clients ≤ 300 ms; a client list page ≤ 20 ms p95. */
export const segmentsScenario: BenchScenario = {
  name: 'segments',
  description: `segment counts and client list pages over ${CLIENTS.toLocaleString('en')} clients`,
  async run() {
    const app = await createDomainTestApp('bench_segments');
    try {
      await populate(app);
      const compiler = app.context.get(FilteredClientsReader);
      const filters: Record<string, ClientFilter> = {
        all: {},
        subscribed: { subscribed: true, status: 'active' },
        vip: { tags: { any: ['vip'] }, status: 'active' },
        'no active discount': { hasActiveDiscounts: false, status: 'active' },
        'women 18–35': { gender: 'female', age: { from: 18, to: 35 } },
        'birthday this week': { birthdayWithinDays: 7 },
      };
      const figures: BenchFigure[] = [];
      for (const [name, filter] of Object.entries(filters)) {
        await compiler.count(filter); // warm the buffer pool, as a live server is
        const runs = [await timed(() => compiler.count(filter)), await timed(() => compiler.count(filter))];
        const ms = Math.min(...runs);
        figures.push({
          scenario: 'segments',
          metric: `count: ${name}`,
          value: ms,
          unit: 'ms',
          bar: `≤ ${COUNT_BAR_MS} ms`,
          pass: ms <= COUNT_BAR_MS,
        });
      }
      const ms = await listPageP95(app);
      figures.push({
        scenario: 'segments',
        metric: 'client list page p95',
        value: ms,
        unit: 'ms',
        bar: `≤ ${PAGE_BAR_MS} ms`,
        pass: ms <= PAGE_BAR_MS,
      });
      figures.push(...(await birthdayRun(app)));
      figures.push(await bulkTag(app));
      return figures;
    } finally {
      await app.close();
    }
  },
};
