import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  type Actor,
  GetDiscountQuery,
  IssueDiscountCommand,
  ListDiscountsQuery,
  RedeemDiscountCommand,
  RevokeDiscountCommand,
  StaffRole,
  ValidateDiscountCommand,
} from '@dvorik/domain';
import { AnyStaff, PosOrRoles, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import {
  CodeDto,
  DiscountListQueryDto,
  IssueDiscountDto,
  RedeemDto,
  RevokeDiscountDto,
} from './discount.dto';

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Same key + same body → the first response replayed; same key, other body → 422',
};
const UNUSABLE = 'DISCOUNT_ALREADY_REDEEMED (details: redeemedAt, cashierName), DISCOUNT_REVOKED';
const CASHIER = 'CASHIER_NOT_ACTIVE (403), CASHIER_LOCKED (429, details.lockedUntil)';

@ApiTags('discounts')
@Controller('discounts')
export class DiscountsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({
    description: '{items, total, page, perPage}, newest first; test codes only with isTest=true',
  })
  list(@Query() q: DiscountListQueryDto) {
    const { page, perPage, ...filter } = q;
    return this.queries.execute(new ListDiscountsQuery(filter, page, perPage));
  }

  @Post()
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiHeader({ ...IDEMPOTENCY_KEY, description: 'Makes the issue idempotent (issue key manual:{key})' })
  @ApiResponse({ status: 201, description: '{discount, created}; the client is notified by the worker' })
  @ApiNotFoundResponse({ description: 'CLIENT_NOT_FOUND, DISCOUNT_TEMPLATE_NOT_FOUND' })
  @ApiConflictResponse({
    description:
      'RECURRENCE_NOT_REACHED (details.nextAt), DISCOUNT_TEMPLATE_INACTIVE, DISCOUNT_CLIENT_NOT_ELIGIBLE',
  })
  @ApiUnprocessableEntityResponse({ description: 'IDEMPOTENCY_KEY_REUSED for another client or template' })
  issue(
    @Body() dto: IssueDiscountDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.commands.execute(
      new IssueDiscountCommand({
        actor,
        ...dto,
        origin: 'manual',
        requestId: key || null,
        reason: dto.reason ?? null,
      }),
    );
  }

  @Post('validate')
  @HttpCode(200)
  @PosOrRoles(StaffRole.Owner)
  @ApiOkResponse({ description: 'The discount: clientName, templateName, valueText, expiresAt, logId' })
  @ApiNotFoundResponse({ description: 'DISCOUNT_NOT_FOUND' })
  @ApiConflictResponse({ description: UNUSABLE })
  @ApiResponse({ status: 410, description: 'DISCOUNT_EXPIRED (details.expiresAt)' })
  validate(@Body() dto: CodeDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new ValidateDiscountCommand(actor, dto.code));
  }

  @Post('redeem')
  @HttpCode(200)
  @PosOrRoles(StaffRole.Owner)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiOkResponse({ description: 'Redeemed, exactly once: the discount after redemption and its logId' })
  @ApiNotFoundResponse({ description: 'DISCOUNT_NOT_FOUND' })
  @ApiConflictResponse({ description: UNUSABLE })
  @ApiResponse({ status: 410, description: 'DISCOUNT_EXPIRED' })
  @ApiUnprocessableEntityResponse({ description: 'IDEMPOTENCY_KEY_REUSED, DISCOUNT_MIN_PURCHASE_NOT_MET' })
  @ApiTooManyRequestsResponse({ description: CASHIER })
  redeem(@Body() dto: RedeemDto, @CurrentActor() actor: Actor, @Headers('idempotency-key') key?: string) {
    return this.commands.execute(
      new RedeemDiscountCommand({
        actor,
        codeInput: dto.code,
        purchaseAmount: dto.purchaseAmount,
        idempotencyKey: key ?? null,
      }),
    );
  }

  @Get(':id')
  @AnyStaff()
  @ApiOkResponse({ description: 'One discount: code, template, client, value, status, dates, redemptions' })
  @ApiNotFoundResponse({ description: 'DISCOUNT_NOT_FOUND' })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.queries.execute(new GetDiscountQuery(id));
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({ description: 'The revoked discount' })
  @ApiNotFoundResponse({ description: 'DISCOUNT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'DISCOUNT_NOT_ACTIVE: already redeemed, expired or revoked' })
  revoke(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: RevokeDiscountDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.commands.execute(new RevokeDiscountCommand(actor, id, dto.reason ?? null));
  }
}
