import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { SandboxView } from './sandbox-view';

const TYPES: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'render.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

// The page is plain files next to this module in the sources; the compiled emulator (dist/…)
// reads them from the sources too, so there is no build step for the page.
const PUBLIC_DIR = [
  join(__dirname, 'public'),
  resolve(__dirname, '../../../../../../libs/testing/src/telegram-emulator/sandbox/public'),
].find((dir) => existsSync(join(dir, 'index.html')));

/** A grey picture for photos the emulator has no bytes of (sent by file_id or URL). */
const PLACEHOLDER = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="100%" height="100%" fill="#cfd8dc"/><text x="50%" y="50%" text-anchor="middle" font-family="sans-serif" font-size="20" fill="#546e7a">фото</text></svg>',
);

/** Serves `/sandbox` (the page) and `/sandbox/files/<file_id>` (pictures bots sent). */
export function serveSandbox(view: SandboxView, path: string, res: ServerResponse): void {
  if (path === '/sandbox' || path === '/sandbox/') path = '/sandbox/index.html';
  const fileMatch = /^\/sandbox\/files\/([^/]+)$/.exec(path);
  if (fileMatch) {
    const file = view.file(decodeURIComponent(fileMatch[1]));
    if (file?.content) {
      res
        .writeHead(200, { 'content-type': file.mimeType, 'cache-control': 'max-age=3600' })
        .end(file.content);
    } else if (file?.url) {
      res.writeHead(302, { location: file.url }).end();
    } else {
      res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(PLACEHOLDER);
    }
    return;
  }
  const name = path.slice('/sandbox/'.length);
  const type = TYPES[name];
  if (!type || !PUBLIC_DIR) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    return;
  }
  res
    .writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' })
    .end(readFileSync(join(PUBLIC_DIR, name)));
}
