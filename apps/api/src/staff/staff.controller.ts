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
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  CreateStaffCommand,
  GetStaffQuery,
  IssueStaffLoginLinkCommand,
  ListStaffQuery,
  StaffRole,
  UpdateStaffCommand,
} from '@dvorik/domain';
import { Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import { CreateStaffDto, StaffListQueryDto, UpdateStaffDto } from './staff.dto';

const NOT_FOUND = { description: 'STAFF_NOT_FOUND' };
const LAST_OWNER = { description: 'STAFF_LAST_OWNER: the shop keeps at least one active owner' };

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Roles(StaffRole.Owner)
  @ApiOkResponse({ description: '{items, total, page, perPage}: active first' })
  list(@Query() q: StaffListQueryDto) {
    const { page, perPage, ...filter } = q;
    return this.queries.execute(new ListStaffQuery(filter, page, perPage));
  }

  @Get(':id')
  @Roles(StaffRole.Owner)
  @ApiNotFoundResponse(NOT_FOUND)
  get(@Param('id', ParseIntPipe) id: number) {
    return this.queries.execute(new GetStaffQuery(id));
  }

  @Post()
  @Roles(StaffRole.Owner)
  @ApiCreatedResponse({ description: 'The staff member (never the password hash)' })
  @ApiBadRequestResponse({ description: 'STAFF_WEAK_PASSWORD, VALIDATION_FAILED' })
  @ApiConflictResponse({ description: 'STAFF_TELEGRAM_ID_TAKEN' })
  create(@Body() dto: CreateStaffDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new CreateStaffCommand(actor, dto));
  }

  @Patch(':id')
  @Roles(StaffRole.Owner)
  @ApiOkResponse({ description: 'The staff member after the change; audited before → after' })
  @ApiBadRequestResponse({ description: 'STAFF_WEAK_PASSWORD, VALIDATION_FAILED' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse(LAST_OWNER)
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateStaffDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new UpdateStaffCommand(actor, id, dto));
  }

  @Delete(':id')
  @Roles(StaffRole.Owner)
  @ApiOkResponse({
    description: 'Deactivated (kept for the audit log); PATCH {active:true} brings them back',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse(LAST_OWNER)
  remove(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new UpdateStaffCommand(actor, id, { active: false }));
  }

  @Post(':id/login-link')
  @HttpCode(200)
  @Roles(StaffRole.Owner)
  @ApiOkResponse({ description: '{url, expiresAt}: a one-time panel link for that member, 10 minutes' })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ description: 'STAFF_INACTIVE (403)' })
  loginLink(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new IssueStaffLoginLinkCommand(actor, id));
  }
}
