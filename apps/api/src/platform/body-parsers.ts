import { BadRequestException } from '@nestjs/common';
import { parse as parseQueryString } from 'node:querystring';

/** HTTP_BODY_LIMIT (`512kb`, `1mb`) in bytes, with the 1024 multiples body-parser used. */
export function parseByteSize(limit: string): number {
  const match = /^(\d+)(kb|mb)$/.exec(limit);
  if (!match) throw new Error(`"${limit}" is not a size like 512kb or 1mb`);
  return Number(match[1]) * (match[2] === 'mb' ? 1024 * 1024 : 1024);
}

type Done = (error: Error | null, body?: unknown) => void;

/**
 * JSON bodies as the API always took them: an empty body is `{}` (a POST without payload from
 * the panel), the top level is an object or an array, and anything else is a 400 in the API's
 * error shape.
 */
export function jsonBodyParser(_req: unknown, body: Buffer, done: Done): void {
  if (body.length === 0) return done(null, {});
  const text = body.toString('utf8').trimStart();
  if (text[0] !== '{' && text[0] !== '[')
    return done(new BadRequestException('The JSON body must be an object or an array'));
  try {
    done(null, JSON.parse(text));
  } catch {
    done(new BadRequestException('The body is not valid JSON'));
  }
}

/** `application/x-www-form-urlencoded` as body-parser's `extended: false` read it. */
export function urlencodedBodyParser(_req: unknown, body: Buffer, done: Done): void {
  done(null, { ...parseQueryString(body.toString('utf8')) });
}
