import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, register } from 'prom-client';

/**
 * The worker has no HTTP API, so its counters (Telegram sends by outcome, process metrics) would
 * never be scraped: it serves them on its own port, `GET /metrics` (WORKER_METRICS_PORT, 0 = off).
 * Keep the port on the private network, as the API's /metrics.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WorkerMetrics');
  private server: Server | null = null;

  constructor(private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.env.WORKER_METRICS_PORT;
    if (port === 0) return;
    if (!register.getSingleMetric('process_cpu_seconds_total')) collectDefaultMetrics();
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      register.metrics().then(
        (body) => res.writeHead(200, { 'Content-Type': register.contentType }).end(body),
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    });
    await new Promise<void>((resolve) => {
      // A second worker on the same host (or port taken): it works on, unscraped, and says so.
      server.once('error', (error) => {
        this.logger.warn(`Metrics not served on port ${port}: ${error.message}`);
        resolve();
      });
      server.listen(port, () => {
        this.server = server;
        this.logger.log(`Metrics at http://0.0.0.0:${port}/metrics`);
        resolve();
      });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
