import {
  BadRequestException,
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  mixin,
  type NestInterceptor,
  PayloadTooLargeException,
  type Type,
} from '@nestjs/common';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';

/** The file of a multipart upload, read into memory. */
export interface UploadedMultipartFile {
  /** As the browser sent it (UTF-8: Cyrillic names arrive intact). */
  filename: string;
  mimetype: string;
  buffer: Buffer;
}

type UploadRequest = FastifyRequest & { uploadedFile?: UploadedMultipartFile };

/** `multipart/form-data` for the routes that read it (the multipart parser is @fastify/multipart). */
export async function registerMultipart(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyMultipart);
}

function uploadError(error: unknown, maxBytes: number): Error {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return new PayloadTooLargeException(`The file is over ${maxBytes / 1024 / 1024} MB`);
  if (code === 'FST_FILES_LIMIT') return new PayloadTooLargeException('Only one file may be sent');
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return new PayloadTooLargeException('Too many form fields');
  if (error instanceof Error && 'getStatus' in error) return error;
  return new BadRequestException('Malformed multipart body');
}

/**
 * Reads a multipart body as multer's FileInterceptor did: the text fields become the body (so
 * the DTO validates them), the one file `field` is kept for `@MultipartFile()`; a bigger
 * file, a second file or a file under another name is refused. A request that is not
 * multipart passes untouched (the handler then finds no file).
 */
export function MultipartFileInterceptor(field: string, maxBytes: number): Type<NestInterceptor> {
  class Interceptor implements NestInterceptor {
    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const request = context.switchToHttp().getRequest<UploadRequest>();
      if (!request.isMultipart()) return next.handle();
      const fields: Record<string, string> = {};
      try {
        for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1 } })) {
          if (part.type === 'field') {
            fields[part.fieldname] = String(part.value);
            continue;
          }
          if (part.fieldname !== field)
            throw new BadRequestException(
              `Unexpected file field "${part.fieldname}" (send it as "${field}")`,
            );
          request.uploadedFile = {
            filename: part.filename,
            mimetype: part.mimetype,
            buffer: await part.toBuffer(),
          };
        }
      } catch (error) {
        throw uploadError(error, maxBytes);
      }
      request.body = fields;
      return next.handle();
    }
  }
  return mixin(Interceptor);
}

/** The file `MultipartFileInterceptor` read, or undefined when none was sent. */
export const MultipartFile = createParamDecorator(
  (_: unknown, context: ExecutionContext): UploadedMultipartFile | undefined =>
    context.switchToHttp().getRequest<UploadRequest>().uploadedFile,
);
