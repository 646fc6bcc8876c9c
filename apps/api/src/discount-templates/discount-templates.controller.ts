import { Body, Controller, Delete, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  CreateDiscountTemplateCommand,
  DeleteDiscountTemplateCommand,
  type DiscountTemplateInput,
  GetDiscountTemplateQuery,
  ListDiscountTemplatesQuery,
  StaffRole,
  UpdateDiscountTemplateCommand,
} from '@dvorik/domain';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import {
  CreateDiscountTemplateDto,
  DiscountTemplateListQueryDto,
  UpdateDiscountTemplateDto,
} from './discount-template.dto';

const INVALID = 'DISCOUNT_TEMPLATE_INVALID: details.fields names each field at fault';
const TAKEN = 'DISCOUNT_TEMPLATE_SHARED_CODE_TAKEN';

@ApiTags('discount-templates')
@Controller('discount-templates')
export class DiscountTemplatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({ description: '{items, total, page, perPage}; active first' })
  list(@Query() q: DiscountTemplateListQueryDto) {
    const { page, perPage, ...filter } = q;
    return this.queries.execute(new ListDiscountTemplatesQuery(filter, page, perPage));
  }

  @Get(':id')
  @AnyStaff()
  @ApiNotFoundResponse({ description: 'DISCOUNT_TEMPLATE_NOT_FOUND' })
  get(@Param('id', ParseIntPipe) id: number) {
    return this.queries.execute(new GetDiscountTemplateQuery(id));
  }

  @Post()
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiCreatedResponse({ description: 'The template' })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiConflictResponse({ description: TAKEN })
  create(@Body() dto: CreateDiscountTemplateDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new CreateDiscountTemplateCommand(actor, dto));
  }

  @Patch(':id')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({ description: 'The template after the change; codes already issued keep their value' })
  @ApiBadRequestResponse({ description: INVALID })
  @ApiNotFoundResponse({ description: 'DISCOUNT_TEMPLATE_NOT_FOUND' })
  @ApiConflictResponse({ description: TAKEN })
  update(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateDiscountTemplateDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.commands.execute(
      new UpdateDiscountTemplateCommand(actor, id, dto as Partial<DiscountTemplateInput>),
    );
  }

  @Delete(':id')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({
    description:
      '{outcome: "deleted", id} for a template never used; {outcome: "deactivated", id, template} for one a code was issued from or a setting names (its history stays)',
  })
  @ApiNotFoundResponse({ description: 'DISCOUNT_TEMPLATE_NOT_FOUND' })
  remove(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new DeleteDiscountTemplateCommand(actor, id));
  }
}
