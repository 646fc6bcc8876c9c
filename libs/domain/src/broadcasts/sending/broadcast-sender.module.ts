import { Module } from '@nestjs/common';
import { BroadcastsModule } from '../broadcasts.module';
import { BroadcastSender } from './broadcast-sender';
import { ClaimKeeper } from './claim-keeper';

/**
 * The sender loop, for the worker only: importing it anywhere else (the API, the bots) would
 * make that process send broadcasts too.
 */
@Module({
  imports: [BroadcastsModule],
  providers: [BroadcastSender, ClaimKeeper],
})
export class BroadcastSenderModule {}
