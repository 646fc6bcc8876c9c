import { Pool } from 'undici';

export interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * The bench's load generator for JSON POSTs: undici's `Pool` (Node's own HTTP/1.1 client, without
 * the WHATWG `fetch` layer) over keep-alive connections. The bench shares the machine's two cores
 * with the app it measures, so its client must be lean, as wrk or autocannon would be: global
 * `fetch` spent 2.6–3.0 ms of CPU per request here, node:http 0.36–0.65 ms, and those milliseconds
 * were taken from the API. The raw-SQL side of the redeem bench is likewise a lean client
 * (mysql2's callback pool).
 */
export class BenchHttpClient {
  private readonly pool: Pool;

  constructor(base: string, connections: number) {
    this.pool = new Pool(base, { connections, pipelining: 1 });
  }

  async post(path: string, json: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    const response = await this.pool.request({
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(json),
    });
    return { status: response.statusCode, body: await response.body.text() };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
