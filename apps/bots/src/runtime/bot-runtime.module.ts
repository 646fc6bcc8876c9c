import { Global, Module } from '@nestjs/common';
import { BotReplier } from './bot-replier';
import { DialogState } from './dialog-state';
import { UpdateDeduplicator } from './update-deduplicator';

/** What every bot's middleware and handlers share. */
@Global()
@Module({
  providers: [UpdateDeduplicator, BotReplier, DialogState],
  exports: [UpdateDeduplicator, BotReplier, DialogState],
})
export class BotRuntimeModule {}
