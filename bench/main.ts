import { SCENARIOS } from './scenarios';

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
    for (const f of await scenario.run()) {
      const mark = f.pass === null ? '' : f.pass ? '✅' : '❌';
      rows.push(`| ${f.scenario} | ${f.metric} | ${formatValue(f.value)} ${f.unit} | ${f.bar} | ${mark} |`);
      process.stderr.write(`  ${f.metric}: ${formatValue(f.value)} ${f.unit} ${mark}\n`);
    }
  }
  process.stdout.write(`\n${rows.join('\n')}\n`);
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
