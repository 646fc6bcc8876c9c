import type { BenchScenario } from '../bench-result';

/** Every scenario of `npm run bench`, in the order they run. */
export const SCENARIOS: BenchScenario[] = [];
