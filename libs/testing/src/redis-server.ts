import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import Redis from 'ioredis';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/**
 * A test's own redis-server (`--save "" --appendonly no`: a restart loses everything, as a
 * crashed Redis without persistence does) on a free port, so a suite can pause, kill and restart
 * it without touching the Redis other suites share.
 */
export class TestRedisServer {
  private process: ChildProcess | null = null;
  port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  async start(): Promise<this> {
    if (!this.port) this.port = await freePort();
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    this.process = child;
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (await this.answers()) return this;
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`redis-server on port ${this.port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Kills the server (SIGKILL: nothing saved, every connection dropped). */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }

  async restart(): Promise<void> {
    await this.kill();
    await this.start();
  }

  /** `CLIENT PAUSE <ms> ALL`: every client's commands hang until the pause ends. */
  async pause(ms: number): Promise<void> {
    const redis = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      await redis.call('CLIENT', 'PAUSE', String(ms), 'ALL');
    } finally {
      redis.disconnect();
    }
  }

  async unpause(): Promise<void> {
    const redis = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      await redis.call('CLIENT', 'UNPAUSE');
    } finally {
      redis.disconnect();
    }
  }

  stop(): Promise<void> {
    return this.kill();
  }

  private async answers(): Promise<boolean> {
    const redis = new Redis(this.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      return (await redis.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      redis.disconnect();
    }
  }
}
