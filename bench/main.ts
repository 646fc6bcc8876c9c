import type { BenchFigure } from './bench-result';
import { SCENARIOS } from './scenarios';
import { setScenario } from './support/spawn-app';

/**
 * `npm run bench [scenario…]`: performance figures against the real MariaDB/MySQL, Redis and the
 * Telegram emulator, printed as a Markdown table for the README. Measured, never asserted in tests.
 */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length)
    throw new Error(
      `Unknown scenario(s): ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`,
    );
  const rows: string[] = ['| scenario | metric | value | bar | |', '|---|---|---|---|---|'];
  for (const scenario of SCENARIOS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    process.stderr.write(`▶ ${scenario.name}: ${scenario.description}\n`);
    setScenario(scenario.name);
    for (const f of await scenario.run()) {
      const mark = f.pass === null ? '' : f.pass ? '✅' : '❌';
      rows.push(`| ${f.scenario} | ${f.metric} | ${formatValue(f.value)} ${f.unit} | ${f.bar} | ${mark} |`);
      process.stderr.write(`  ${f.metric}: ${formatValue(f.value)} ${f.unit} ${mark}\n`);
      // One machine-readable line per figure, as it is measured (the table follows at the end).
      process.stdout.write(`${benchLine(f)}\n`);
    }
  }
  process.stdout.write(`\n${rows.join('\n')}\n`);
}

/** `BENCH {"scenario":…,"metric":…,"value":…,"unit":…}`: the figure for scripts (grep '^BENCH '). */
export function benchLine(f: BenchFigure): string {
  const { scenario, metric, value, unit, bar, pass } = f;
  return `BENCH ${JSON.stringify({ scenario, metric, value, unit, bar, pass })}`;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
