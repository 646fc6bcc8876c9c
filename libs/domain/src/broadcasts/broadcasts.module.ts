import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SegmentsModule } from '../segments';
import { SettingsModule } from '../settings';
import { StatsModule } from '../stats';
import { AudienceReader } from './audience.reader';
import { AudienceResolver } from './audience.resolver';
import { Broadcast, BroadcastMedia } from './broadcast.entity';
import { BroadcastViewsFactory } from './broadcast-views.factory';
import { BroadcastsRepository } from './broadcasts.repository';
import { AttachBroadcastMediaHandler } from './commands/attach-broadcast-media.handler';
import { CancelBroadcastHandler } from './commands/cancel-broadcast.handler';
import { CancelChatBroadcastHandler } from './commands/cancel-chat-broadcast.handler';
import { SetChatBroadcastAudienceHandler } from './commands/chat-broadcast-audience.handler';
import { ChatDraftAuthor } from './commands/chat-draft-author';
import { CreateBroadcastFromChatHandler } from './commands/create-broadcast-from-chat.handler';
import { LaunchChatBroadcastHandler } from './commands/launch-chat-broadcast.handler';
import { CreateBroadcastHandler } from './commands/create-broadcast.handler';
import { DeleteBroadcastHandler } from './commands/delete-broadcast.handler';
import { FailBroadcastHandler } from './commands/fail-broadcast.handler';
import { FinishBroadcastHandler } from './commands/finish-broadcast.handler';
import { LaunchBroadcastHandler } from './commands/launch-broadcast.handler';
import { PauseBroadcastHandler } from './commands/pause-broadcast.handler';
import { RequestTestSendHandler } from './commands/request-test-send.handler';
import { ResumeBroadcastHandler } from './commands/resume-broadcast.handler';
import { RetryFailedRecipientsHandler } from './commands/retry-failed-recipients.handler';
import { StartBroadcastHandler } from './commands/start-broadcast.handler';
import { UpdateBroadcastHandler } from './commands/update-broadcast.handler';
import { BroadcastJobsScheduler } from './consumers/broadcast-jobs.scheduler';
import { SendTestBroadcastJob } from './jobs/send-test-broadcast.job';
import { StartBroadcastJob, StartDueBroadcastsJob } from './jobs/start-broadcasts.job';
import { EstimateBroadcastHandler } from './queries/estimate-broadcast.handler';
import { GetBroadcastHandler } from './queries/get-broadcast.handler';
import { ListBroadcastRecipientsHandler } from './queries/list-broadcast-recipients.handler';
import { ListBroadcastsHandler } from './queries/list-broadcasts.handler';
import { BroadcastDashboardSections } from './queries/broadcast-dashboard.sections';
import { GetChatBroadcasterHandler } from './queries/get-chat-broadcaster.handler';
import { RecipientClaimsRepository } from './recipient-claims.repository';
import { RecipientsRepository } from './recipients.repository';
import { BroadcastDelivery } from './sending/broadcast-delivery';
import { RecipientOutcomes } from './sending/recipient-outcomes';
import { SendPacer } from './sending/send-pacer';

const CommandHandlers = [
  CreateBroadcastHandler,
  UpdateBroadcastHandler,
  DeleteBroadcastHandler,
  AttachBroadcastMediaHandler,
  LaunchBroadcastHandler,
  PauseBroadcastHandler,
  ResumeBroadcastHandler,
  CancelBroadcastHandler,
  RetryFailedRecipientsHandler,
  RequestTestSendHandler,
  StartBroadcastHandler,
  FinishBroadcastHandler,
  FailBroadcastHandler,
  CreateBroadcastFromChatHandler,
  SetChatBroadcastAudienceHandler,
  LaunchChatBroadcastHandler,
  CancelChatBroadcastHandler,
  ChatDraftAuthor,
];
const QueryHandlers = [
  ListBroadcastsHandler,
  GetBroadcastHandler,
  EstimateBroadcastHandler,
  ListBroadcastRecipientsHandler,
  GetChatBroadcasterHandler,
];
const Consumers = [BroadcastJobsScheduler];
const Jobs = [StartBroadcastJob, StartDueBroadcastsJob, SendTestBroadcastJob];
/** What the worker's sender (BroadcastSenderModule) is built from. */
const SendingServices = [
  BroadcastsRepository,
  RecipientClaimsRepository,
  RecipientOutcomes,
  SendPacer,
  BroadcastDelivery,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([Broadcast, BroadcastMedia]),
    SettingsModule,
    SegmentsModule,
    StatsModule,
  ],
  providers: [
    ...CommandHandlers,
    ...QueryHandlers,
    ...Consumers,
    ...Jobs,
    ...SendingServices,
    RecipientsRepository,
    AudienceReader,
    AudienceResolver,
    BroadcastViewsFactory,
    BroadcastDashboardSections,
  ],
  exports: [...SendingServices, SettingsModule],
})
export class BroadcastsModule {}
