import { CommandBus } from '@nestjs/cqrs';
import {
  CreateDiscountTemplateCommand,
  IssueDiscountCommand,
  RedeemDiscountCommand,
  RegisterClientCommand,
  SetSubscriptionCommand,
  SYSTEM,
} from '@dvorik/domain';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { withinOneShopDay } from './support/shop-day';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('Administration: campaigns — link, QR, funnel', () => {
  let sys: TestSystem;
  let t: RoleTokens;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'admin_campaigns', apps: ['api'] });
    t = await staffTokens(sys.apps.api!);
  });
  afterAll(() => sys?.close());

  it('creates a campaign with its t.me link and printable QR codes; refuses a key that breaks the link', async () => {
    const long = await sys.api('/api/v1/campaigns', {
      method: 'POST',
      token: t.marketing,
      json: { name: 'x', sourceKey: 'a'.repeat(61) },
    });
    expect(long).toMatchObject({
      status: 400,
      body: { details: { fields: { sourceKey: expect.any(Array) } } },
    });
    const bad = await sys.api('/api/v1/campaigns', {
      method: 'POST',
      token: t.marketing,
      json: { name: 'x', sourceKey: 'постер' },
    });
    expect(bad.status).toBe(400);
    const created = await sys.api('/api/v1/campaigns', {
      method: 'POST',
      token: t.marketing,
      json: { name: 'Постер на Светланской', sourceKey: 'poster_1' },
    });
    expect(created).toMatchObject({
      status: 201,
      body: {
        sourceKey: 'poster_1',
        startPayload: 'ref_poster_1',
        link: 'https://t.me/dvorik_client_bot?start=ref_poster_1',
      },
    });
    const again = await sys.api('/api/v1/campaigns', {
      method: 'POST',
      token: t.owner,
      json: { name: 'y', sourceKey: 'POSTER_1' },
    });
    expect(again).toMatchObject({ status: 409, body: { code: 'CAMPAIGN_SOURCE_KEY_TAKEN' } });
    const png = await fetch(`${sys.apiUrl}/api/v1/campaigns/${created.body.id}/qr/png`, {
      headers: { authorization: `Bearer ${t.readonly}` },
    });
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const svg = await sys.api(`/api/v1/campaigns/${created.body.id}/qr/svg`, { token: t.readonly });
    expect(String(svg.body)).toContain('<svg');
  }, 30_000);

  it('counts the funnel: starts → registrations → subscriptions → codes issued → redeemed', async () => {
    await withinOneShopDay(30_000); // the dashboard's «today» below
    const campaign = (await sys.api('/api/v1/campaigns', { token: t.readonly })).body.items[0];
    const commands = sys.apps.api!.get(CommandBus);
    const start = (telegramId: number, startPayload?: string) =>
      commands.execute(new RegisterClientCommand({ telegramId, firstName: 'Гость', startPayload }));
    const [a, b, c] = await Promise.all(
      [6_400_001, 6_400_002, 6_400_003].map((id) => start(id, 'ref_poster_1')),
    );
    await start(6_400_001, 'ref_POSTER_1'); // a returning client presses the poster's link again
    await start(6_400_004); // organic: not in the funnel
    await start(6_400_005, 'ref_unknown'); // a key no campaign has
    for (const { client } of [a, b]) await commands.execute(new SetSubscriptionCommand(client.id, true));
    const { id: templateId } = await commands.execute(
      new CreateDiscountTemplateCommand(SYSTEM, {
        name: 'Постер',
        event: 'campaign',
        valueType: 'percent',
        value: 10,
        validityDays: 30,
      }),
    );
    const codes = [];
    for (const { client } of [a, c])
      codes.push(
        (
          await commands.execute(
            new IssueDiscountCommand({ actor: SYSTEM, clientId: client.id, templateId, origin: 'campaign' }),
          )
        ).discount,
      );
    await commands.execute(new RedeemDiscountCommand({ actor: { type: 'pos' }, codeInput: codes[0].code }));

    const stats = await sys.api(`/api/v1/campaigns/${campaign.id}/stats`, { token: t.readonly });
    expect(stats.body).toMatchObject({
      starts: 4,
      registrations: 3,
      subscriptions: 2,
      codesIssued: 2,
      codesRedeemed: 1,
    });
    const dashboard = await sys.api('/api/v1/dashboard', { token: t.readonly });
    expect(dashboard.body).toMatchObject({
      redemptions: { today: 1, inRange: 1 },
      clients: { total: 5, subscribed: 2, newToday: 5 },
      activeCodes: 1,
      campaignFunnel: [
        { campaignId: campaign.id, name: 'Постер на Светланской', starts: 4, registrations: 3 },
      ],
      redemptionRateByTemplate: [{ templateId, issued: 2, redeemed: 1, rate: 0.5 }],
      lastRedemptions: [{ discountCode: codes[0].code }],
    });
    expect(dashboard.body.series.at(-1)).toMatchObject({ redemptions: 1, newClients: 5 });
    // The broadcasts capability contributes its blocks; none is scheduled in this journey.
    expect(dashboard.body).toMatchObject({ upcomingBroadcasts: [], recentBroadcasts: [] });

    const keyChange = await sys.api(`/api/v1/campaigns/${campaign.id}`, {
      method: 'PATCH',
      token: t.marketing,
      json: { sourceKey: 'other' },
    });
    expect(keyChange).toMatchObject({
      status: 409,
      body: { code: 'CAMPAIGN_IN_USE', details: { clients: 3 } },
    });
    const renamed = await sys.api(`/api/v1/campaigns/${campaign.id}`, {
      method: 'PATCH',
      token: t.marketing,
      json: { name: 'Постер №1' },
    });
    expect(renamed.body).toMatchObject({ name: 'Постер №1', sourceKey: 'poster_1' });
  });
});
