import { appendAudit, readAudit, type AuditEntry, type NewAuditEntry } from '../audit/log.js';
import { errorMessage } from '../errors.js';
import { who } from '../slack/blocks/alert.js';
import type { Runtime } from '../queue/runtime.js';
import { refreshAlertMessage } from './alert-message.js';
import {
  acknowledgeAlert,
  assignAlert,
  getStoredAlert,
  listOpenAlerts,
  markSnoozed,
  snoozeDurations,
  type SnoozeDuration,
  type StoredAlert,
} from './alert-store.js';
import { ruleAlerts } from './event-alert.js';
import { addSnooze, listSnoozes, snoozeResource, type Snooze } from './snooze.js';

/** What the person who pressed a button is told (ephemeral), and whether anything changed. */
export interface LifecycleReply {
  outcome: 'done' | 'already' | 'gone';
  text: string;
  alert?: StoredAlert;
}

/**
 * The alert lifecycle as the Slack app uses it (`deps.alerts`): acknowledge,
 * assign, snooze, list. State lives in Redis; each step is audited and the
 * alert message is re-rendered in place (chat.update) to show who did what.
 */
export interface AlertsPort {
  get(ref: string): Promise<StoredAlert | undefined>;
  acknowledge(ref: string, user: string): Promise<LifecycleReply>;
  assign(ref: string, assignee: string, by: string): Promise<LifecycleReply>;
  snooze(ref: string, duration: SnoozeDuration, by: string): Promise<LifecycleReply>;
  /** Open alerts, unacknowledged first. */
  listOpen(limit?: number): Promise<StoredAlert[]>;
  /** Snoozes in force, with how many matches each kept quiet. */
  snoozes(): Promise<Snooze[]>;
  /** The latest audit entries, oldest first. */
  audit(limit?: number): Promise<AuditEntry[]>;
  /** Appends to the audit trail (refusals decided by the authorization middleware). */
  record(entry: NewAuditEntry): Promise<void>;
  /** Re-renders the alert message from its stored state (best effort: a Slack error is logged). */
  refresh(ref: string): Promise<void>;
}

/** How an alert is named in the audit trail. */
export function alertTarget(stored: StoredAlert): string {
  const a = stored.alert;
  const more = a.rules.length > 1 ? ` (+${a.rules.length - 1} rules)` : '';
  return `alert ${stored.ref}: ${a.title}${more} [${a.source} ${a.eventId}]`;
}

const gone: LifecycleReply = { outcome: 'gone', text: 'This alert is no longer known to srm (alerts are kept 30 days); nothing was changed.' };

export function createAlertsPort(runtime: Pick<Runtime, 'redis' | 'prefix' | 'logger' | 'poster'>): AlertsPort {
  const audit = async (entry: NewAuditEntry) => {
    await appendAudit(runtime, entry);
  };
  const refresh = async (ref: string) => {
    if (!runtime.poster) {
      runtime.logger.warn({ ref }, 'no Slack poster in this process: the alert message is not updated');
      return;
    }
    try {
      await refreshAlertMessage(runtime, ref);
    } catch (err) {
      runtime.logger.warn({ ref, error: errorMessage(err) }, 'alert message update failed; the state is saved');
    }
  };
  const now = () => new Date().toISOString();

  return {
    get: (ref) => getStoredAlert(runtime, ref),

    async acknowledge(ref, user) {
      const stored = await getStoredAlert(runtime, ref);
      if (!stored) return gone;
      const r = await acknowledgeAlert(runtime, ref, { by: user, at: now() });
      if (r.outcome === 'gone') return gone;
      const base = { user, action: 'acknowledge' as const, target: alertTarget(stored), alert: ref, ...(stored.alert.account ? { account: stored.alert.account } : {}) };
      if (r.outcome === 'exists') {
        await audit({ ...base, outcome: 'already-acknowledged', detail: `acknowledged before by ${r.by.by} at ${r.by.at}` });
        return { outcome: 'already', text: `${who(r.by.by)} acknowledged this alert already.`, alert: stored };
      }
      await audit({ ...base, outcome: 'ok' });
      await refresh(ref);
      return { outcome: 'done', text: 'Acknowledged.', alert: stored };
    },

    async assign(ref, assignee, by) {
      const stored = await getStoredAlert(runtime, ref);
      if (!stored) return gone;
      if ((await assignAlert(runtime, ref, { to: assignee, by, at: now() })) === 'gone') return gone;
      await audit({ user: by, action: 'assign', target: alertTarget(stored), outcome: 'ok', detail: `assigned to ${assignee}`, alert: ref, ...(stored.alert.account ? { account: stored.alert.account } : {}) });
      await refresh(ref);
      return { outcome: 'done', text: `Assigned to ${who(assignee)}.`, alert: stored };
    },

    async snooze(ref, duration, by) {
      const stored = await getStoredAlert(runtime, ref);
      if (!stored) return gone;
      const at = new Date();
      const until = new Date(at.getTime() + snoozeDurations[duration].seconds * 1000).toISOString();
      const keyed = ruleAlerts(stored.alert).map((a) => ({ rule: a.rule, resource: snoozeResource(a) }));
      for (const k of keyed) await addSnooze(runtime, { ...k, by, at: at.toISOString(), until, alertRef: ref });
      if ((await markSnoozed(runtime, ref, { by, at: at.toISOString(), until, duration })) === 'gone') return gone;
      const what = keyed.map((k) => `${k.rule} on ${k.resource}`).join('; ');
      await audit({ user: by, action: 'snooze', target: alertTarget(stored), outcome: 'ok', detail: `${snoozeDurations[duration].label} until ${until}: ${what}`, alert: ref, ...(stored.alert.account ? { account: stored.alert.account } : {}) });
      await refresh(ref);
      return { outcome: 'done', text: `Snoozed for ${snoozeDurations[duration].label}: later matches of ${keyed.length === 1 ? 'this rule' : 'these rules'} on the same resource stay quiet until then (counted in \`/srm status\`).`, alert: stored };
    },

    listOpen: (limit = 50) => listOpenAlerts(runtime, limit),
    snoozes: () => listSnoozes(runtime),
    audit: (limit = 20) => readAudit(runtime, { limit }),
    record: audit,
    refresh,
  };
}
