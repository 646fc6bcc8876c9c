import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  ApproveCashierCommand,
  BlockCashierCommand,
  GetCashierQuery,
  CASHIER_STATUSES,
  type CashierStatus,
  ListCashiersQuery,
  RejectCashierCommand,
  StaffRole,
  UnblockCashierCommand,
} from '@dvorik/domain';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import { BooleanQuery } from '../discounts/query-transforms';
import { PageQueryDto } from '../platform/page-query.dto';

export class CashierListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CASHIER_STATUSES, example: 'pending' })
  @IsOptional()
  @IsIn(CASHIER_STATUSES)
  status?: CashierStatus;

  @ApiPropertyOptional({ default: false }) @IsOptional() @BooleanQuery() @IsBoolean() isTest?: boolean;
}

const DECISION = {
  description: 'The cashier; pressing twice is a no-op. The cashier is told by the staff bot.',
};
const NOT_FOUND = { description: 'CASHIER_NOT_FOUND' };
const CONFLICT = { description: 'CASHIER_INVALID_TRANSITION (e.g. rejecting an active cashier)' };

@ApiTags('cashiers')
@Controller('cashiers')
export class CashiersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Roles(StaffRole.Owner)
  @ApiOkResponse({ description: '{items, total, page, perPage}; `?status=pending` are the requests' })
  list(@Query() q: CashierListQueryDto) {
    const { page, perPage, ...filter } = q;
    return this.queries.execute(new ListCashiersQuery(filter, page, perPage));
  }

  @Get('requests')
  @Roles(StaffRole.Owner)
  @ApiOkResponse({
    description: 'Pending requests (status=pending), newest first, with the store each named',
  })
  requests(@Query() q: PageQueryDto) {
    return this.queries.execute(new ListCashiersQuery({ status: 'pending' }, q.page, q.perPage));
  }

  @Get(':id')
  @Roles(StaffRole.Owner)
  @ApiNotFoundResponse(NOT_FOUND)
  get(@Param('id', ParseIntPipe) id: number) {
    return this.queries.execute(new GetCashierQuery(id));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(StaffRole.Owner)
  @ApiOkResponse(DECISION)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse(CONFLICT)
  approve(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new ApproveCashierCommand(actor, id));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles(StaffRole.Owner)
  @ApiOkResponse(DECISION)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse(CONFLICT)
  reject(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new RejectCashierCommand(actor, id));
  }

  @Post(':id/block')
  @HttpCode(200)
  @Roles(StaffRole.Owner)
  @ApiOkResponse(DECISION)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse(CONFLICT)
  block(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new BlockCashierCommand(actor, id));
  }

  @Post(':id/unblock')
  @HttpCode(200)
  @Roles(StaffRole.Owner)
  @ApiOkResponse(DECISION)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ description: 'CASHIER_INVALID_TRANSITION: only a blocked cashier is unblocked' })
  unblock(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new UnblockCashierCommand(actor, id));
  }
}
