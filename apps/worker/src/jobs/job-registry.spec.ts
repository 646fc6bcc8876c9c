import type { DiscoveryService, Reflector } from '@nestjs/core';
import { JOB_HANDLER, JobName } from '@dvorik/messaging';
import { JobRegistry } from './job-registry';

function registryWith(handled: JobName[]) {
  const providers = handled.map((name) => {
    const metatype = class {};
    Reflect.defineMetadata(JOB_HANDLER, name, metatype);
    return { metatype, instance: { process: jest.fn(async () => name) } };
  });
  const discovery = { getProviders: () => providers } as unknown as DiscoveryService;
  const reflector = {
    get: (key: symbol, target: object) => Reflect.getMetadata(key, target),
  } as unknown as Reflector;
  return new JobRegistry(discovery, reflector);
}

describe('JobRegistry', () => {
  it('refuses to start when a job name has no processor', () => {
    const all = Object.values(JobName);
    const registry = registryWith(all.slice(1));
    expect(() => registry.onModuleInit()).toThrow(`No processor registered for job(s): ${all[0]}`);
  });

  it('refuses two processors for one job name', () => {
    const all = Object.values(JobName);
    expect(() => registryWith([...all, all[0]]).onModuleInit()).toThrow(`Job "${all[0]}" has two processors`);
  });

  it('dispatches each job to its processor', async () => {
    const registry = registryWith(Object.values(JobName));
    registry.onModuleInit();
    await expect(registry.dispatch({ name: JobName.CleanupOutbox } as never)).resolves.toBe(
      JobName.CleanupOutbox,
    );
  });
});
