import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { adminCredentials, startAdminServer } from '../../src/admin.js';
import { silentLogger } from '../../src/logger.js';
import { cleanPrefix, redisUrl, uniquePrefix } from '../router/harness.js';

const prefix = uniquePrefix('admin');
let redis: Redis;
let queue: Queue;
let admin: Awaited<ReturnType<typeof startAdminServer>>;

beforeAll(async () => {
  redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  queue = new Queue('alerts', { connection: redis, prefix });
  await queue.add('post-alert', { hello: 'world' });
  admin = await startAdminServer([queue], { SRM_ADMIN_USER: 'ops', SRM_ADMIN_PASSWORD: 's3cret-pass', SRM_ADMIN_PORT: '0' }, silentLogger());
});
afterAll(async () => {
  await admin?.stop();
  await queue.close();
  await cleanPrefix(redis, prefix);
  await redis.quit();
});

const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;

describe('admin UI (bull-board)', () => {
  it('is disabled unless both credentials are set', () => {
    expect(adminCredentials({ SRM_ADMIN_USER: 'ops' })).toBeUndefined();
    expect(adminCredentials({ SRM_ADMIN_USER: 'ops', SRM_ADMIN_PASSWORD: 'x' })).toEqual({ user: 'ops', password: 'x' });
  });

  it('asks for Basic auth and rejects wrong credentials', async () => {
    const url = `http://127.0.0.1:${admin!.port}/admin/queues`;
    const none = await fetch(url);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic/);
    const wrong = await fetch(url, { headers: { authorization: basic('ops', 'nope') } });
    expect(wrong.status).toBe(401);
  });

  it('serves the board and its API for the queues with the right credentials', async () => {
    const auth = { authorization: basic('ops', 's3cret-pass') };
    const page = await fetch(`http://127.0.0.1:${admin!.port}/admin/queues`, { headers: auth });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const api = await fetch(`http://127.0.0.1:${admin!.port}/admin/queues/api/queues`, { headers: auth });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string; counts: Record<string, number> }[] };
    expect(body.queues.map((q) => q.name)).toContain('alerts');
    expect(body.queues.find((q) => q.name === 'alerts')!.counts.waiting).toBe(1);
    const other = await fetch(`http://127.0.0.1:${admin!.port}/elsewhere`, { headers: auth });
    expect(other.status).toBe(404);
  });
});
