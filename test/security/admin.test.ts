import type { IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminCredentials, authorized, startAdminServer } from '../../src/admin.js';
import { silentLogger } from '../../src/logger.js';

const creds = { user: 'ops', password: 'a-long-admin-password-0123' };

function request(authorization?: string): IncomingMessage {
  return { headers: authorization === undefined ? {} : { authorization } } as IncomingMessage;
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('bull-board admin authentication', () => {
  it('accepts exactly the configured user and password', () => {
    expect(authorized(request(basic('ops', creds.password)), creds)).toBe(true);
  });

  it.each([
    ['no header', undefined],
    ['empty header', ''],
    ['wrong password', basic('ops', 'wrong')],
    ['password prefix', basic('ops', creds.password.slice(0, -1))],
    ['password with a suffix', basic('ops', `${creds.password}x`)],
    ['wrong user', basic('root', creds.password)],
    ['empty user and password', basic('', '')],
    ['no colon', `Basic ${Buffer.from(`ops${creds.password}`).toString('base64')}`],
    ['bearer scheme', `Bearer ${creds.password}`],
    ['credentials in clear', `Basic ops:${creds.password}`],
    ['trailing garbage', `${basic('ops', creds.password)} x`],
  ])('refuses %s', (_name, header) => {
    expect(authorized(request(header), creds)).toBe(false);
  });

  it('is off unless both credentials are set and non-empty', async () => {
    for (const env of [{}, { SRM_ADMIN_USER: 'ops' }, { SRM_ADMIN_PASSWORD: 'x' }, { SRM_ADMIN_USER: '', SRM_ADMIN_PASSWORD: 'x' }, { SRM_ADMIN_USER: 'ops', SRM_ADMIN_PASSWORD: '' }]) {
      expect(adminCredentials(env)).toBeUndefined();
      expect(await startAdminServer([], { ...env, SRM_ADMIN_PORT: '0' }, silentLogger())).toBeUndefined();
    }
  });

  it('compares secrets in constant time (timingSafeEqual over fixed-length digests)', () => {
    const source = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/admin.ts'), 'utf8');
    expect(source).toMatch(/timingSafeEqual\(/);
    // no early-exit string comparison of the secrets
    expect(source).not.toMatch(/(password|user)\s*===|===\s*creds\./);
  });
});
