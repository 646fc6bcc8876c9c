import { CommandBus, CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { isDuplicateKeyError, UnitOfWork } from '@dvorik/persistence';
import { FindCampaignBySourceKeyQuery, RecordCampaignStartCommand } from '../../campaigns';
import { toClientView } from '../client.entity';
import { ClientError } from '../clients.errors';
import { ClientsRepository, type TelegramProfile } from '../clients.repository';
import { ClientRegisteredEvent } from '../events/client.events';
import { parseStartPayload } from '../rules/start-payload.rule';
import { RegisterClientCommand, type RegisterClientInput } from './register-client.command';

export function telegramProfile(input: Omit<RegisterClientInput, 'telegramId'>): TelegramProfile {
  const clean = (text: string | null | undefined, max: number) => text?.trim().slice(0, max) || null;
  return {
    firstName: clean(input.firstName, 255),
    lastName: clean(input.lastName, 255),
    username: clean(input.username, 64),
    languageCode: clean(input.languageCode, 16),
  };
}

@CommandHandler(RegisterClientCommand)
export class RegisterClientHandler implements ICommandHandler<RegisterClientCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clients: ClientsRepository,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  async execute({ input }: RegisterClientCommand) {
    const now = new Date();
    const profile = telegramProfile(input);
    const start = parseStartPayload(input.startPayload);
    // Every start through a campaign link counts in its funnel, a returning client's too.
    if (start.campaignKey)
      await this.commands.execute(new RecordCampaignStartCommand(start.campaignKey, input.isTest ?? false));
    // The common case by far is a returning client: one UPDATE and done.
    if (await this.clients.refresh(input.telegramId, profile, now)) return this.existing(input.telegramId);
    const campaign = start.campaignKey
      ? await this.queries.execute(new FindCampaignBySourceKeyQuery(start.campaignKey))
      : null;
    try {
      return await this.uow.run(async () => {
        const client = await this.clients.insert({
          telegramId: input.telegramId,
          ...profile,
          phone: null,
          nameSetByClient: false,
          gender: 'unknown',
          birthday: null,
          source: start.source,
          sourceNormalized: start.sourceNormalized,
          campaignId: campaign?.id ?? null,
          subscribed: false,
          subscriptionCheckedAt: null,
          status: 'active',
          isTest: input.isTest ?? false,
          lastActivityAt: now,
          createdAt: now,
          updatedAt: now,
        });
        await this.uow.record(
          new ClientRegisteredEvent(
            { type: 'client', clientId: client.id },
            { type: 'client', id: client.id },
            {
              telegramId: client.telegramId,
              source: client.source,
              sourceNormalized: client.sourceNormalized,
              campaignId: client.campaignId,
              isTest: client.isTest,
            },
          ),
        );
        return { client: toClientView(client, []), created: true };
      });
    } catch (error) {
      // A second update of the same person (double tap on /start) registered them first.
      if (!isDuplicateKeyError(error, 'uq_clients_telegram_id')) throw error;
      await this.clients.refresh(input.telegramId, profile, now);
      return this.existing(input.telegramId);
    }
  }

  private async existing(telegramId: number) {
    const client = await this.clients.findByTelegramId(telegramId);
    if (!client) throw ClientError.notFound({ telegramId });
    return { client: toClientView(client, await this.clients.tagsOf(client.id)), created: false };
  }
}
