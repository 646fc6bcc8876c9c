import { Body, Controller, Get, Param, ParseIntPipe, Patch, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  ChangeOrderStatusCommand,
  ListOrdersQuery,
  type OrderStatus,
  StaffRole,
} from '@dvorik/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import { BooleanQuery } from '../discounts/query-transforms';
import { PageQueryDto } from '../platform/page-query.dto';

const STATUSES: OrderStatus[] = ['draft', 'submitted', 'done', 'cancelled'];

export class OrderListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: OrderStatus;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) clientId?: number;
  @ApiPropertyOptional({ default: false }) @IsOptional() @BooleanQuery() @IsBoolean() isTest?: boolean;
}

export class OrderStatusDto {
  @ApiProperty({ enum: STATUSES }) @IsIn(STATUSES) status!: OrderStatus;
}

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({ description: '{items, total, page, perPage}: VIP orders with the client, newest first' })
  list(@Query() q: OrderListQueryDto) {
    const { page, perPage, ...filter } = q;
    return this.queries.execute(new ListOrdersQuery(filter, page, perPage));
  }

  @Patch(':id')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({ description: 'draft → submitted → done; anything unfinished → cancelled' })
  @ApiNotFoundResponse({ description: 'ORDER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ORDER_INVALID_TRANSITION' })
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: OrderStatusDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new ChangeOrderStatusCommand(actor, id, dto.status));
  }
}
