import { type AppConfig, logTransport } from '@dvorik/config';
import { pinoBotTokenRedaction } from '@dvorik/telegram';
import type { Params } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The till's routes: their successful answers are logged at debug, not info. Each is a
 * `redemption_log` row already, and writing a line per redemption took 5–9 % of the hot path's
 * CPU (README «Performance»). Refusals and failures stay at info/error.
 */
const TILL_ROUTES = /^\/api\/v1\/(discounts\/(redeem|validate)|till\/(check|redeem))(\?|$)/;

/**
 * Structured JSON logs with a request id and no secrets (DESIGN §3 operations). The request
 * logging itself runs as Fastify hooks (request-logging.ts): nestjs-pino only provides the
 * app's Logger, so it mounts no middleware of its own.
 */
export function loggerParams(config: AppConfig): Params {
  return {
    useExisting: true,
    forRoutes: [],
    pinoHttp: {
      level: config.env.LOG_LEVEL,
      transport: logTransport(config.env),
      // One readable line per request in development (the JSON keeps req and res).
      customSuccessMessage: (req, res) => `${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode}`,
      // pino-http's own levels (error for 5xx and failures, info otherwise), till successes aside.
      customLogLevel: (req, res, error) =>
        error || res.statusCode >= 500
          ? 'error'
          : res.statusCode < 400 && TILL_ROUTES.test(req.url ?? '')
            ? 'debug'
            : 'info',
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
