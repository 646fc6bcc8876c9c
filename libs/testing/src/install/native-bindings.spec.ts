// package.json denies the install scripts of @swc/core, msgpackr-extract, @parcel/watcher and
// @scarf/scarf (npm 11 blocks unlisted ones anyway). Each native package ships its prebuilt
// binary as an optional per-platform dependency, so nothing should depend on those scripts.
// This spec fails if one of them silently fell back to a slower path or did not load.
import { createRequire } from 'node:module';

const load = createRequire(__filename);

describe('native bindings installed without install scripts', () => {
  it('@swc/core (the test transform) loads its native binding', () => {
    const swc = load('@swc/core') as { transformSync(code: string, options: object): { code: string } };
    const out = swc.transformSync('const n: number = 1;', { jsc: { parser: { syntax: 'typescript' } } });
    expect(out.code).toContain('n = 1');
  });

  it('msgpackr (BullMQ) runs with its native extension', () => {
    const msgpackr = load('msgpackr') as { isNativeAccelerationEnabled: boolean };
    expect(msgpackr.isNativeAccelerationEnabled).toBe(true);
  });

  it('@parcel/watcher (jest --watch) loads its prebuilt binding', () => {
    const watcher = load('@parcel/watcher') as { subscribe: unknown };
    expect(typeof watcher.subscribe).toBe('function');
  });
});
