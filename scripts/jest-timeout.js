// Jest takes `testTimeout` from the global config only: set inside `projects` it is silently
// ignored, and every hook and test got the 5 s default (startTestSystem on a loaded machine takes
// longer). Each project names its own in `globals.TEST_TIMEOUT_MS`; this applies it.
jest.setTimeout(globalThis.TEST_TIMEOUT_MS);
