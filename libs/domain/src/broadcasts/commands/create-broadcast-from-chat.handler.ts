import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastError } from '../broadcasts.errors';
import { BroadcastCreatedEvent } from '../events/broadcast.events';
import { parseTelegramHtml } from '../rules/telegram-html.rule';
import { GetChatBroadcasterQuery } from '../queries/get-chat-broadcaster.query';
import { CreateBroadcastFromChatCommand } from './create-broadcast-from-chat.command';
import { checkedDraft, draftRow } from './draft-checks';

@CommandHandler(CreateBroadcastFromChatCommand)
export class CreateBroadcastFromChatHandler implements ICommandHandler<CreateBroadcastFromChatCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly queries: QueryBus,
    private readonly broadcasts: BroadcastsRepository,
    private readonly views: BroadcastViewsFactory,
  ) {}

  async execute({ telegramId, content }: CreateBroadcastFromChatCommand) {
    const who = await this.queries.execute(new GetChatBroadcasterQuery(telegramId));
    if (!who) throw BroadcastError.fromChatForbidden(telegramId);
    if (!who.enabled) throw BroadcastError.fromChatDisabled();
    const parsed = parseTelegramHtml(content.html);
    const firstLine = (parsed.ok ? parsed.text : '').trim().split('\n')[0].slice(0, 60).trim();
    const media = content.media;
    const draft = checkedDraft({
      title: firstLine || 'Рассылка из чата',
      text: content.html,
      buttons: [],
      audience: {},
      mediaKind: media?.kind ?? null,
      scheduledAt: null,
    });
    return this.uow.run(async () => {
      const broadcast = await this.broadcasts.insert(draftRow(draft, 'bot', who.actor));
      const entity = { type: 'broadcast', id: broadcast.id };
      await this.uow.record(
        new BroadcastCreatedEvent(who.actor, entity, { title: broadcast.title, origin: 'bot' }),
      );
      if (!media) return this.views.view(broadcast, null);
      // Telegram already has the file: only its id is kept, nothing is uploaded again.
      const { kind, fileId, bot, filename, mimeType, size } = media;
      await this.broadcasts.saveMedia(
        {
          broadcastId: broadcast.id,
          kind,
          filename,
          mimeType,
          size,
          fileIds: { [bot]: fileId },
          createdAt: new Date(),
        },
        null,
      );
      return this.views.byId(broadcast.id);
    });
  }
}
