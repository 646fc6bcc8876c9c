/**
 * A deterministic generator of hostile requests from an OpenAPI document (issue 11 item 7):
 * wrong types, missing and unknown fields, huge and negative numbers, very long strings,
 * emoji, control characters and NUL bytes, malformed JSON and bodies over the limit.
 */

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface FuzzRequest {
  /** The documented operation, e.g. `POST /api/v1/segments`. */
  operation: string;
  method: string;
  path: string;
  /** What was done to it, for the failure message. */
  mutation: string;
  /** A raw body (already serialised), or undefined. */
  body?: string | Buffer;
  contentType?: string;
}

/** mulberry32: a small seeded PRNG, so every run tries the very same requests. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY_STRINGS = [
  'a'.repeat(100_000),
  '🍬👩‍👩‍👧‍👦🏳️‍🌈'.repeat(500),
  'abc\u0000def',
  '\u0000',
  '\u0001\u0007\u001b[31mred\r\n\u2028\u2029\ufeff',
  "'; DROP TABLE clients; --",
  '<script>alert(1)</script>',
  "=cmd|' /C calc'!A0",
  '\ud800', // a lone surrogate
  '',
  ' ',
  '{{first_name}}',
  '../../etc/passwd',
];
const NASTY_NUMBERS = [1e21, -1e21, -1, 0, 1.5, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1, 1e308];
const NASTY_QUERY_VALUES = [
  '1e21',
  '-1',
  '0',
  '1.5',
  'abc',
  '%00',
  '%F0%9F%8D%AC',
  'NaN',
  'Infinity',
  '9'.repeat(400),
  'true',
  '[]',
];
const WRONG_TYPES: unknown[] = [{}, [], 'text', 123, null, true, [1, 'a', null], { nested: { deep: [] } }];

export class OpenApiFuzzer {
  constructor(
    private readonly doc: OpenApiDoc,
    private readonly random: () => number,
  ) {}

  operations(): Array<{ method: string; template: string; op: Operation }> {
    return Object.entries(this.doc.paths).flatMap(([template, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), template, op })),
    );
  }

  /** `count` hostile variants of one operation. */
  requests(method: string, template: string, op: Operation, count: number): FuzzRequest[] {
    const operation = `${method} ${template}`;
    const bodySchema = op.requestBody?.content?.['application/json']?.schema;
    const hasBody = method !== 'GET' && method !== 'HEAD' && method !== 'DELETE';
    const out: FuzzRequest[] = [];
    for (let i = 0; i < count; i++) {
      const kind = this.pick(hasBody ? BODY_KINDS : QUERY_KINDS);
      const path = this.path(template, op, kind === 'path');
      const query = this.query(op, kind === 'query');
      const url = query ? `${path}?${query}` : path;
      if (!hasBody) {
        out.push({ operation, method, path: url, mutation: kind });
        continue;
      }
      const { body, mutation, contentType } = this.body(bodySchema, kind);
      out.push({ operation, method, path: url, mutation: `${kind}: ${mutation}`, body, contentType });
    }
    return out;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private path(template: string, op: Operation, hostile: boolean): string {
    return template.replace(/\{([^}]+)\}/g, () =>
      encodeURIComponent(hostile ? this.pick([...NASTY_QUERY_VALUES, '🍬', 'a'.repeat(3000)]) : '987654'),
    );
  }

  private query(op: Operation, hostile: boolean): string {
    const params = (op.parameters ?? []).filter((p) => p.in === 'query');
    const pairs: string[] = [];
    for (const p of params) {
      if (!hostile && this.random() < 0.5) continue;
      const value = hostile ? this.pick(NASTY_QUERY_VALUES) : this.pick(['1', 'x', '1e21']);
      pairs.push(`${encodeURIComponent(p.name)}=${value}`);
    }
    if (hostile)
      pairs.push(
        this.pick(['unknownParam=1', 'page=1&page=2', 'perPage=1e21', 'page=1e21', 'filter[a][b]=1']),
      );
    return pairs.join('&');
  }

  private body(
    schema: Schema | undefined,
    kind: BodyKind,
  ): { body: string | Buffer; mutation: string; contentType?: string } {
    const valid = (schema ? this.example(schema, 0) : {}) as Record<string, unknown>;
    const fields = valid && typeof valid === 'object' && !Array.isArray(valid) ? Object.keys(valid) : [];
    const field = fields.length ? this.pick(fields) : 'name';
    const json = (value: unknown, mutation: string) => ({ body: JSON.stringify(value), mutation });
    switch (kind) {
      case 'wrongType':
        return json({ ...valid, [field]: this.pick(WRONG_TYPES) }, field);
      case 'missing': {
        const { [field]: _removed, ...rest } = valid;
        return json(rest, `without ${field}`);
      }
      case 'extra':
        return json(
          { ...valid, isAdmin: true, role: 'owner', __proto__x: { polluted: true } },
          'unknown fields',
        );
      case 'number':
        return json({ ...valid, [field]: this.pick(NASTY_NUMBERS) }, field);
      case 'string':
        return json({ ...valid, [field]: this.pick(NASTY_STRINGS) }, field);
      case 'nested':
        return json(this.deepen(valid), 'every string field hostile');
      case 'malformed':
        return {
          body: this.pick(['{"a":', '{a:1}', "{'a':1}", '[1,2', 'nul', '{"a":1}}', '\u0000']),
          mutation: 'malformed JSON',
        };
      case 'shape':
        return json(this.pick([[], 'text', 42, null, [valid]]), 'not an object');
      case 'contentType':
        return {
          body: 'name=x&value=1',
          mutation: 'form body',
          contentType: 'application/x-www-form-urlencoded',
        };
      case 'path':
      case 'query':
        return json(valid, 'valid-looking body');
    }
  }

  private deepen(value: unknown): unknown {
    if (typeof value === 'string') return this.pick(NASTY_STRINGS);
    if (typeof value === 'number') return this.pick(NASTY_NUMBERS);
    if (Array.isArray(value)) return value.map((v) => this.deepen(v));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.deepen(v)]));
    return value;
  }

  /** A plausible value of a schema, $refs resolved (depth-limited). */
  private example(schema: Schema, depth: number): unknown {
    if (depth > 4) return null;
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop()!;
      return this.example(this.doc.components?.schemas?.[name] ?? {}, depth + 1);
    }
    const alternative = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
    if (alternative) return this.example(alternative, depth + 1);
    if (schema.enum?.length) return schema.enum[0];
    switch (schema.type) {
      case 'string':
        return 'Тест';
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return true;
      case 'array':
        return schema.items ? [this.example(schema.items, depth + 1)] : [];
      default:
        return Object.fromEntries(
          Object.entries(schema.properties ?? {}).map(([k, v]) => [k, this.example(v, depth + 1)]),
        );
    }
  }
}

type BodyKind =
  | 'wrongType'
  | 'missing'
  | 'extra'
  | 'number'
  | 'string'
  | 'nested'
  | 'malformed'
  | 'shape'
  | 'contentType'
  | 'path'
  | 'query';
const BODY_KINDS: readonly BodyKind[] = [
  'wrongType',
  'wrongType',
  'missing',
  'extra',
  'number',
  'number',
  'string',
  'string',
  'nested',
  'malformed',
  'shape',
  'contentType',
  'path',
  'query',
];
const QUERY_KINDS: readonly BodyKind[] = ['query', 'query', 'path'];
