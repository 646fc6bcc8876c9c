import { HttpError } from 'ra-core';
import { createDataProvider } from './data-provider';

type Call = { url: string; method: string; headers: Headers; body: unknown };

/** A fake API behind global fetch: records each request, answers what the test says. */
function fakeApi(
  answer: (call: Call) => { status: number; body?: unknown; headers?: Record<string, string> },
) {
  const calls: Call[] = [];
  global.fetch = jest.fn(async (url: string, init: RequestInit = {}) => {
    const call: Call = {
      url,
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    };
    calls.push(call);
    const { status, body, headers } = answer(call);
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  }) as unknown as typeof fetch;
  return calls;
}

const query = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('the panel’s data provider', () => {
  const realFetch = global.fetch;
  afterEach(() => (global.fetch = realFetch));
  const provider = createDataProvider(() => 'jwt-1');

  it('maps a list page {items,total,page,perPage} and sends page, perPage, sort, search and the JSON filter', async () => {
    const calls = fakeApi(() => ({
      status: 200,
      body: { items: [{ id: 1 }, { id: 2 }], total: 57, page: 2, perPage: 25 },
    }));
    const result = await provider.getList('clients', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'lastActivityAt', order: 'DESC' },
      filter: {
        q: ' Анна ',
        subscribed: true,
        tags: { any: 'vip, опт', none: '' },
        age: { from: 18, to: '' },
      },
    });
    expect(result).toEqual({ data: [{ id: 1 }, { id: 2 }], total: 57 });
    expect(calls[0].url.startsWith('/api/v1/clients?')).toBe(true);
    expect(calls[0].headers.get('authorization')).toBe('Bearer jwt-1');
    const q = query(calls[0].url);
    expect(q).toMatchObject({ page: '2', perPage: '25', sort: '-lastActivityAt', search: 'Анна' });
    expect(JSON.parse(q.filter)).toEqual({
      subscribed: true,
      tags: { any: ['vip', 'опт'] },
      age: { from: 18 },
    });
  });

  it('sends no sort the API does not know, and plain filters as query parameters elsewhere', async () => {
    const calls = fakeApi(() => ({ status: 200, body: { items: [], total: 0, page: 1, perPage: 50 } }));
    await provider.getList('broadcasts', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'title', order: 'ASC' },
      filter: { status: 'sending' },
    });
    expect(query(calls[0].url)).toEqual({ page: '1', perPage: '50', status: 'sending' });
  });

  it('keys message templates by `key`', async () => {
    fakeApi(() => ({
      status: 200,
      body: { items: [{ key: 'welcome', body: 'Привет' }], total: 1, page: 1, perPage: 50 },
    }));
    const { data } = await provider.getList('message-templates', { pagination: { page: 1, perPage: 50 } });
    expect(data[0]).toMatchObject({ id: 'welcome', key: 'welcome' });
  });

  it('PATCHes only the fields an edit changed (the API refuses unknown ones)', async () => {
    const calls = fakeApi(() => ({ status: 200, body: { id: 5, tags: ['vip'], phone: '+79140000000' } }));
    const previousData = {
      id: 5,
      tags: [],
      phone: '+79140000000',
      status: 'active',
      createdAt: '2026-01-01',
    };
    const { data } = await provider.update('clients', {
      id: 5,
      data: { ...previousData, tags: ['vip'] },
      previousData,
    });
    expect(calls[0]).toMatchObject({ url: '/api/v1/clients/5', method: 'PATCH', body: { tags: ['vip'] } });
    expect(data).toMatchObject({ id: 5, tags: ['vip'], status: 'active' });
  });

  it('turns an API error into an HttpError with the Russian message and field errors at their fields', async () => {
    fakeApi(() => ({
      status: 400,
      body: {
        statusCode: 400,
        code: 'MESSAGE_TEMPLATE_INVALID',
        message: 'Unknown placeholder {{name}}',
        details: { fields: { body: ['unknown placeholder {{name}}'] } },
      },
    }));
    const error = await provider
      .update('message-templates', {
        id: 'welcome',
        data: { body: 'x' },
        previousData: { id: 'welcome', body: 'y' },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      status: 400,
      message: expect.stringMatching(/неизвестная подстановка/),
      body: {
        code: 'MESSAGE_TEMPLATE_INVALID',
        apiMessage: 'Unknown placeholder {{name}}',
        errors: { body: expect.any(String) },
      },
    });
  });

  it('custom actions: POST /<resource>/:id/<action>, and 202 answers keep their status (queued jobs)', async () => {
    const calls = fakeApi((call) =>
      call.url.endsWith('/estimate')
        ? { status: 200, body: { count: 4 } }
        : { status: 202, body: { mode: 'queued', jobId: 'j1' } },
    );
    expect(await provider.action('broadcasts', 12, 'estimate')).toEqual({ count: 4 });
    expect(calls[0]).toMatchObject({ url: '/api/v1/broadcasts/12/estimate', method: 'POST' });
    expect(await provider.post('/clients/bulk', { filter: {}, addTags: ['vip'] })).toEqual({
      status: 202,
      data: { mode: 'queued', jobId: 'j1' },
    });
  });

  it('a network failure is a Russian message, not a crash', async () => {
    global.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(provider.getOne('clients', { id: 1 })).rejects.toMatchObject({
      message: 'Нет связи с сервером',
    });
  });

  it('downloads an inline file (a QR image) as a blob, and reads a queued export as JSON', async () => {
    global.fetch = jest.fn(async (url: string) =>
      url.includes('/qr/')
        ? new Response(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {
            status: 200,
            headers: {
              'content-type': 'image/png',
              'content-disposition': 'inline; filename="campaign-1.png"',
            },
          })
        : new Response(JSON.stringify({ jobId: '7' }), {
            status: 202,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
    ) as unknown as typeof fetch;
    const qr = await provider.download('/campaigns/1/qr/png');
    expect(qr.filename).toBe('campaign-1.png');
    expect(new Uint8Array(await qr.blob.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    await expect(provider.postForFile('/exports', { kind: 'clients' })).resolves.toEqual({
      status: 202,
      data: { jobId: '7' },
    });
  });
});
