export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary of a `multipart/form-data` content type, or undefined for anything else. */
export function multipartBoundary(contentType: string): string | undefined {
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return undefined;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/**
 * Splits a buffered multipart/form-data body into parts. Bodies here are small test uploads,
 * so buffering is simpler than streaming and exact enough: parts are delimited by
 * `CRLF--boundary`, headers end at the first blank line.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const separator = Buffer.from(`\r\n--${boundary}`);
  const parts: MultipartPart[] = [];
  let cursor = body.indexOf(delimiter);
  if (cursor < 0) throw new Error('multipart body without its boundary');
  cursor += delimiter.length;
  while (cursor < body.length) {
    if (body[cursor] === 0x2d && body[cursor + 1] === 0x2d) break; // closing "--"
    const headerStart = cursor + 2; // skip CRLF after the boundary
    const headerEnd = body.indexOf(HEADER_END, headerStart);
    if (headerEnd < 0) throw new Error('multipart part without a header terminator');
    const next = body.indexOf(separator, headerEnd + HEADER_END.length);
    if (next < 0) throw new Error('multipart body is truncated');
    const part = parseHeaders(body.toString('utf8', headerStart, headerEnd));
    if (part) parts.push({ ...part, data: body.subarray(headerEnd + HEADER_END.length, next) });
    cursor = next + separator.length;
  }
  return parts;
}

function parseHeaders(block: string): Omit<MultipartPart, 'data'> | undefined {
  let disposition = '';
  let contentType: string | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'content-disposition') disposition = value;
    else if (key === 'content-type') contentType = value;
  }
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
  if (name === undefined) return undefined;
  const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
  const part: Omit<MultipartPart, 'data'> = { name };
  if (filename !== undefined) part.filename = filename;
  if (contentType !== undefined) part.contentType = contentType;
  return part;
}
