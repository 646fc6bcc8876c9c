import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  CreateBroadcastCommand,
  DeleteBroadcastCommand,
  GetBroadcastQuery,
  ListBroadcastRecipientsQuery,
  ListBroadcastsQuery,
  StaffRole,
  UpdateBroadcastCommand,
} from '@dvorik/domain';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import {
  BroadcastListQueryDto,
  CreateBroadcastDto,
  RecipientListQueryDto,
  UpdateBroadcastDto,
} from './broadcast.dto';

const INVALID = 'BROADCAST_INVALID (details.fields: HTML, lengths, buttons), SEGMENT_INVALID (the filter)';
const NOT_DRAFT = 'BROADCAST_INVALID_TRANSITION: only drafts change (details.status, details.allowedFrom)';

/** Broadcast drafts and their live state (DESIGN §3); the lifecycle actions are next door. */
@ApiTags('broadcasts')
@Controller('broadcasts')
export class BroadcastsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({ description: '{items, total, page, perPage}, newest first, each with live stats' })
  list(@Query() q: BroadcastListQueryDto) {
    const { page, perPage, ...filter } = q;
    return this.queries.execute(new ListBroadcastsQuery(filter, page, perPage));
  }

  @Post()
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiCreatedResponse({ description: 'The draft (origin panel)' })
  @ApiBadRequestResponse({ description: INVALID })
  create(@Body() dto: CreateBroadcastDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new CreateBroadcastCommand(actor, dto));
  }

  @Get(':id')
  @AnyStaff()
  @ApiOkResponse({
    description:
      'The broadcast with stats: total, sent, failed, blocked, pending, progress, etaSeconds, lastError',
  })
  @ApiNotFoundResponse({ description: 'BROADCAST_NOT_FOUND' })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.queries.execute(new GetBroadcastQuery(id));
  }

  @Patch(':id')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({ description: 'The changed draft' })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiNotFoundResponse({ description: 'BROADCAST_NOT_FOUND' })
  @ApiConflictResponse({ description: NOT_DRAFT })
  update(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateBroadcastDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.commands.execute(new UpdateBroadcastCommand(actor, id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiNoContentResponse({ description: 'The draft and its media are gone' })
  @ApiNotFoundResponse({ description: 'BROADCAST_NOT_FOUND' })
  @ApiConflictResponse({ description: NOT_DRAFT })
  async remove(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(new DeleteBroadcastCommand(actor, id));
  }

  @Get(':id/recipients')
  @AnyStaff()
  @ApiOkResponse({
    description: '{items, total, page, perPage}: client, status, blocked, attempts, Telegram’s error, sentAt',
  })
  @ApiNotFoundResponse({ description: 'BROADCAST_NOT_FOUND' })
  recipients(@Param('id', ParseIntPipe) id: number, @Query() q: RecipientListQueryDto) {
    const { page, perPage, ...filter } = q;
    return this.queries.execute(new ListBroadcastRecipientsQuery(id, filter, page, perPage));
  }
}
