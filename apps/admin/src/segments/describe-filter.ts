/** A one-line reading of a client filter for lists (the full object stays in the API). */
export function describeFilter(filter: Record<string, unknown>): string {
  return Object.entries(filter)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value as string)}`,
    )
    .join('; ');
}
