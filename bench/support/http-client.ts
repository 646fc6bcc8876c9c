import http from 'node:http';

export interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * The bench's load generator for JSON POSTs: node:http over keep-alive sockets. The bench shares
 * the machine's two cores with the app it measures, so its client must be lean: global `fetch`
 * (undici's WHATWG layer: streams, Headers, a Response per request) spent 2.6–3.0 ms of CPU per
 * request here against 0.65–0.9 ms for this client, and those milliseconds were taken from the API.
 * The raw-SQL side of the redeem bench is likewise a lean client (mysql2's callback pool).
 */
export class BenchHttpClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly base: string,
    maxSockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  post(path: string, json: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    const body = JSON.stringify(json);
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${this.base}${path}`,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
