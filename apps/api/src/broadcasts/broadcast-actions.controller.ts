import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  CancelBroadcastCommand,
  EstimateBroadcastQuery,
  LaunchBroadcastCommand,
  PauseBroadcastCommand,
  RequestTestSendCommand,
  ResumeBroadcastCommand,
  RetryFailedRecipientsCommand,
  StaffRole,
} from '@dvorik/domain';
import { Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import { LaunchBroadcastDto, TestSendDto } from './broadcast.dto';

const TRANSITION = 'BROADCAST_INVALID_TRANSITION (details.status, details.allowedFrom)';
const MARKETERS = [StaffRole.Owner, StaffRole.Marketing] as const;

/**
 * `draft → scheduled → sending ⇄ paused → sent | failed | cancelled`. These only change state;
 * the worker freezes the audience and sends, never the HTTP request.
 */
@ApiTags('broadcasts')
@Controller('broadcasts/:id')
@ApiNotFoundResponse({ description: 'BROADCAST_NOT_FOUND' })
export class BroadcastActionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('estimate')
  @HttpCode(200)
  @Roles(...MARKETERS)
  @ApiOkResponse({
    description: '{count, message: «Вы собираетесь отправить N пользователям»}: active real clients only',
  })
  estimate(@Param('id', ParseIntPipe) id: number) {
    return this.queries.execute(new EstimateBroadcastQuery(id));
  }

  @Post('test')
  @HttpCode(202)
  @Roles(...MARKETERS)
  @ApiAcceptedResponse({
    description: '{testRecipients}: the worker sends to test clients only (the test bot if configured)',
  })
  @ApiConflictResponse({ description: 'BROADCAST_NO_TEST_CLIENTS' })
  test(@Param('id', ParseIntPipe) id: number, @Body() dto: TestSendDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new RequestTestSendCommand(actor, id, dto.clientIds));
  }

  @Post('launch')
  @HttpCode(200)
  @Roles(...MARKETERS)
  @ApiOkResponse({
    description: 'Scheduled (now or at `at`); the worker starts it within seconds of its time',
  })
  @ApiConflictResponse({ description: `${TRANSITION}, BROADCAST_AUDIENCE_EMPTY` })
  launch(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: LaunchBroadcastDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.commands.execute(new LaunchBroadcastCommand(actor, id, dto.at ?? null));
  }

  @Post('pause')
  @HttpCode(200)
  @Roles(...MARKETERS)
  @ApiOkResponse({ description: 'Paused: no new sends; the ones in flight finish' })
  @ApiConflictResponse({ description: TRANSITION })
  pause(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new PauseBroadcastCommand(actor, id));
  }

  @Post('resume')
  @HttpCode(200)
  @Roles(...MARKETERS)
  @ApiOkResponse({ description: 'Sending again from where it stopped' })
  @ApiConflictResponse({ description: TRANSITION })
  resume(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new ResumeBroadcastCommand(actor, id));
  }

  @Post('cancel')
  @HttpCode(200)
  @Roles(...MARKETERS)
  @ApiOkResponse({ description: 'Cancelled for good; who got it keeps it' })
  @ApiConflictResponse({ description: TRANSITION })
  cancel(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new CancelBroadcastCommand(actor, id));
  }

  @Post('retry-failed')
  @HttpCode(200)
  @Roles(...MARKETERS)
  @ApiOkResponse({
    description: '{broadcast, recipients}: failed recipients (not blocked or banned clients) go again',
  })
  @ApiConflictResponse({ description: TRANSITION })
  retryFailed(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new RetryFailedRecipientsCommand(actor, id));
  }
}
