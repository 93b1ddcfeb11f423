import type { CheckResult } from '../checks/types.js';
import { errorMessage } from '../errors.js';
import type { IngestedRecord } from '../ingest/types.js';
import type { Logger } from '../logger.js';
import { remediationsForCheckResult, remediationsForRecord } from '../remediations/targets.js';
import type { Alert } from '../rules/types.js';
import { storedOfferSchema, type StoredOffer } from './alert-schema.js';
import { digestOf } from './keys.js';

/** At most this many remediations travel with one alert. */
const maxOffers = 20;

function valid(offers: readonly unknown[], logger: Logger | undefined): StoredOffer[] {
  const out: StoredOffer[] = [];
  for (const offer of offers) {
    const parsed = storedOfferSchema.safeParse(offer);
    if (parsed.success) out.push(parsed.data);
    else logger?.warn({ remediation: (offer as { id?: unknown })?.id, issue: parsed.error.issues[0]?.message }, 'remediation target dropped: not a storable target');
    if (out.length >= maxOffers) break;
  }
  return out;
}

/**
 * The remediations the catalogue offers for a record, with their targets
 * computed from the record, ready to be stored with its alert. A broken
 * remediation never stops the alert: it is logged and left out.
 */
export function offersForRecord(record: IngestedRecord, logger?: Logger): StoredOffer[] {
  try {
    return valid(remediationsForRecord(record), logger);
  } catch (err) {
    logger?.warn({ error: errorMessage(err) }, 'could not compute the remediations of a record; alerting without them');
    return [];
  }
}

/** The same for a failing check result. */
export function offersForCheckResult(result: CheckResult, logger?: Logger): StoredOffer[] {
  if (result.status !== 'fail') return [];
  try {
    return valid(remediationsForCheckResult(result), logger);
  } catch (err) {
    logger?.warn({ error: errorMessage(err), check: result.check }, 'could not compute the remediations of a check result');
    return [];
  }
}

/**
 * The failing check result a "check newly fails" alert stands for (the alert
 * carries every field a remediation reads from a result; `detail` is the
 * part of its summary after the resource).
 */
export function checkResultOfAlert(alert: Alert): CheckResult | undefined {
  if (alert.source !== 'check' || !alert.account || !alert.region || !alert.resource) return undefined;
  const marker = `newly fails for ${alert.resource}: `;
  const at = alert.summary.indexOf(marker);
  return {
    check: alert.rule,
    title: alert.title,
    area: alert.area,
    owner: 'customer',
    controls: [...alert.controls],
    account: alert.account,
    region: alert.region,
    resource: alert.resource,
    status: 'fail',
    detail: at >= 0 ? alert.summary.slice(at + marker.length) : alert.summary,
    severity: alert.severity,
  };
}

/** A failing check result's short key within its run (what a check-run message's Remediate… button carries). */
export function checkResultKey(result: Pick<CheckResult, 'check' | 'account' | 'region' | 'resource'>): string {
  return digestOf(result.check, result.account, result.region, result.resource);
}
