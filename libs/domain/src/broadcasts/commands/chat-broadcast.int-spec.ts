import {
  CancelChatBroadcastCommand,
  CreateBroadcastFromChatCommand,
  CreateStaffCommand,
  GetBroadcastQuery,
  LaunchChatBroadcastCommand,
  SetChatBroadcastAudienceCommand,
  StaffRole,
  UpdateSettingsCommand,
} from '@dvorik/domain';
import { anOwner, createDomainTestApp, type DomainTestApp, manyClients } from '@dvorik/testing';

const AUTHOR_TG = 770_001;
const OTHER_TG = 770_002;
const CLIENT_TG = 770_003;

/** Broadcasts from the chat: the draft is its author's, whichever edge asks (ChatDraftAuthor). */
describe('chat broadcast commands (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('bchat');
    for (const [telegramId, name] of [
      [AUTHOR_TG, 'Автор'],
      [OTHER_TG, 'Коллега'],
    ] as const)
      await app.commands.execute(
        new CreateStaffCommand(anOwner(), {
          telegramId,
          name,
          role: StaffRole.Marketing,
          canBroadcastFromChat: true,
        }),
      );
    await manyClients(app.sql, 5, { subscribed: true });
  });
  afterAll(() => app.close());

  const setMode = (on: boolean) =>
    app.commands.execute(new UpdateSettingsCommand(anOwner(), { auto_broadcast_from_admins: on }));
  const aDraft = () =>
    app.commands.execute(new CreateBroadcastFromChatCommand(AUTHOR_TG, { html: 'Скидки!', media: null }));
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => 'done',
      (error: { code?: string }) => error.code,
    );
  const status = async (id: number) => (await app.queries.execute(new GetBroadcastQuery(id))).status;

  it("nobody but the draft's author picks its audience, launches or drops it; the draft is left as it was", async () => {
    await setMode(true);
    const draft = await aDraft();
    for (const command of [
      new SetChatBroadcastAudienceCommand(OTHER_TG, draft.id, { filter: { subscribed: true } }),
      new LaunchChatBroadcastCommand(OTHER_TG, draft.id),
      new CancelChatBroadcastCommand(OTHER_TG, draft.id),
    ])
      expect(await refusal(app.commands.execute(command))).toBe('BROADCAST_FROM_CHAT_NOT_YOURS');
    expect(await refusal(app.commands.execute(new LaunchChatBroadcastCommand(CLIENT_TG, draft.id)))).toBe(
      'BROADCAST_FROM_CHAT_FORBIDDEN',
    );
    expect(await refusal(app.commands.execute(new LaunchChatBroadcastCommand(AUTHOR_TG, 999_999)))).toBe(
      'BROADCAST_FROM_CHAT_NOT_YOURS',
    );
    const view = await app.queries.execute(new GetBroadcastQuery(draft.id));
    expect(view).toMatchObject({ status: 'draft', audience: {} });
  });

  it('with the mode off even the author is refused; on again, the author chooses and launches', async () => {
    await setMode(true);
    const draft = await aDraft();
    await setMode(false);
    expect(await refusal(app.commands.execute(new LaunchChatBroadcastCommand(AUTHOR_TG, draft.id)))).toBe(
      'BROADCAST_FROM_CHAT_DISABLED',
    );
    expect(await status(draft.id)).toBe('draft');

    await setMode(true);
    const chosen = await app.commands.execute(
      new SetChatBroadcastAudienceCommand(AUTHOR_TG, draft.id, { filter: { subscribed: true } }),
    );
    expect(chosen.audience).toEqual({ filter: { subscribed: true } });
    await app.commands.execute(new LaunchChatBroadcastCommand(AUTHOR_TG, draft.id));
    expect(await status(draft.id)).not.toBe('draft');
  });

  it('the author drops their draft', async () => {
    await setMode(true);
    const draft = await aDraft();
    await app.commands.execute(new CancelChatBroadcastCommand(AUTHOR_TG, draft.id));
    expect(await app.sql('SELECT id FROM broadcasts WHERE id = ?', [draft.id])).toEqual([]);
  });
});
