import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { BroadcastViewsFactory } from '../broadcast-views.factory';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastError } from '../broadcasts.errors';
import { BroadcastMediaAttachedEvent, BroadcastMediaRemovedEvent } from '../events/broadcast.events';
import { broadcastContentProblems } from '../rules/broadcast-content.rule';
import { mediaFileProblems, mediaKindOf } from '../rules/media-file.rule';
import { AttachBroadcastMediaCommand } from './attach-broadcast-media.command';
import { lockedForAction } from './locked-for-action';

@CommandHandler(AttachBroadcastMediaCommand)
export class AttachBroadcastMediaHandler implements ICommandHandler<AttachBroadcastMediaCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly broadcasts: BroadcastsRepository,
    private readonly views: BroadcastViewsFactory,
  ) {}

  async execute({ actor, id, file }: AttachBroadcastMediaCommand) {
    const kind = file ? (file.kind ?? mediaKindOf(file.mimeType)) : null;
    if (file && kind) {
      const problems = mediaFileProblems({ kind, mimeType: file.mimeType, size: file.content.length });
      if (problems.length > 0) throw BroadcastError.invalid({ file: problems });
    }
    return this.uow.run(async () => {
      const draft = await lockedForAction(this.broadcasts, id, 'edit');
      // With media the text becomes a caption: 1024 visible characters, not 4096.
      const problems = broadcastContentProblems({ ...draft, mediaKind: kind });
      if (Object.keys(problems).length > 0) throw BroadcastError.invalid(problems);
      const now = new Date();
      const entity = { type: 'broadcast', id };
      if (file && kind) {
        const filename = file.filename.slice(0, 255) || `file.${kind}`;
        const media = { broadcastId: id, kind, filename, mimeType: file.mimeType, size: file.content.length };
        await this.broadcasts.saveMedia({ ...media, fileIds: {}, createdAt: now }, file.content);
        await this.uow.record(
          new BroadcastMediaAttachedEvent(actor, entity, { kind, filename, size: media.size }),
        );
      } else {
        await this.broadcasts.removeMedia(id);
        await this.uow.record(new BroadcastMediaRemovedEvent(actor, entity, {}));
      }
      await this.broadcasts.update(id, { mediaKind: kind, updatedAt: now });
      return this.views.byId(id);
    });
  }
}
