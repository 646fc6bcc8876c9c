import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Bull Board's path under /admin: never answered by the panel (SHARED-DECISIONS). */
const QUEUES = /^\/queues(\/|$)/;

/** <repo>/dist/admin from wherever this file runs (sources in tests, dist/ in production). */
export function defaultAdminDistDir(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return resolve('dist/admin');
    dir = parent;
  }
  // A package.json inside dist/ (none today) would still point at the checkout's dist/admin.
  return join(dir, 'dist', 'admin');
}

const NOT_BUILT = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Панель не собрана</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto">
<h1>Панель администратора не собрана</h1>
<p>Run <code>npm run build</code> (it builds the panel into <code>dist/admin</code>), then reload this page.</p>
</body></html>`;

/**
 * The admin panel at /admin: content-hashed assets cached for a year, index.html never cached,
 * every other GET under /admin (a deep link such as /admin/broadcasts/12) answered with
 * index.html so the SPA routes it. /admin/queues (Bull Board) and /api are not touched.
 */
export function serveAdminPanel(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  let built = existsSync(index);
  const router = express.Router();

  router.use((req: Request, res: Response, next: NextFunction) => {
    if (QUEUES.test(req.path)) return next('router');
    if (req.method !== 'GET' && req.method !== 'HEAD') return next('router');
    // Checked again until found: `npm run build` may run while the API is up.
    built ||= existsSync(index);
    if (!built) {
      res.status(503).type('html').setHeader('Cache-Control', 'no-store').send(NOT_BUILT);
      return;
    }
    next();
  });
  router.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, redirect: false }),
    // A missing hashed asset is a 404, never index.html (a stale tab must not parse HTML as JS).
    (_req: Request, res: Response) => res.status(404).type('text').send('Not found'),
  );
  router.use(
    express.static(dir, {
      index: false,
      redirect: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  router.use((_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });

  app.use('/admin', router);
}
