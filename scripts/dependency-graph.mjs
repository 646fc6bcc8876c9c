#!/usr/bin/env node
// `npm run graph`: renders which capability of libs/domain imports which (dependency-cruiser,
// collapsed to one node per capability folder) as a Mermaid flowchart into the README, between
// the dependency-graph markers. `--check` fails when the README's graph is out of date (lint).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const README = 'README.md';
const START = '<!-- dependency-graph:start -->';
const END = '<!-- dependency-graph:end -->';

const cruised = JSON.parse(
  execFileSync(
    'npx',
    [
      'depcruise',
      'libs/domain/src',
      '--include-only',
      '^libs/domain/src/[^/]+/',
      '--exclude',
      '\\.(int-)?spec\\.ts$',
      '--collapse',
      '^libs/domain/src/[^/]+',
      '--output-type',
      'json',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  ),
);

const capability = (path) => path.replace(/^libs\/domain\/src\//, '').replace(/\/$/, '');
const edges = new Set();
const nodes = new Set();
for (const module of cruised.modules) {
  const from = capability(module.source);
  nodes.add(from);
  for (const dependency of module.dependencies) {
    const to = capability(dependency.resolved);
    if (to !== from) edges.add(`${from}|${to}`);
  }
}
const targets = new Map();
for (const [from, to] of [...edges].map((e) => e.split('|')))
  targets.set(from, [...(targets.get(from) ?? []), to]);
/** An arrow is part of a cycle when its target leads back to its source. */
function reaches(start, goal, seen = new Set()) {
  if (start === goal) return true;
  seen.add(start);
  return (targets.get(start) ?? []).some((next) => !seen.has(next) && reaches(next, goal, seen));
}
// `shared` is imported by nearly every capability: drawn, it would hide the rest.
const drawn = [...edges]
  .map((e) => e.split('|'))
  .filter(([, to]) => to !== 'shared')
  .map(([from, to]) => [from, to, reaches(to, from) ? 'cycle' : '']);
const id = (name) => name.replace(/[^a-z]/g, '_');
const lines = ['flowchart LR'];
for (const node of [...nodes].filter((n) => n !== 'shared').sort()) lines.push(`  ${id(node)}[${node}]`);
let index = 0;
const cycleLinks = [];
for (const [from, to, cycle] of drawn.sort()) {
  lines.push(`  ${id(from)} --> ${id(to)}`);
  if (cycle) cycleLinks.push(index);
  index += 1;
}
if (cycleLinks.length) lines.push(`  linkStyle ${cycleLinks.join(',')} stroke:#d33,stroke-width:2px`);

const block = [
  START,
  '',
  `Which capability of \`libs/domain\` imports which (\`npm run graph\`, dependency-cruiser; every`,
  `capability also uses \`shared\`, not drawn). Red arrows are parts of import cycles.`,
  '',
  '```mermaid',
  ...lines,
  '```',
  '',
  END,
].join('\n');

const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < 0) throw new Error(`${README} has no ${START} … ${END} markers`);
const next = readme.slice(0, from) + block + readme.slice(to + END.length);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    process.stderr.write(`${README}: the dependency graph is out of date; run \`npm run graph\`\n`);
    process.exit(1);
  }
} else if (next !== readme) {
  writeFileSync(README, next);
  process.stdout.write(`${README}: dependency graph updated (${drawn.length} arrows)\n`);
}
