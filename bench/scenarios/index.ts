import type { BenchScenario } from '../bench-result';
import { redeemScenario } from './redeem.scenario';

/** Every scenario of `npm run bench`, in the order they run. */
export const SCENARIOS: BenchScenario[] = [redeemScenario];
