import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '../clients';
import { CreateSegmentHandler } from './commands/create-segment.handler';
import { DeleteSegmentHandler } from './commands/delete-segment.handler';
import { UpdateSegmentHandler } from './commands/update-segment.handler';
import { CountClientsHandler } from './queries/count-clients.handler';
import { GetSegmentHandler } from './queries/get-segment.handler';
import { ListMatchingClientIdsHandler } from './queries/list-matching-client-ids.handler';
import { ListSegmentsHandler } from './queries/list-segments.handler';
import { PreviewSegmentHandler } from './queries/preview-segment.handler';
import { ResolveClientFilterHandler } from './queries/resolve-client-filter.handler';
import { Segment } from './segment.entity';
import { SegmentsRepository } from './segments.repository';
import { SegmentsSeeder } from './segments.seeder';

const CommandHandlers = [CreateSegmentHandler, UpdateSegmentHandler, DeleteSegmentHandler];
const QueryHandlers = [
  ListSegmentsHandler,
  GetSegmentHandler,
  PreviewSegmentHandler,
  CountClientsHandler,
  ListMatchingClientIdsHandler,
  ResolveClientFilterHandler,
];

/** Segments over the clients' filter; importers get FilteredClientsReader through ClientsModule too. */
@Module({
  imports: [TypeOrmModule.forFeature([Segment]), ClientsModule],
  providers: [...CommandHandlers, ...QueryHandlers, SegmentsRepository, SegmentsSeeder],
  exports: [ClientsModule, SegmentsSeeder],
})
export class SegmentsModule {}
