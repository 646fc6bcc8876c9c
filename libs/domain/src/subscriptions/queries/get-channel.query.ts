import { Query } from '@nestjs/cqrs';

export interface ChannelInfo {
  /** `telegram_channel_id` from settings (`-100…` or `@name`), null while unset. */
  channelId: string | null;
  /** `channel_link`: what «Перейти в канал» opens. */
  link: string | null;
}

/** The shop's channel as settings name it (cached reader: the bots ask on button presses). */
export class GetChannelQuery extends Query<ChannelInfo> {}
