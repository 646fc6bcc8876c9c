// Jest reads `testTimeout` from the global config only: the value in a project entry is ignored,
// and every hook and test would get the 5 s default. Each tier's deadline is set here instead,
// sized for a loaded 2-core machine (STYLE.md: wait for the effect, never for a fixed time).
const path = expect.getState().testPath ?? '';
const TIER_TIMEOUT_MS = path.endsWith('.e2e-spec.ts')
  ? 120_000
  : path.endsWith('.int-spec.ts')
    ? 60_000
    : 15_000;
jest.setTimeout(TIER_TIMEOUT_MS);
