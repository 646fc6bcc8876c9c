import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * One policy for the API, the admin panel (a Vite-built SPA: hashed JS and CSS from 'self';
 * MUI/emotion inject <style> elements, hence 'unsafe-inline' for styles only; photo previews
 * are data: and blob: URLs), Swagger UI at /api/docs and Bull Board. No inline script anywhere.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * helmet on every response (routes, 404s, static files, Bull Board), built once: a root
 * `onRequest` hook, which runs before routing's handlers and Nest middleware. (@fastify/helmet
 * rebuilds the helmet middleware on every request; the till's redeem is the hot path.) HSTS
 * only over TLS (directly or through a trusted proxy's X-Forwarded-Proto): a browser ignores it
 * over http.
 */
export function applySecurityHeaders(fastify: FastifyInstance): void {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    // The panel opens Bull Board in a new tab and reads nothing cross-origin.
    crossOriginEmbedderPolicy: false,
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    headers(request.raw, reply.raw, (error?: unknown) => {
      if (request.protocol === 'https') reply.raw.setHeader('Strict-Transport-Security', HSTS);
      done(error instanceof Error ? error : undefined);
    });
  });
}
