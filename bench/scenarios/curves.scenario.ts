import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  BulkClientsJob,
  BulkUpdateClientsCommand,
  FilteredClientsReader,
  DiscountTemplatesSeeder,
  IssueBirthdayDiscountsJob,
  SEGMENT_PRESETS,
} from '@dvorik/domain';
import { createDomainTestApp, type DomainTestApp } from '@dvorik/testing';
import type { Job } from 'bullmq';
import { DateTime } from 'luxon';
import * as prettier from 'prettier';
import type { BenchFigure, BenchScenario } from '../bench-result';
import { renderCurvesChart } from '../support/curves-chart';
import { listPageP95, populate, timed } from './segments.scenario';

const SIZES = [10_000, 100_000, 1_000_000];
const ROOT = resolve(__dirname, '../../..');
const README = resolve(ROOT, 'README.md');
const CHART = resolve(ROOT, 'docs/bench/curves.png');
const START = '<!-- bench:curves:start -->';
const END = '<!-- bench:curves:end -->';

export interface CurvePoint {
  clients: number;
  measure: string;
  ms: number;
}

/** The four costs DESIGN §5 «growth» asks for, with the bar each has at a million. */
const MEASURES = {
  count: { label: 'segment count (slowest preset)', bar: 300 },
  page: { label: 'client list page p95', bar: 20 },
  birthday: { label: 'birthday run', bar: 2000 },
  bulk: { label: 'bulk tag of 10 % of clients', bar: 3000 },
} as const;

/** The slowest of the presets (warm, best of two), as the segments scenario measures one. */
async function presetCount(app: DomainTestApp): Promise<number> {
  const compiler = app.context.get(FilteredClientsReader);
  let slowest = 0;
  for (const { filter } of SEGMENT_PRESETS) {
    await compiler.count(filter);
    slowest = Math.max(
      slowest,
      Math.min(await timed(() => compiler.count(filter)), await timed(() => compiler.count(filter))),
    );
  }
  return slowest;
}

/** A different shop day per size, so each run issues to its own ~1/365 of the clients. */
async function birthdayRun(app: DomainTestApp, step: number): Promise<number> {
  const date = DateTime.now()
    .setZone(app.env.SHOP_TIMEZONE ?? 'Asia/Vladivostok')
    .plus({ days: step })
    .toFormat('yyyy-MM-dd');
  const job = app.context.get(IssueBirthdayDiscountsJob);
  return timed(() => job.process({ data: { date } } as Job<{ date: string }>));
}

/** Tags the clients registered in the last 36.5 days (a tenth: created_at spreads over a year). */
async function bulkTag(app: DomainTestApp, clients: number): Promise<number> {
  const from = new Date(Date.now() - 36.5 * 24 * 3600 * 1000).toISOString();
  const owner = { type: 'staff', staffId: 1, role: 'owner' } as const;
  const command = new BulkUpdateClientsCommand(owner, {
    filter: { registered: { from } },
    addTags: [`curve_${clients}`],
  });
  // A small action is applied by the command itself; a large one is the job the API queues.
  const started = process.hrtime.bigint();
  const queued = await app.commands.execute(command);
  const asked = Number(process.hrtime.bigint() - started) / 1e6;
  if (queued.mode !== 'queued') return asked;
  const { jobId } = queued;
  const job = app.context.get(BulkClientsJob);
  return (
    asked +
    (await timed(() =>
      job.process({
        data: { jobId },
        opts: {},
        attemptsMade: 0,
        updateProgress: async () => undefined,
      } as never),
    ))
  );
}

const fmt = (ms: number) =>
  ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en').replace(/,/g, ' ');

export function curvesTable(points: CurvePoint[]): string {
  const sizes = [...new Set(points.map((p) => p.clients))];
  const head = `| clients | ${Object.values(MEASURES)
    .map((m) => `${m.label} (bar at 1 M: ${m.bar} ms)`)
    .join(' | ')} |`;
  const rows = sizes.map(
    (n) =>
      `| ${n.toLocaleString('en').replace(/,/g, ' ')} | ${Object.values(MEASURES)
        .map((m) => `${fmt(points.find((p) => p.clients === n && p.measure === m.label)?.ms ?? NaN)} ms`)
        .join(' | ')} |`,
  );
  return [head, `|${' --- |'.repeat(Object.keys(MEASURES).length + 1)}`, ...rows].join('\n');
}

/**
 * Replaces what lies between the README's markers, laid out as `npm run lint` wants it (Prettier);
 * a README without the markers is left alone.
 */
async function writeReadme(table: string): Promise<boolean> {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench curves\`.`;
  const next = `${text.slice(0, start + START.length)}\n\n${table}\n\n${stamp}\n\n${text.slice(end)}`;
  const options = (await prettier.resolveConfig(README)) ?? {};
  writeFileSync(README, await prettier.format(next, { ...options, filepath: README }));
  return true;
}

/**
 * DESIGN §5 «growth»: the segment count, a list page, the birthday run and a bulk tag of a tenth of
 * the clients at 10 000, 100 000 and 1 000 000 clients, in one database grown from one size to
 * the next. Writes the table into the README between its markers and the chart to
 * docs/bench/curves.png.
 */
export const curvesScenario: BenchScenario = {
  name: 'curves',
  description: `cost curves at ${SIZES.map((n) => n.toLocaleString('en')).join(' / ')} clients`,
  async run() {
    const app = await createDomainTestApp('bench_curves');
    const points: CurvePoint[] = [];
    const figures: BenchFigure[] = [];
    try {
      await app.context.get(DiscountTemplatesSeeder).seed();
      let seeded = 0;
      for (const [step, clients] of SIZES.entries()) {
        process.stderr.write(
          `  seeding ${seeded.toLocaleString('en')} → ${clients.toLocaleString('en')} clients…\n`,
        );
        await populate(app, clients, seeded);
        seeded = clients;
        const measured = {
          count: await presetCount(app),
          page: await listPageP95(app),
          birthday: await birthdayRun(app, step),
          bulk: await bulkTag(app, clients),
        };
        for (const [key, ms] of Object.entries(measured) as Array<[keyof typeof MEASURES, number]>) {
          const { label, bar } = MEASURES[key];
          points.push({ clients, measure: label, ms });
          const atMillion = clients === 1_000_000;
          figures.push({
            scenario: 'curves',
            metric: `${label} at ${clients.toLocaleString('en')} clients`,
            value: ms,
            unit: 'ms',
            bar: atMillion ? `≤ ${bar} ms` : '',
            pass: atMillion ? ms <= bar : null,
          });
        }
      }
    } finally {
      await app.close();
    }
    const table = curvesTable(points);
    mkdirSync(dirname(CHART), { recursive: true });
    writeFileSync(CHART, await renderCurvesChart(points));
    if (!(await writeReadme(table)))
      process.stderr.write(`README has no ${START} … ${END}; the table:\n${table}\n`);
    process.stderr.write(`  wrote ${CHART} and the README table\n`);
    return figures;
  },
};
