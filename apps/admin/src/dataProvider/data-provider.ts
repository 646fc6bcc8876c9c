import type { DataProvider, Identifier, RaRecord } from 'ra-core';
import { tokenStore } from '../auth/token-store';
import { API_ROOT, http, type HttpOptions, toHttpError } from './http';
import { changedFields, listQuery } from './query';
import { resourceConfig } from './resources';

/** One page of any API list (DESIGN §3). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}

/** A queued job (bulk actions, exports): GET /jobs/:id. */
export interface Job {
  id: string | number;
  status: string;
  progress?: number;
  processed?: number;
  total?: number;
  result?: unknown;
  error?: string | null;
  [key: string]: unknown;
}

/**
 * react-admin's DataProvider plus the API's actions that are not CRUD. Pages call these
 * through `useDataProvider<DvorikDataProvider>()`, never `fetch`.
 */
export interface DvorikDataProvider extends DataProvider {
  /** GET any API path (dashboard, stats, recipients, …). */
  get<T = unknown>(path: string, query?: Record<string, string | number | undefined>): Promise<T>;
  /** POST any API path; `status` tells 200 from 202 (queued). */
  post<T = unknown>(path: string, body?: unknown): Promise<{ status: number; data: T }>;
  /** DELETE any API path that is not a record (a broadcast's media). */
  remove<T = unknown>(path: string): Promise<T>;
  /** PATCH any API path (settings: `{key: value, …}`). */
  patch<T = unknown>(path: string, body: unknown): Promise<T>;
  /** POST /<resource>/:id/<action> (approve, launch, pause, revoke, …). */
  action<T = unknown>(resource: string, id: Identifier, action: string, body?: unknown): Promise<T>;
  /** multipart upload (broadcast media). */
  upload<T = unknown>(path: string, form: FormData): Promise<T>;
  /** A file (CSV, QR) as a Blob with its name from Content-Disposition. */
  download(path: string): Promise<FileAnswer>;
  /** POST that answers either a file (small export) or JSON (`202 {jobId}`: queued). */
  postForFile<T = unknown>(path: string, body: unknown): Promise<FileAnswer | { status: number; data: T }>;
  getJob(id: string | number): Promise<Job>;
}

export interface FileAnswer {
  blob: Blob;
  filename: string | null;
}

function isPage<T>(value: unknown): value is Page<T> {
  return typeof value === 'object' && value !== null && Array.isArray((value as Page<T>).items);
}

/** The API keys some records by another field; react-admin needs `id`. */
function withId(record: Record<string, unknown>, idField: string | undefined): RaRecord {
  return (idField ? { ...record, id: record[idField] } : record) as RaRecord;
}

