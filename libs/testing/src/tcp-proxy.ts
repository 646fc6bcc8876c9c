import net from 'node:net';

/**
 * A TCP proxy a test puts between an app and a server (MariaDB, Redis) to fake what a restart or
 * a network cut looks like from the app's side: `cut()` resets every open connection, `refuse`
 * resets new ones as they arrive, `cutOnNextQuery()` resets the next connection that speaks.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  private refusing = false;
  private cutNextSpeaker = false;
  /** Connections reset by the proxy so far (open ones cut, and new ones refused). */
  resets = 0;
  /** New connections refused while the server was "down". */
  refused = 0;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<this> {
    this.server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as net.AddressInfo).port;
    return this;
  }

  /** `url` with its host and port replaced by the proxy's. */
  rewrite(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString().replace(/\/$/, '');
  }

  get openConnections(): number {
    return this.pairs.size;
  }

  /** Resets (RST) every open connection, as a server that died would. */
  cut(): void {
    for (const pair of [...this.pairs]) this.reset(pair);
  }

  /** While on, a new connection is reset at once (a server that is down). */
  refuse(on: boolean): void {
    this.refusing = on;
  }

  /** An outage: every connection reset, new ones refused, until `restore()`. */
  down(): void {
    this.refuse(true);
    this.cut();
  }

  restore(): void {
    this.refuse(false);
  }

  /** The next connection that sends anything is reset before its bytes reach the server. */
  cutOnNextQuery(): void {
    this.cutNextSpeaker = true;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.refusing) {
      this.resets++;
      this.refused++;
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(this.targetPort, this.targetHost);
    const pair = { client, upstream };
    this.pairs.add(pair);
    client.on('data', (chunk: Buffer) => {
      if (this.cutNextSpeaker) {
        this.cutNextSpeaker = false;
        this.reset(pair);
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const close = () => this.reset(pair);
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  }

  private reset(pair: { client: net.Socket; upstream: net.Socket }): void {
    if (!this.pairs.delete(pair)) return;
    this.resets++;
    if (!pair.client.destroyed) pair.client.resetAndDestroy();
    if (!pair.upstream.destroyed) pair.upstream.resetAndDestroy();
  }
}
