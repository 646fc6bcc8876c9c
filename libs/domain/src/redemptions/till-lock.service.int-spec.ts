import { UnitOfWork } from '@dvorik/persistence';
import { createDomainTestApp, type DomainTestApp, eventually } from '@dvorik/testing';
import { AttemptLockService } from '../security';
import { TillLockService, UNLOCKED_REUSE_MS } from './till-lock.service';

describe('TillLockService: which till requests are refused', () => {
  let app: DomainTestApp;
  let tills: TillLockService;
  let uow: UnitOfWork;
  const policy = { failures: 2, windowMs: 60_000, lockMs: 600_000 };

  beforeAll(async () => {
    app = await createDomainTestApp('till_lock');
    tills = app.context.get(TillLockService, { strict: false });
    uow = app.context.get(UnitOfWork);
  });
  afterAll(() => app?.close());

  it('applies a lock this process engages at once, even right after a «not locked» answer', async () => {
    await expect(tills.lockedUntil('10.0.0.1')).resolves.toBeNull();
    for (let i = 0; i < 10; i++) await uow.run(() => tills.recordFailure('10.0.0.1'));
    // The shop's default policy: 10 failures are allowed, the 11th engages the lock.
    await expect(tills.lockedUntil('10.0.0.1')).resolves.toBeNull();
    await uow.run(() => tills.recordFailure('10.0.0.1'));
    await expect(tills.lockedUntil('10.0.0.1')).resolves.toMatchObject({ scope: 'address' });
    await expect(tills.lockedUntil('10.0.0.9')).resolves.toBeNull();
  });

  it(`applies a lock another process engages within ${UNLOCKED_REUSE_MS} ms`, async () => {
    await expect(tills.lockedUntil('10.0.0.2')).resolves.toBeNull();
    // Another API process: the same Redis lock, engaged without this service knowing.
    const elsewhere = app.context.get(AttemptLockService, { strict: false });
    for (let i = 0; i <= policy.failures; i++) await elsewhere.recordFailure('pos-address:10.0.0.2', policy);
    const engagedAt = Date.now();
    const lock = await eventually(() => tills.lockedUntil('10.0.0.2'), Boolean, { intervalMs: 20 });
    expect(lock).toMatchObject({ scope: 'address' });
    // The remembered answer is not reused past its time (the poll's own step and a loaded machine aside).
    expect(Date.now() - engagedAt).toBeLessThan(UNLOCKED_REUSE_MS + 1000);
  });
});
