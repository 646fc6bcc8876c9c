/**
 * How each react-admin resource meets the API. A resource not listed here uses the defaults:
 * path = resource name, id = `id`, filters as query parameters, no server-side sort.
 */
export interface ResourceConfig {
  /** Path under /api/v1. */
  path: string;
  /** The record's key field when it is not `id` (message templates are keyed by `key`). */
  idField?: string;
  /** Filter keys other than `q`, `segmentId` go into `?filter=<json>` (the client filter of §2). */
  jsonFilter?: boolean;
  /** Fields the API sorts by (`?sort=field` / `?sort=-field`); others are not sent. */
  sortable?: readonly string[];
}

export const RESOURCES: Record<string, ResourceConfig> = {
  clients: {
    path: 'clients',
    jsonFilter: true,
    sortable: ['createdAt', 'lastActivityAt', 'id'],
  },
  'message-templates': { path: 'message-templates', idField: 'key' },
};

export function resourceConfig(resource: string): ResourceConfig {
  return RESOURCES[resource] ?? { path: resource };
}
