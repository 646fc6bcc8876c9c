import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  BulkUpdateClientsCommand,
  GetCampaignQuery,
  GetClientQuery,
  ListClientDiscountsQuery,
  ListClientsQuery,
  ListRedemptionsQuery,
  ResolveClientFilterQuery,
  StaffRole,
  UpdateClientCommand,
} from '@dvorik/domain';
import type { FastifyReply } from 'fastify';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { type AuthenticatedStaff, CurrentActor, CurrentStaff } from '../auth/authenticated-staff';
import { BulkClientsDto, ClientListQueryDto, UpdateClientDto } from './client.dto';

const PHONE = 'The phone is null for readonly staff (one policy: clients/rules/phone-visibility.rule.ts).';

@ApiTags('clients')
@Controller('clients')
export class ClientsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({
    description: `{items, total, page, perPage}; test clients only with filter {"isTest":true}. ${PHONE}`,
  })
  @ApiBadRequestResponse({ description: 'SEGMENT_INVALID: details.fields names each filter field at fault' })
  @ApiNotFoundResponse({ description: 'SEGMENT_NOT_FOUND' })
  async list(@Query() q: ClientListQueryDto, @CurrentStaff() staff: AuthenticatedStaff) {
    const filter = await this.queries.execute(
      new ResolveClientFilterQuery({ filter: q.filter, segmentId: q.segmentId }),
    );
    const { page, perPage, search, sort } = q;
    return this.queries.execute(
      new ListClientsQuery({ filter, search, sort, page, perPage, viewerRole: staff.role }),
    );
  }

  @Post('bulk')
  @HttpCode(200)
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({
    description:
      '≤ 1000 clients, one transaction: {mode:"done", runId, result:{matched, tagged, untagged, issued, alreadyIssued, failed}}',
  })
  @ApiAcceptedResponse({ description: '> 1000 clients: {mode:"queued", jobId, total}; poll GET /jobs/:id' })
  @ApiBadRequestResponse({ description: 'CLIENT_INVALID (tags, no action), SEGMENT_INVALID' })
  @ApiNotFoundResponse({ description: 'SEGMENT_NOT_FOUND, DISCOUNT_TEMPLATE_NOT_FOUND' })
  @ApiConflictResponse({
    description:
      'CLIENT_BULK_ITEM_FAILED (details.clientId, details.cause): nothing was changed; DISCOUNT_TEMPLATE_INACTIVE',
  })
  async bulk(
    @Body() dto: BulkClientsDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    const outcome = await this.commands.execute(new BulkUpdateClientsCommand(actor, dto));
    if (outcome.mode === 'queued') res.status(202);
    return outcome;
  }

  @Get(':id')
  @AnyStaff()
  @ApiOkResponse({
    description: `The client with tags, campaign, active discounts and redemption history. ${PHONE}`,
  })
  @ApiNotFoundResponse({ description: 'CLIENT_NOT_FOUND' })
  async get(@Param('id', ParseIntPipe) id: number) {
    const client = await this.queries.execute(new GetClientQuery(id));
    const [activeDiscounts, history, campaign] = await Promise.all([
      this.queries.execute(new ListClientDiscountsQuery(id, true)),
      this.queries.execute(
        new ListRedemptionsQuery(
          { clientId: id, action: 'redeem', result: 'success', isTest: client.isTest },
          1,
          50,
        ),
      ),
      client.campaignId === null
        ? null
        : this.queries.execute(new GetCampaignQuery(client.campaignId)).catch(() => null),
    ]);
    return { ...client, campaign, activeDiscounts, history: history.items };
  }

  @Patch(':id')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({ description: 'The client after the change; audited before → after (changed fields only)' })
  @ApiBadRequestResponse({
    description: 'CLIENT_INVALID: details.fields (tags, phone, birthday); VALIDATION_FAILED',
  })
  @ApiNotFoundResponse({ description: 'CLIENT_NOT_FOUND' })
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateClientDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new UpdateClientCommand(actor, id, dto));
  }
}
