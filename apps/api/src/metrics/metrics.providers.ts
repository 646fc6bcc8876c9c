import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ALL_QUEUES } from '@dvorik/messaging';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { RedemptionCounter } from '@dvorik/domain';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';

const httpDuration = new Histogram({
  name: 'dvorik_http_request_duration_seconds',
  help: 'HTTP request duration by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

/**
 * Every answer's duration by method, matched route pattern (never the raw URL: ids would explode
 * the label set) and status. A root `onResponse` hook with Fastify's own timer (from the
 * request's arrival), so it costs no middleware on the till's hot path.
 */
export function recordHttpMetrics(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}

/** Queue depth is read from Redis at scrape time, so every API replica reports the same truth. */
@Injectable()
export class QueueDepthMetrics implements OnModuleInit {
  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    if (!register.getSingleMetric('process_cpu_seconds_total')) collectDefaultMetrics();
    const existing = register.getSingleMetric('dvorik_queue_jobs');
    if (existing) register.removeSingleMetric('dvorik_queue_jobs');
    const queues = ALL_QUEUES.map((name) =>
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
    new Gauge({
      name: 'dvorik_queue_jobs',
      help: 'BullMQ jobs by queue and state',
      labelNames: ['queue', 'state'] as const,
      async collect() {
        this.reset();
        for (const queue of queues) {
          const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
          for (const [state, count] of Object.entries(counts)) this.set({ queue: queue.name, state }, count);
        }
      },
    });
  }
}

/** Checks and redemptions by action and result, shop-wide (every process counts into Redis). */
@Injectable()
export class RedemptionMetrics implements OnModuleInit {
  constructor(private readonly counter: RedemptionCounter) {}

  onModuleInit(): void {
    if (register.getSingleMetric('dvorik_redemption_checks_total'))
      register.removeSingleMetric('dvorik_redemption_checks_total');
    const counter = this.counter;
    new Counter({
      name: 'dvorik_redemption_checks_total',
      help: 'Code checks and redemptions by action (check, redeem) and result (success, not_found, …)',
      labelNames: ['action', 'result'] as const,
      async collect() {
        this.reset();
        for (const { action, result, count } of await counter.read()) this.inc({ action, result }, count);
      },
    });
  }
}
