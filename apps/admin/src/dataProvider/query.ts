import type { GetListParams } from 'ra-core';
import { toClientFilter } from './client-filter';
import type { ResourceConfig } from './resources';

/** Filter values the panel leaves out: empty inputs mean "no condition". */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

/** Drops empty parts of a nested filter object ({age: {from: ''}} → {}). */
export function compactFilter(filter: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (isEmpty(value)) continue;
    if (typeof value === 'object' && !Array.isArray(value) && value !== null) {
      out[key] = compactFilter(value as Record<string, unknown>);
    } else out[key] = value;
  }
  return out;
}

/** react-admin's list params → the API's query string (`page`, `perPage`, `sort`, `search`, filters). */
export function listQuery(config: ResourceConfig, params: Partial<GetListParams>): URLSearchParams {
  const query = new URLSearchParams();
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  query.set('page', String(page));
  query.set('perPage', String(perPage));
  const sort = params.sort;
  if (sort && config.sortable?.includes(sort.field)) {
    query.set('sort', sort.order === 'DESC' ? `-${sort.field}` : sort.field);
  }
  const { q, segmentId, ...rest } = compactFilter(params.filter ?? {});
  if (typeof q === 'string' && q.trim()) query.set('search', q.trim());
  if (typeof segmentId === 'number' || typeof segmentId === 'string')
    query.set('segmentId', String(segmentId));
  if (config.jsonFilter) {
    const filter = compactFilter(toClientFilter(rest));
    if (Object.keys(filter).length) query.set('filter', JSON.stringify(filter));
  } else {
    for (const [key, value] of Object.entries(rest)) {
      query.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }
  return query;
}

/** Only the fields an edit changed: the API refuses unknown fields, and read-only ones are unknown. */
export function changedFields(
  data: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (!previous) return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (JSON.stringify(value) !== JSON.stringify(previous[key])) out[key] = value;
  }
  return out;
}
