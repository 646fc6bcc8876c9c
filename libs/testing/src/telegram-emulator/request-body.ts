import type { IncomingMessage } from 'node:http';
import { multipartBoundary, parseMultipart } from './multipart';
import { decodeJsonFields } from './params';
import { BotApiError, badRequest, type ApiParams, type UploadedFile } from './types';

const MAX_BODY_BYTES = 50 * 1024 * 1024; // Telegram's upload limit for bots

export interface ParsedRequest {
  params: ApiParams;
  files: Map<string, UploadedFile>;
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BotApiError(413, 'Request Entity Too Large');
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}

/**
 * Bot API parameters from the query string and a JSON, urlencoded or multipart body. Uploaded
 * files are kept aside and appear in the parameters only as a summary, so call records stay
 * small and printable.
 */
export async function readBotRequest(req: IncomingMessage, query: URLSearchParams): Promise<ParsedRequest> {
  const params: ApiParams = query.size > 0 ? Object.fromEntries(query) : {};
  const files = new Map<string, UploadedFile>();
  const body = await readBody(req);
  const contentType = req.headers['content-type'] ?? '';
  if (body.length > 0) {
    const boundary = multipartBoundary(contentType);
    if (boundary) readMultipart(body, boundary, params, files);
    else if (contentType.includes('application/x-www-form-urlencoded'))
      Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString())));
    else Object.assign(params, parseJsonObject(body));
  }
  return { params: decodeJsonFields(params), files };
}

function parseJsonObject(body: Buffer): ApiParams {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString());
  } catch {
    throw badRequest("can't parse request JSON object");
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw badRequest('request body must be a JSON object');
  return parsed as ApiParams;
}

function readMultipart(
  body: Buffer,
  boundary: string,
  params: ApiParams,
  files: Map<string, UploadedFile>,
): void {
  let parts;
  try {
    parts = parseMultipart(body, boundary);
  } catch (error: unknown) {
    throw badRequest(`can't parse multipart body: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const part of parts) {
    if (part.filename === undefined) {
      params[part.name] = part.data.toString();
      continue;
    }
    const contentType = part.contentType ?? 'application/octet-stream';
    files.set(part.name, { field: part.name, filename: part.filename, contentType, data: part.data });
    params[part.name] = { upload: true, filename: part.filename, size: part.data.length };
  }
}
