import { Global, Module } from '@nestjs/common';
import { BotErrorBoundary } from './bot-errors.middleware';
import { BotReplier } from './bot-replier';
import { DialogState } from './dialog-state';
import { UpdateDeduplicator } from './update-deduplicator';

/** What every bot's middleware and handlers share. */
@Global()
@Module({
  providers: [UpdateDeduplicator, BotReplier, DialogState, BotErrorBoundary],
  exports: [UpdateDeduplicator, BotReplier, DialogState, BotErrorBoundary],
})
export class BotRuntimeModule {}
