import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  ListMessageTemplatesQuery,
  MAX_MESSAGE_LENGTH,
  StaffRole,
  UpdateMessageTemplateCommand,
} from '@dvorik/domain';
import { IsString, MaxLength } from 'class-validator';
import { AnyStaff, Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';

export class MessageTemplateBodyDto {
  @ApiProperty({ example: 'Привет, {{first_name}}! 🍬', description: 'Telegram HTML with {{placeholders}}' })
  @IsString()
  @MaxLength(MAX_MESSAGE_LENGTH)
  body!: string;
}

@ApiTags('message-templates')
@Controller('message-templates')
export class MessageTemplatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @AnyStaff()
  @ApiOkResponse({ description: 'Every bot text: key, body, defaultBody, isDefault, updatedAt' })
  list() {
    return this.queries.execute(new ListMessageTemplatesQuery());
  }

  @Patch(':key')
  @Roles(StaffRole.Owner, StaffRole.Marketing)
  @ApiOkResponse({ description: 'The saved template' })
  @ApiNotFoundResponse({ description: 'MESSAGE_TEMPLATE_NOT_FOUND: no such key' })
  @ApiBadRequestResponse({
    description: 'MESSAGE_TEMPLATE_INVALID: unknown placeholder, unbalanced braces, too long',
  })
  update(@Param('key') key: string, @Body() dto: MessageTemplateBodyDto, @CurrentActor() actor: Actor) {
    return this.commands.execute(new UpdateMessageTemplateCommand(actor, key, dto.body));
  }
}
