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
 * A copy of `value` with every `phone` property, at any depth, set to null unless `role` may
 * see phones. Only arrays and plain objects are walked: dates, buffers and streams pass as is.
 */
export function redactPhones<T>(value: T, role: string | null | undefined): T {
  if (canSeePhones(role)) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object' || !isPlain(v)) return v;
    return Object.fromEntries(
      Object.entries(v).map(([key, inner]) => [key, key === 'phone' && inner !== null ? null : walk(inner)]),
    );
  };
  return walk(value) as T;
}
