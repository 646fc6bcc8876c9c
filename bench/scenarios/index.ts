import type { BenchScenario } from '../bench-result';
import { adminPanelScenario } from './admin-panel.scenario';
import { botUpdatesScenario } from './bot-updates.scenario';
import { broadcastScenario } from './broadcast.scenario';
import { curvesScenario } from './curves.scenario';
import { memoryScenario } from './memory.scenario';
import { redeemScenario } from './redeem.scenario';
import { segmentsScenario } from './segments.scenario';
import { tillScenario } from './till.scenario';

/** Every scenario of `npm run bench`, in the order they run (memory last: it reports the others' peaks). */
export const SCENARIOS: BenchScenario[] = [
  redeemScenario,
  tillScenario,
  botUpdatesScenario,
  broadcastScenario,
  segmentsScenario,
  adminPanelScenario,
  curvesScenario,
  memoryScenario,
];
