import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { SettingsReader } from '../../settings';
import { FindStaffByTelegramIdQuery } from '../../staff';
import { GetChatBroadcasterQuery } from './get-chat-broadcaster.query';

@QueryHandler(GetChatBroadcasterQuery)
export class GetChatBroadcasterHandler implements IQueryHandler<GetChatBroadcasterQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly settings: SettingsReader,
  ) {}

  async execute({ telegramId }: GetChatBroadcasterQuery) {
    const staff = await this.queries.execute(new FindStaffByTelegramIdQuery(telegramId));
    if (!staff?.active || !staff.canBroadcastFromChat) return null;
    return {
      actor: { type: 'staff' as const, staffId: staff.id, role: staff.role },
      staffId: staff.id,
      enabled: await this.settings.get('auto_broadcast_from_admins'),
    };
  }
}
