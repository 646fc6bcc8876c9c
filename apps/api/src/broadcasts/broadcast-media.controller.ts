import {
  Body,
  Controller,
  Delete,
  Param,
  ParseIntPipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
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
import { InputValidationException } from '../platform/validation';
import { MediaUploadDto } from './broadcast.dto';

/** The part of multer's file this controller reads (memory storage). */
interface UploadedMedia {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

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
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_MEDIA_BYTES, files: 1 } }))
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
    @UploadedFile() file?: UploadedMedia,
  ) {
    if (!file) throw new InputValidationException({ file: ['a multipart field "file" is required'] });
    return this.commands.execute(
      new AttachBroadcastMediaCommand(actor, id, {
        kind: dto.kind,
        // Multer reads part headers as latin1; browsers send the filename in UTF-8 (Cyrillic names).
        filename: Buffer.from(file.originalname, 'latin1').toString('utf8'),
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
