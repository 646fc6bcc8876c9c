import type { FastifyInstance } from 'fastify';
import type { Params } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import { pinoHttp, type Options } from 'pino-http';

/**
 * One log line per request (pino-http) and the request's logger for every log written while Nest
 * handles it (nestjs-pino's context), as Fastify hooks rather than Nest middleware: they cover
 * every route (the API, /health, /metrics, the panel, Bull Board, 404s) and cost no middleware
 * runner on the till's hot path. The context is entered just before the handler, after Fastify
 * has read the body (a body arrives in the socket's own async context, not the request's).
 */
export function logRequests(fastify: FastifyInstance, params: Params): void {
  const log = pinoHttp(params.pinoHttp as Options);
  fastify.addHook('onRequest', (request, reply, done) => log(request.raw, reply.raw, () => done()));
  fastify.addHook('preHandler', (request, _reply, done) => storage.run(new Store(request.raw.log), done));
}
