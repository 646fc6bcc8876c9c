import { Global, Module } from '@nestjs/common';
import { BotReplier } from './bot-replier';
import { UpdateDeduplicator } from './update-deduplicator';

/** What every bot's middleware and handlers share. */
@Global()
@Module({ providers: [UpdateDeduplicator, BotReplier], exports: [UpdateDeduplicator, BotReplier] })
export class BotRuntimeModule {}
