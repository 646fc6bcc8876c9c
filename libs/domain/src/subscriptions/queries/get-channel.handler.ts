import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SettingsReader } from '../../settings';
import { GetChannelQuery } from './get-channel.query';

@QueryHandler(GetChannelQuery)
export class GetChannelHandler implements IQueryHandler<GetChannelQuery> {
  constructor(private readonly settings: SettingsReader) {}

  async execute() {
    const settings = await this.settings.all();
    return { channelId: settings.telegram_channel_id, link: settings.channel_link };
  }
}
