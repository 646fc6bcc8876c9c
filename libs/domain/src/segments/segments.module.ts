import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '../clients';
import {
  CreateSegmentHandler,
  DeleteSegmentHandler,
  UpdateSegmentHandler,
} from './commands/save-segment.handler';
import { CountClientsHandler, ListMatchingClientIdsHandler } from './queries/count-clients.handler';
import { ResolveClientFilterHandler } from './queries/resolve-client-filter.handler';
import { GetSegmentHandler, ListSegmentsHandler, PreviewSegmentHandler } from './queries/segment.handlers';
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

/** Segments over the clients' filter; importers get ClientFilterCompiler through ClientsModule too. */
@Module({
  imports: [TypeOrmModule.forFeature([Segment]), ClientsModule],
  providers: [...CommandHandlers, ...QueryHandlers, SegmentsRepository, SegmentsSeeder],
  exports: [ClientsModule, SegmentsSeeder],
})
export class SegmentsModule {}
