import { RequestMethod } from '@nestjs/common';
import { type AppConfig, logTransport } from '@dvorik/config';
import { pinoBotTokenRedaction } from '@dvorik/telegram';
import type { Params } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Structured JSON logs with a request id and no secrets (DESIGN §3 operations). */
export function loggerParams(config: AppConfig): Params {
  return {
    // Nest 11's router wants a named wildcard; nestjs-pino's default '*' is converted with a
    // warning at every start.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.env.LOG_LEVEL,
      transport: logTransport(config.env),
      // One readable line per request in development (the JSON keeps req and res).
      customSuccessMessage: (req, res) => `${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode}`,
      // Bot tokens can hide in error messages (request URLs): redacted from every line.
      ...pinoBotTokenRedaction,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const incoming = req.headers['x-request-id'];
        const id =
          typeof incoming === 'string' && /^[A-Za-z0-9._-]{1,128}$/.test(incoming) ? incoming : randomUUID();
        // Echoed so a till or the panel can quote it when reporting a problem.
        res.setHeader('x-request-id', id);
        return id;
      },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-api-key"]',
          'req.headers["x-telegram-bot-api-secret-token"]',
          'req.body.password',
          'req.body.token',
        ],
        censor: '[redacted]',
      },
      // Login tokens travel in query strings of links; never log the query.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url.split('?')[0],
        }),
      },
      // Probes (load balancers, `npm start` waiting for ready) would drown the log.
      autoLogging: { ignore: (req) => ['/health', '/health/ready', '/metrics'].includes(req.url ?? '') },
    },
  };
}
