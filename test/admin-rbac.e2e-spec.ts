import { StaffRole } from '@dvorik/domain';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

type Who = 'public' | 'mini-app' | 'all' | 'owner+marketing' | 'owner';
const ROLES: Record<Exclude<Who, 'public' | 'mini-app'>, StaffRole[]> = {
  all: [StaffRole.Owner, StaffRole.Marketing, StaffRole.Readonly],
  'owner+marketing': [StaffRole.Owner, StaffRole.Marketing],
  owner: [StaffRole.Owner],
};

/**
 * DESIGN §2 Staff's table, as rules over `METHOD /path` (first match wins). Reads are open to
 * every role; each write names its roles. A route that matches no rule fails the test: a new
 * route has to be placed in the table before it ships.
 */
const RULES: Array<[RegExp, Who]> = [
  [/^POST \/auth\/login(-token)?$/, 'public'],
  [/^GET \/auth\/me$/, 'all'],
  // Bull Board's own cookie: «Очереди» is an owner page (DESIGN §3).
  [/^POST \/auth\/queues-session$/, 'owner'],
  // staff, cashier approval, settings, audit log, redemption rollback: owner.
  [/^\w+ \/staff(\/|$)/, 'owner'],
  [/^\w+ \/cashiers(\/|$)/, 'owner'],
  [/^PATCH \/settings(\/\{key\})?$/, 'owner'],
  [/^GET \/audit-log$/, 'owner'],
  [/^POST \/redemptions\/\{id\}\/rollback$/, 'owner'],
  // A till's X-API-Key, or an owner trying the check by hand.
  [/^POST \/discounts\/(validate|redeem)$/, 'owner'],
  // The cashier's Mini App signs in with Telegram's initData only: no staff token opens it.
  [/^POST \/till\/(check|redeem)$/, 'mini-app'],
  // Exports and their jobs hand out data in bulk: not for readonly.
  [/^\w+ \/(exports|jobs)(\/|$)/, 'owner+marketing'],
  // Reads: clients (phone hidden from readonly), discounts, broadcasts, segments, campaigns, stats, logs.
  [/^GET \//, 'all'],
  // edit clients, bulk, templates, discounts, broadcasts, segments, campaigns, message templates, orders.
  [
    /^(POST|PATCH|PUT|DELETE) \/(clients|discount-templates|discounts|broadcasts|segments|campaigns|message-templates|orders)(\/|$)/,
    'owner+marketing',
  ],
];

function expected(route: string): Who | null {
  return RULES.find(([pattern]) => pattern.test(route))?.[1] ?? null;
}

describe('RBAC: every /api/v1 route × {owner, marketing, readonly, anonymous} against DESIGN', () => {
  let sys: TestSystem;
  let tokens: RoleTokens;
  let routes: Array<{ method: string; path: string; key: string }>;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'rbac', apps: ['api'] });
    tokens = await staffTokens(sys.apps.api!);
    const doc = await sys.api('/api/docs-json');
    routes = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => ({
          method: method.toUpperCase(),
          path: path.replace(/\{[^}]+\}/g, '1'),
          key: `${method.toUpperCase()} ${path.slice('/api/v1'.length)}`,
        })),
      );
  });
  afterAll(() => sys?.close());

  it('has an expectation for every documented route', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((r) => expected(r.key) === null).map((r) => r.key)).toEqual([]);
  });

  it('answers exactly as the table says: 0 deviations', async () => {
    const callers: Array<[string, string | undefined]> = [
      ['anonymous', undefined],
      ...Object.values(StaffRole).map((role): [string, string] => [role, tokens[role]]),
    ];
    const deviations: string[] = [];
    // One role at a time (writes of one role never race the reads of another), routes in parallel.
    for (const [who, token] of callers) {
      await Promise.all(
        routes.map(async (r) => {
          const rule = expected(r.key)!;
          const res = await sys.api(r.path, {
            method: r.method,
            token,
            json: r.method === 'GET' ? undefined : {},
          });
          const denied = res.status === 403 && res.body?.code === 'FORBIDDEN';
          const unauthenticated = res.status === 401 && res.body?.code === 'UNAUTHORIZED';
          const want =
            rule === 'public'
              ? 'allowed'
              : who === 'anonymous' || rule === 'mini-app'
                ? 'unauthenticated'
                : ROLES[rule].includes(who as StaffRole)
                  ? 'allowed'
                  : 'denied';
          const got = unauthenticated ? 'unauthenticated' : denied ? 'denied' : 'allowed';
          // A public login with an empty body is a 400/401 of its own, never "denied".
          const ok = want === got || (rule === 'public' && !denied);
          if (!ok || res.status >= 500)
            deviations.push(`${who} ${r.key} → ${res.status} ${res.body?.code ?? ''} (want ${want})`);
        }),
      );
    }
    expect(deviations).toEqual([]);
  });
});
