import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { AreaInfo, RenderedMessage } from '../slack/blocks/alert.js';
import { renderAlert } from '../slack/blocks/alert.js';
import type { Poster } from '../slack/poster.js';
import { getStoredAlert, type AlertLifecycle, type StoredAlert } from './alert-store.js';
import { areaInfo } from './area-info.js';
import type { EventAlert } from './event-alert.js';
import { routerKeys, type RedisScope } from './keys.js';
import { releaseOwnedKey } from '../redis-owned-key.js';

/** Every rule's responsibility area as the knowledge base describes it. */
export function areasOf(event: EventAlert): Record<string, AreaInfo> {
  const out: Record<string, AreaInfo> = {};
  for (const r of event.rules) {
    const info = areaInfo(r.area);
    if (info) out[r.area] = info;
  }
  return out;
}

/** An alert message as it stands: what it says, who did what, and the buttons that still apply. */
export function alertMessage(event: EventAlert, ref: string, life: AlertLifecycle = {}, now = new Date()): RenderedMessage {
  return renderAlert(event, { areas: areasOf(event), status: { ref, life, remediable: (event.remediations?.length ?? 0) > 0 }, now });
}

export function storedAlertMessage(stored: StoredAlert, now = new Date()): RenderedMessage {
  return alertMessage(stored.alert, stored.ref, stored.life, now);
}

export interface RefreshScope extends RedisScope {
  poster?: Pick<Poster, 'update'>;
  logger: Logger;
}

const lockMs = 30_000;

/**
 * Re-renders a posted alert from what Redis holds now (chat.update). One
 * refresher per alert at a time so updates land in order; a refresh asked
 * for while another runs marks the alert dirty and the runner renders once
 * more, so the message always ends up showing the latest state.
 */
export async function refreshAlertMessage(scope: RefreshScope, ref: string): Promise<'updated' | 'gone' | 'queued'> {
  const poster = scope.poster;
  if (!poster) throw new Error('this process has no Slack poster (SLACK_BOT_TOKEN unset?)');
  const key = routerKeys(scope.prefix).alertRender(ref);
  const dirty = `${key}:dirty`;
  const token = randomUUID();
  await scope.redis.set(dirty, '1', 'PX', lockMs);
  let outcome: 'updated' | 'gone' | 'queued' = 'queued';
  for (;;) {
    if ((await scope.redis.set(key, token, 'PX', lockMs, 'NX')) !== 'OK') return outcome;
    try {
      while ((await scope.redis.del(dirty)) === 1) {
        const stored = await getStoredAlert(scope, ref);
        if (!stored) return 'gone';
        await poster.update({ channel: stored.channel, ts: stored.ts, ...storedAlertMessage(stored) });
        outcome = 'updated';
      }
    } finally {
      await releaseOwnedKey(scope.redis, key, token);
    }
    // A refresh asked for between our last pass and the release: take it on, unless its asker already did.
    if ((await scope.redis.exists(dirty)) === 0) return outcome;
  }
}
