import type { NextFunction, Request, Response } from 'express';
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

/** HSTS only over TLS (directly or through a trusted proxy's X-Forwarded-Proto): a browser ignores it over http. */
function hstsBehindTls(req: Request, res: Response, next: NextFunction): void {
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  next();
}

/** For the Nest app and, in the spec, a bare express app: both are `disable` + `use`. */
export function applySecurityHeaders(app: {
  disable(setting: string): unknown;
  use(handler: (req: Request, res: Response, next: NextFunction) => void): unknown;
}): void {
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      strictTransportSecurity: false,
      // The panel opens Bull Board in a new tab and reads nothing cross-origin.
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(hstsBehindTls);
}
