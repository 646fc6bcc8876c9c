import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROUTES, type Body, type Handler } from './control-routes';
import { readBody } from './request-body';
import type { EmulatorControls } from './emulator-controls';

export { CONTROL_ROUTES } from './control-routes';

function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

/** Serves `/control/...`: JSON in, `{ ok, result }` or `{ ok: false, description }` out. */
export async function handleControl(
  emulator: EmulatorControls,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const send = (status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const path = url.pathname.replace(/\/+$/, '') || '/';
  let found: { run: Handler; params: Record<string, string> } | undefined;
  for (const { route, run } of ROUTES) {
    const [method, pattern] = route.split(' ');
    const params = method === req.method ? match(pattern, path) : null;
    if (params) {
      found = { run, params };
      break;
    }
  }
  if (!found)
    return send(404, {
      ok: false,
      description: `No control route ${req.method ?? ''} ${path}; GET /control lists them`,
    });
  try {
    const raw = await readBody(req);
    const body: unknown = raw.length > 0 ? JSON.parse(raw.toString()) : {};
    const result = await found.run(emulator, (body ?? {}) as Body, found.params, url.searchParams);
    send(200, { ok: true, result: result === undefined ? true : result });
  } catch (error: unknown) {
    send(400, { ok: false, description: error instanceof Error ? error.message : String(error) });
  }
}
