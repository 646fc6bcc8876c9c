import { Body, Controller, Get, Patch } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  GetSettingsQuery,
  GetSettingsSchemaQuery,
  SETTING_DEFAULTS,
  StaffRole,
  UpdateSettingsCommand,
} from '@dvorik/domain';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({
    description: 'Every setting with defaults filled in',
    schema: { example: SETTING_DEFAULTS },
  })
  get() {
    return this.queries.execute(new GetSettingsQuery());
  }

  @Get('schema')
  @AnyStaff()
  @ApiOkResponse({
    description:
      "{items: [{key, schema, default}]}: each setting's JSON Schema (input side), as PATCH validates it",
  })
  schema() {
    return this.queries.execute(new GetSettingsSchemaQuery());
  }

  /** The body is validated per key by the domain (zod), so it is not a DTO here. */
  @Patch()
  @Roles(StaffRole.Owner)
  @ApiBody({ schema: { type: 'object', example: { birthday_hour: 10, code_prefix: 'МД-' } } })
  @ApiOkResponse({ description: 'All settings after the change' })
  @ApiBadRequestResponse({
    description: 'SETTINGS_INVALID: details.fields names every key at fault; nothing is written',
  })
  update(@Body() body: Record<string, unknown>, @CurrentActor() actor: Actor) {
    return this.commands.execute(new UpdateSettingsCommand(actor, body));
  }
}
