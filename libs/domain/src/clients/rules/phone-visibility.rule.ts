/**
 * THE phone policy (DESIGN §2 Clients: hidden from `readonly` staff in every response and
 * export). Every path that hands client data to staff — API responses (a root Fastify hook),
 * CSV exports, search — asks this file and nothing else.
 */
export function canSeePhones(role: string | null | undefined): boolean {
  return role === 'owner' || role === 'marketing';
}

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === Object.prototype || proto === null;
};

/**
 * `value` with every `phone` property, at any depth, set to null unless `role` may see phones:
 * what holds a phone is copied, everything else is returned as is (most answers hold none, and
 * every API answer passes here). Only arrays and plain objects are walked: dates, buffers and
 * streams pass as is.
 */
export function redactPhones<T>(value: T, role: string | null | undefined): T {
  if (canSeePhones(role)) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      let copy: unknown[] | null = null;
      v.forEach((item, i) => {
        const redacted = walk(item);
        if (redacted !== item) (copy ??= [...v])[i] = redacted;
      });
      return copy ?? v;
    }
    if (v === null || typeof v !== 'object' || !isPlain(v)) return v;
    let copy: Record<string, unknown> | null = null;
    for (const [key, inner] of Object.entries(v)) {
      const redacted = key === 'phone' && inner !== null ? null : walk(inner);
      if (redacted !== inner) (copy ??= { ...v })[key] = redacted;
    }
    return copy ?? v;
  };
  return walk(value) as T;
}
