import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/** Bull Board's path under /admin: never answered by the panel (SHARED-DECISIONS). */
const QUEUES = /^\/admin\/queues(\/|$|\?)/;

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

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * The admin panel at /admin: content-hashed assets cached for a year, index.html never cached,
 * every other GET under /admin (a deep link such as /admin/broadcasts/12) answered with
 * index.html so the SPA routes it. /admin/queues (Bull Board, its own plugin) and /api are not
 * touched; a write under /admin is the API's usual 404.
 */
export async function serveAdminPanel(fastify: FastifyInstance, dir: string): Promise<void> {
  const root = resolve(dir);
  const assets = join(root, 'assets');
  const index = join(root, 'index.html');
  let built = existsSync(index);

  await fastify.register(
    async (admin) => {
      // Only reply.sendFile (@fastify/send: no dotfiles, no escaping the root); the routes are ours.
      await admin.register(fastifyStatic, { root, serve: false });

      const page = (reply: FastifyReply) =>
        reply.header('Cache-Control', 'no-cache').sendFile('index.html', root, { cacheControl: false });

      const serve = async (request: FastifyRequest<{ Params: { '*'?: string } }>, reply: FastifyReply) => {
        // A Bull Board path its plugin does not route (find-my-way falls back to this wildcard).
        if (QUEUES.test(request.url)) return reply.callNotFound();
        // Checked again until found: `npm run build` may run while the API is up.
        built ||= existsSync(index);
        if (!built)
          return reply
            .code(503)
            .type('text/html; charset=utf-8')
            .header('Cache-Control', 'no-store')
            .send(NOT_BUILT);
        const rest = request.params['*'] ?? '';
        if (rest === 'assets' || rest.startsWith('assets/')) {
          const file = rest.slice('assets/'.length);
          // A missing hashed asset is a 404, never index.html (a stale tab must not parse HTML as JS).
          if (!file || !(await isFile(join(assets, file))))
            return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
          return reply.sendFile(file, assets, { immutable: true, maxAge: '365d' });
        }
        const path = resolve(root, rest);
        if (rest && path.startsWith(root + sep) && (await isFile(path)))
          return reply.header('Cache-Control', 'no-cache').sendFile(rest, root, { cacheControl: false });
        return page(reply);
      };

      admin.get('/', serve);
      admin.get('/*', serve);
    },
    { prefix: '/admin' },
  );
}
