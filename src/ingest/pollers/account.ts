import { getCallerAccount } from '../../aws/clients.js';
import type { AccountConfig } from '../../config.js';
import { appKey, type Runtime } from '../../queue/runtime.js';

const ambientTtlSeconds = 24 * 3600;
let cached: { key: string; id: string } | undefined;

/**
 * The account id a poll is labelled with (cursor, status, metrics): the
 * configured id, or for the ambient account the id STS GetCallerIdentity
 * names, remembered in Redis for a day so replicas and restarts agree.
 */
export async function resolveAccountId(runtime: Runtime, account: AccountConfig, region: string): Promise<string> {
  if (account.id) return account.id;
  const key = appKey(runtime, 'ambient-account');
  if (cached?.key === key) return cached.id;
  let id = await runtime.redis.get(key);
  if (!id) {
    id = await getCallerAccount(runtime.aws({ account, region }));
    await runtime.redis.set(key, id, 'EX', ambientTtlSeconds);
  }
  cached = { key, id };
  return id;
}
