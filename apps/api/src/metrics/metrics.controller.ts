import { Controller, ForbiddenException, Get, Header, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig, inNetworks, parseNetworkList } from '@dvorik/config';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { BlockList } from 'node:net';
import { register } from 'prom-client';
import { Public } from '../auth/access.decorators';

/**
 * Prometheus scrape endpoint: HTTP, queue depth, Telegram sends, and domain counters. Open to
 * METRICS_ALLOWED_NETWORKS (default loopback; the address is req.ip, so TRUSTED_PROXIES
 * applies) or to `Authorization: Bearer <METRICS_TOKEN>` from anywhere.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  private readonly networks: BlockList;
  private readonly token: Buffer | null;

  constructor(config: AppConfig) {
    this.networks = parseNetworkList(config.env.METRICS_ALLOWED_NETWORKS);
    this.token = config.env.METRICS_TOKEN ? Buffer.from(config.env.METRICS_TOKEN) : null;
  }

  @Get()
  @Public()
  @Header('Content-Type', register.contentType)
  metrics(@Req() req: FastifyRequest): Promise<string> {
    if (!inNetworks(this.networks, req.ip) && !this.hasToken(req))
      throw new ForbiddenException('Metrics are open to METRICS_ALLOWED_NETWORKS or with METRICS_TOKEN');
    return register.metrics();
  }

  private hasToken(req: FastifyRequest): boolean {
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!this.token || !given) return false;
    const candidate = Buffer.from(given);
    return candidate.length === this.token.length && timingSafeEqual(candidate, this.token);
  }
}
