import { CommandBus } from '@nestjs/cqrs';
import { Clock, CreateStaffCommand, IssueLoginLinkCommand, StaffRole, SYSTEM } from '@dvorik/domain';
import { startTestSystem, type TestSystem } from './support/test-system';

// The project's testTimeout does not reach jest-circus (only the global one does): set it here.
jest.setTimeout(120_000);

const TEN_MINUTES = 10 * 60_000;

/** Issue 11 item 16: the one-time login link lives 10 minutes, proven with a fake clock. */
describe('Security: one-time login token expiry (fake clock)', () => {
  let sys: TestSystem;
  let clock: Clock;
  let now: number;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'sec_token', apps: ['api'] });
    await sys.apps
      .api!.get(CommandBus)
      .execute(new CreateStaffCommand(SYSTEM, { telegramId: 850_001, name: 'Анна', role: StaffRole.Owner }));
    clock = sys.apps.api!.get(Clock);
    now = Date.now();
    jest.spyOn(clock, 'now').mockImplementation(() => new Date(now));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await sys?.close();
  });

  const aToken = async () => {
    const { url, expiresAt } = await sys.apps
      .api!.get(CommandBus)
      .execute(new IssueLoginLinkCommand(850_001));
    expect(expiresAt.getTime()).toBe(now + TEN_MINUTES);
    return new URL(url).searchParams.get('token')!;
  };
  const exchange = (token: string) =>
    sys.api('/api/v1/auth/login-token', { method: 'POST', json: { token } });

  it('refuses a token used 10 minutes and 1 second after it was issued', async () => {
    const token = await aToken();
    now += TEN_MINUTES + 1000;
    expect(await exchange(token)).toMatchObject({ status: 401, body: { code: 'LOGIN_TOKEN_INVALID' } });
  });

  it('accepts it at 9 minutes 59 seconds, once', async () => {
    const token = await aToken();
    now += TEN_MINUTES - 1000;
    const ok = await exchange(token);
    expect(ok).toMatchObject({ status: 200, body: { accessToken: expect.any(String) } });
    expect(await exchange(token)).toMatchObject({ status: 401, body: { code: 'LOGIN_TOKEN_INVALID' } });
  });
});
