import { Body, Controller, Delete, Param, ParseIntPipe, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Actor,
  AttachBroadcastMediaCommand,
  MAX_MEDIA_BYTES,
  MEDIA_KINDS,
  StaffRole,
} from '@dvorik/domain';
import { Roles } from '../auth/access.decorators';
import { CurrentActor } from '../auth/authenticated-staff';
import { MultipartFile, MultipartFileInterceptor, type UploadedMultipartFile } from '../platform/multipart';
import { InputValidationException } from '../platform/validation';
import { MediaUploadDto } from './broadcast.dto';

/**
 * A draft's photo, video or document. Stored in the database until its first send; Telegram's
 * file_id from that send is reused for every other recipient.
 */
@ApiTags('broadcasts')
@Controller('broadcasts/:id/media')
@Roles(StaffRole.Owner, StaffRole.Marketing)
@ApiConflictResponse({ description: 'BROADCAST_INVALID_TRANSITION: only drafts change' })
export class BroadcastMediaController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @UseInterceptors(MultipartFileInterceptor('file', MAX_MEDIA_BYTES))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        kind: { type: 'string', enum: [...MEDIA_KINDS] },
      },
    },
  })
  @ApiCreatedResponse({ description: 'The draft with its media (replaces any earlier file)' })
  @ApiBadRequestResponse({ description: 'BROADCAST_INVALID (file type, caption over 1024 characters)' })
  @ApiPayloadTooLargeResponse({ description: `Over ${MAX_MEDIA_BYTES / 1024 / 1024} MB` })
  upload(
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: MediaUploadDto,
    @CurrentActor() actor: Actor,
    @MultipartFile() file?: UploadedMultipartFile,
  ) {
    if (!file) throw new InputValidationException({ file: ['a multipart field "file" is required'] });
    return this.commands.execute(
      new AttachBroadcastMediaCommand(actor, id, {
        kind: dto.kind,
        filename: file.filename,
        mimeType: file.mimetype,
        content: file.buffer,
      }),
    );
  }

  @Delete()
  @ApiOkResponse({ description: 'The draft without media' })
  remove(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.commands.execute(new AttachBroadcastMediaCommand(actor, id, null));
  }
}