export function createDataProvider(getToken: () => string | null = tokenStore.get): DvorikDataProvider {
  const call = <T>(path: string, options: HttpOptions = {}) =>
    http<T>(path, { ...options, token: getToken() });
  /** A response that may be a file (a CSV attachment, an inline QR image) or JSON (a queued job). */
  const fileCall = async (
    path: string,
    options: { method: string; json?: unknown },
  ): Promise<FileAnswer | { status: number; data: unknown }> => {
    const headers: Record<string, string> = { authorization: `Bearer ${getToken() ?? ''}` };
    if (options.json !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${API_ROOT}${path}`, {
      method: options.method,
      headers,
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
    });
    if (!response.ok) throw toHttpError(response.status, await response.json().catch(() => null));
    const disposition = response.headers.get('content-disposition') ?? '';
    if (!disposition && (response.headers.get('content-type') ?? '').includes('application/json')) {
      return { status: response.status, data: (await response.json()) as unknown };
    }
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
    return { blob: await response.blob(), filename };
  };
  const one = async (resource: string, id: Identifier) => {
    const config = resourceConfig(resource);
    const { json } = await call<Record<string, unknown>>(`/${config.path}/${encodeURIComponent(String(id))}`);
    return withId(json, config.idField);
  };

  return {
    async getList(resource, params) {
      const config = resourceConfig(resource);
      const { json } = await call<unknown>(`/${config.path}?${listQuery(config, params).toString()}`);
      const items = isPage<Record<string, unknown>>(json) ? json.items : (json as Record<string, unknown>[]);
      const total = isPage(json) ? json.total : items.length;
      return { data: items.map((item) => withId(item, config.idField)) as never[], total };
    },
    async getOne(resource, params) {
      return { data: (await one(resource, params.id)) as never };
    },
    async getMany(resource, params) {
      const records = await Promise.all(params.ids.map((id) => one(resource, id)));
      return { data: records as never[] };
    },
    async getManyReference(resource, params) {
      const config = resourceConfig(resource);
      const filter = { ...params.filter, [params.target]: params.id };
      const { json } = await call<Page<Record<string, unknown>>>(
        `/${config.path}?${listQuery(config, { ...params, filter }).toString()}`,
      );
      return { data: json.items.map((item) => withId(item, config.idField)) as never[], total: json.total };
    },
    async create(resource, params) {
      const config = resourceConfig(resource);
      const { json } = await call<Record<string, unknown>>(`/${config.path}`, {
        method: 'POST',
        json: params.data,
      });
      return { data: withId(json, config.idField) as never };
    },
    async update(resource, params) {
      const config = resourceConfig(resource);
      const changes = changedFields(params.data as Record<string, unknown>, params.previousData);
      const { json } = await call<Record<string, unknown>>(
        `/${config.path}/${encodeURIComponent(String(params.id))}`,
        { method: 'PATCH', json: changes },
      );
      return { data: withId({ ...params.previousData, ...json }, config.idField) as never };
    },
    async updateMany(resource, params) {
      const config = resourceConfig(resource);
      await Promise.all(
        params.ids.map((id) =>
          call(`/${config.path}/${encodeURIComponent(String(id))}`, { method: 'PATCH', json: params.data }),
        ),
      );
      return { data: params.ids };
    },
    async delete(resource, params) {
      const config = resourceConfig(resource);
      await call(`/${config.path}/${encodeURIComponent(String(params.id))}`, { method: 'DELETE' });
      return { data: (params.previousData ?? { id: params.id }) as never };
    },
    async deleteMany(resource, params) {
      const config = resourceConfig(resource);
      await Promise.all(
        params.ids.map((id) =>
          call(`/${config.path}/${encodeURIComponent(String(id))}`, { method: 'DELETE' }),
        ),
      );
      return { data: params.ids };
    },
    async get<T>(path: string, query: Record<string, string | number | undefined> = {}) {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(query))
        if (value !== undefined) search.set(key, String(value));
      const suffix = search.size ? `?${search.toString()}` : '';
      return (await call<T>(`${path}${suffix}`)).json;
    },
    async post<T>(path: string, body?: unknown) {
      const { status, json } = await call<T>(path, { method: 'POST', json: body ?? {} });
      return { status, data: json };
    },
    async remove<T>(path: string) {
      return (await call<T>(path, { method: 'DELETE' })).json;
    },
    async patch<T>(path: string, body: unknown) {
      return (await call<T>(path, { method: 'PATCH', json: body })).json;
    },
    async action<T>(resource: string, id: Identifier, action: string, body?: unknown) {
      const config = resourceConfig(resource);
      const path = `/${config.path}/${encodeURIComponent(String(id))}/${action}`;
      return (await call<T>(path, { method: 'POST', json: body ?? {} })).json;
    },
    async upload<T>(path: string, form: FormData) {
      return (await call<T>(path, { method: 'POST', body: form })).json;
    },
    async download(path: string) {
      const answer = await fileCall(path, { method: 'GET' });
      if (!('blob' in answer)) throw new Error(`Expected a file from ${path}`);
      return answer;
    },
    async postForFile<T>(path: string, body: unknown) {
      return (await fileCall(path, { method: 'POST', json: body })) as
        FileAnswer | { status: number; data: T };
    },
    async getJob(id: string | number) {
      return (await call<Job>(`/jobs/${encodeURIComponent(String(id))}`)).json;
    },
  };
}

export const dataProvider = createDataProvider();
