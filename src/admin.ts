import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual, createHash } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Logger } from './logger.js';

export const adminBasePath = '/admin/queues';

export interface AdminCredentials {
  user: string;
  password: string;
}

/** SRM_ADMIN_USER and SRM_ADMIN_PASSWORD, or undefined (the UI is disabled) when either is unset. */
export function adminCredentials(env: NodeJS.ProcessEnv): AdminCredentials | undefined {
  const user = env.SRM_ADMIN_USER;
  const password = env.SRM_ADMIN_PASSWORD;
  if (!user || !password) return undefined;
  return { user, password };
}

function sameSecret(a: string, b: string): boolean {
  // Hash first so the comparison takes the same time whatever the lengths.
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** True when the request carries the right HTTP Basic credentials. */
export function authorized(req: IncomingMessage, creds: AdminCredentials): boolean {
  const header = req.headers.authorization ?? '';
  const m = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
  if (!m?.[1]) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return false;
  const okUser = sameSecret(decoded.slice(0, i), creds.user);
  const okPassword = sameSecret(decoded.slice(i + 1), creds.password);
  return okUser && okPassword;
}

export type AdminHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The bull-board UI for `queues` under /admin/queues, behind HTTP Basic auth.
 * Returns a handler that answers requests under the base path (and returns
 * true), or returns false for any other path so the caller can answer it.
 */
export function createAdminHandler(queues: readonly Queue[], creds: AdminCredentials): AdminHandler {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(adminBasePath);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode: false })), serverAdapter });
  const app = serverAdapter.getRouter() as (req: IncomingMessage, res: ServerResponse) => void;
  return (req, res) => {
    const url = req.url ?? '/';
    if (url !== adminBasePath && !url.startsWith(`${adminBasePath}/`) && !url.startsWith(`${adminBasePath}?`)) return false;
    if (!authorized(req, creds)) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="srm admin", charset="UTF-8"', 'content-type': 'text/plain' });
      res.end('authentication required');
      return true;
    }
    // The board's router is mounted at the base path: hand it the rest of the URL.
    req.url = url.slice(adminBasePath.length) || '/';
    app(req, res);
    return true;
  };
}

/** The admin UI on its own port (SRM_ADMIN_PORT, default 3001); undefined when the credentials are unset. */
export async function startAdminServer(
  queues: readonly Queue[],
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<{ port: number; stop(): Promise<void> } | undefined> {
  const creds = adminCredentials(env);
  if (!creds) {
    logger.debug('admin UI disabled (SRM_ADMIN_USER / SRM_ADMIN_PASSWORD unset)');
    return undefined;
  }
  if (creds.password.length < 16) logger.warn({ length: creds.password.length }, 'SRM_ADMIN_PASSWORD is short: use 16 characters or more (the admin UI can retry and delete jobs)');
  const handle = createAdminHandler(queues, creds);
  const server: Server = createServer((req, res) => {
    if (!handle(req, res)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  const wanted = Number(env.SRM_ADMIN_PORT ?? 3001);
  // Loopback unless told otherwise: the UI can retry and delete jobs.
  const host = env.SRM_ADMIN_HOST ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number.isInteger(wanted) ? wanted : 3001, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ host, port, path: adminBasePath }, 'admin UI (bull-board) listening');
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
