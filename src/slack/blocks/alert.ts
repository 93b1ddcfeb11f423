import type { ActionsBlockElement, Button, KnownBlock } from '@slack/types';
import type { Owner } from '../../checks/types.js';
import type { AlertLifecycle, LinkedMark, RemediationMark } from '../../router/alert-store.js';
import { snoozeDurations } from '../../router/alert-store.js';
import { asEventAlert, type EventAlert, type RuleMatch } from '../../router/event-alert.js';
import type { Alert, Severity } from '../../rules/types.js';
import { escapeMrkdwn, inlineCode, plain, truncate, userMention } from '../escape.js';
import { limits } from '../block-limits.js';
import { actionIds } from '../ids.js';

/** The block_id of the alert's buttons (Acknowledge, Assign, Snooze, Remediate…). */
export const alertActionsBlockId = 'srm-alert-actions';

/** The exact button labels: other tools rely on them. */
export const alertButtonLabels = { acknowledge: 'Acknowledge', assign: 'Assign', snooze: 'Snooze', remediate: 'Remediate…' } as const;

/** The responsibility area as the knowledge base describes it. */
export interface AreaInfo {
  id: string;
  name: string;
  owner: Owner;
  /** Why it is the customer's (or shared): one or two sentences. */
  why?: string;
}

/** An alert's place in its life: its reference (what buttons carry) and what people did with it. */
export interface AlertStatus {
  ref: string;
  life: AlertLifecycle;
  /** Remediations are offered for this record (Remediate… applies). */
  remediable: boolean;
}

export interface AlertRenderOptions {
  /** The lead rule's area (kept for callers that know only one). */
  area?: AreaInfo;
  /** Every rule's area, by id. */
  areas?: Readonly<Record<string, AreaInfo>>;
  /** Times this actor triggered the lead rule (the parent of a thread of repeats). */
  seen?: number;
  /** The other source's alerts about the same principal, folded into this alert's thread. */
  linked?: LinkedMark;
  /** Status lines and the buttons that still apply; without it the message has no buttons. */
  status?: AlertStatus;
  /** Extra buttons (after the lifecycle ones). */
  actions?: ActionsBlockElement[];
  /** For what "still applies" means over time (a snooze that ran out); default now. */
  now?: Date;
}

export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
}

export const severityEmoji: Record<Severity, string> = {
  critical: ':red_circle:',
  high: ':large_orange_circle:',
  medium: ':large_yellow_circle:',
  low: ':large_blue_circle:',
  info: ':white_circle:',
};

const ownerText: Record<Owner, string> = {
  customer: "the customer's responsibility",
  shared: 'shared between AWS and the customer',
  aws: "AWS's responsibility",
};

const sourceLabel = { cloudtrail: 'CloudTrail eventID', guardduty: 'GuardDuty finding id', check: 'Check result' } as const;
const sourceNoun = { cloudtrail: ['CloudTrail alert', 'CloudTrail alerts'], guardduty: ['GuardDuty finding', 'GuardDuty findings'], check: ['check result', 'check results'] } as const;

/** AWS region names (us-east-1, ap-southeast-2, us-gov-west-1). */
const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d$/;
/** CloudTrail eventIDs are UUIDs and GuardDuty finding ids 32 hex digits: anything else gets no link. */
const recordIdPattern = /^[A-Za-z0-9-]{1,128}$/;

/** Untrusted text, escaped and capped. */
function esc(text: string | null | undefined, limit: number): string {
  if (text === null || text === undefined || text === '') return '_none_';
  return escapeMrkdwn(text, { limit });
}

function mrkdwnSection(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: plain(text, limits.sectionText) } };
}

/**
 * The AWS console page of the record: CloudTrail event history filtered to the
 * event id, or the GuardDuty finding. Built only from validated parts.
 */
export function consoleUrl(alert: Alert): string | null {
  const region = alert.region && regionPattern.test(alert.region) ? alert.region : null;
  if (!region || !recordIdPattern.test(alert.eventId)) return null;
  const host = `https://${region}.console.aws.amazon.com`;
  if (alert.source === 'cloudtrail') {
    return `${host}/cloudtrailv2/home?region=${region}#/events/${encodeURIComponent(alert.eventId)}`;
  }
  if (alert.source === 'guardduty') {
    return `${host}/guardduty/home?region=${region}#/findings?macros=current&fId=${encodeURIComponent(alert.eventId)}`;
  }
  return null;
}

/** "[SAMPLE] " unless the title says so already. */
function samplePrefix(alert: Alert): string {
  return alert.sample && !/^\[sample\]/i.test(alert.title) ? '[SAMPLE] ' : '';
}

function moreRules(event: EventAlert): string {
  const n = event.rules.length - 1;
  return n > 0 ? ` (+${n} more rule${n === 1 ? '' : 's'})` : '';
}

function headerText(event: EventAlert): string {
  return plain(`${samplePrefix(event)}${event.severity.toUpperCase()}: ${event.title}${moreRules(event)}`, limits.headerText);
}

/** The notification text (what a phone shows), escaped. */
export function alertFallbackText(alert: Alert): string {
  const event = asEventAlert(alert);
  return `${samplePrefix(event)}[${event.severity.toUpperCase()}] ${esc(event.title, 300)}${moreRules(event)}: ${esc(event.summary, 2000)}`;
}

function field(label: string, value: string | null): { type: 'mrkdwn'; text: string } {
  return { type: 'mrkdwn', text: `*${label}*\n${esc(value, 1000)}` };
}

/** A time Slack shows in the reader's own time zone; the ISO text is the fallback. Built only from a parsed date. */
export function slackDate(iso: string | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (!Number.isFinite(ms)) return '_an unknown time_';
  const fallback = new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} at {time}|${fallback}>`;
}

/** A Slack user as a mention when the id is well formed, else as escaped text. */
export function who(id: string | undefined): string {
  return userMention(id) ?? esc(id, 40);
}

function codes(list: readonly string[], max: number): string {
  const shown = list.slice(0, max).map((c) => inlineCode(c, 80)).join(', ');
  return list.length > max ? `${shown} and ${list.length - max} more` : shown;
}

/** One line per matched rule (the lead first), then "and N more" when the section is full. */
function rulesSection(event: EventAlert): KnownBlock {
  const head = `*Matched ${event.rules.length} rules* (this one event; highest severity first):`;
  const lines: string[] = [];
  let used = head.length;
  let shown = 0;
  for (const r of event.rules) {
    const parts = [`• ${severityEmoji[r.severity]} *${esc(r.title, 200)}* (${r.severity}) ${inlineCode(r.rule, 120)}`];
    if (r.summary !== event.summary) parts.push(`   ${esc(r.summary, 400)}`);
    const refs: string[] = [];
    if (r.controls.length) refs.push(`controls ${codes(r.controls, 8)}`);
    if (r.attack.length) refs.push(`ATT&amp;CK ${codes(r.attack, 8)}`);
    if (refs.length) parts.push(`   ${refs.join(' · ')}`);
    const line = parts.join('\n');
    if (used + line.length + 40 > limits.sectionText) break;
    lines.push(line);
    used += line.length + 1;
    shown += 1;
  }
  const more = event.rules.length - shown;
  return mrkdwnSection([head, ...lines, ...(more > 0 ? [`_and ${more} more rules_`] : [])].join('\n'));
}

/** Each distinct area once, in the order the rules name them. */
function areaSections(event: EventAlert, options: AlertRenderOptions): KnownBlock[] {
  const ids = [...new Set(event.rules.map((r) => r.area))];
  const info = (id: string): AreaInfo | undefined => options.areas?.[id] ?? (options.area?.id === id || (id === event.area && options.area) ? options.area : undefined);
  const line = (id: string, withWhy: boolean): string => {
    const area = info(id);
    const name = area ? esc(area.name, 200) : inlineCode(id, 200);
    const owner = area ? `: ${ownerText[area.owner]}` : '';
    const why = withWhy && area?.why ? `\n${esc(area.why, 1200)}` : '';
    return `${name}${owner}${why}`;
  };
  if (ids.length === 1) return [mrkdwnSection(`:busts_in_silhouette: *Responsibility:* ${line(ids[0]!, true)}`)];
  const shown = ids.slice(0, 3);
  const blocks = shown.map((id, i) => mrkdwnSection(`${i === 0 ? ':busts_in_silhouette: *Responsibilities:* ' : ''}${line(id, true)}`));
  if (ids.length > shown.length) blocks.push(mrkdwnSection(`Also: ${ids.slice(3).map((id) => line(id, false)).join('; ')}`));
  return blocks;
}

/** Each distinct customer action once: one rule's words when they all agree, else a list. */
function actionSection(rules: readonly RuleMatch[]): KnownBlock {
  const actions = [...new Set(rules.map((r) => r.customerAction.trim()).filter(Boolean))];
  if (actions.length <= 1) return mrkdwnSection(`:hammer_and_wrench: *What to do:* ${esc(actions[0] ?? '', 2500)}`);
  const each = Math.floor((limits.sectionText - 60) / actions.length) - 4;
  return mrkdwnSection(`:hammer_and_wrench: *What to do:*\n${actions.map((a) => `• ${esc(a, Math.max(each, 200))}`).join('\n')}`);
}

function remediationLine(m: RemediationMark): string {
  const what = `*${esc(m.title, 200)}* (${inlineCode(m.call, 80)} on ${inlineCode(m.resource, 300)})`;
  const by = who(m.requestedBy);
  switch (m.state) {
    case 'pending-approval':
      return `:hourglass_flowing_sand: ${by} asked to run ${what} ${slackDate(m.requestedAt)}: it needs a second person's approval in the thread (expires ${slackDate(m.expiresAt)}).`;
    case 'queued':
    case 'running':
      return `:arrows_counterclockwise: Running ${what}, requested by ${by}${m.approvedBy ? `, approved by ${who(m.approvedBy)}` : ''}.`;
    case 'succeeded':
      return `:white_check_mark: *Remediated* ${slackDate(m.finishedAt)}: ${what}, requested by ${by}${m.approvedBy ? `, approved by ${who(m.approvedBy)}` : ''}.${m.summary ? ` ${esc(m.summary, 600)}` : ''}`;
    case 'failed':
      return `:x: *Remediation failed* ${slackDate(m.finishedAt)}: ${what}, requested by ${by}. ${esc(m.summary ?? 'unknown error', 900)}`;
    case 'rejected':
      return `:no_entry_sign: ${who(m.rejectedBy)} rejected ${by}'s request to run ${what} ${slackDate(m.decidedAt)}; nothing was run.`;
    case 'expired':
      return `:hourglass: ${by}'s request to run ${what} expired ${slackDate(m.expiresAt)} without approval; nothing was run.`;
  }
}

function snoozeActive(life: AlertLifecycle, now: Date): boolean {
  return life.snoozed !== undefined && Date.parse(life.snoozed.until) > now.getTime();
}

/** Who did what and when, one line each. */
export function statusLines(life: AlertLifecycle, now = new Date()): string[] {
  const lines: string[] = [];
  if (life.acknowledged) lines.push(`:eyes: Acknowledged by ${who(life.acknowledged.by)} ${slackDate(life.acknowledged.at)}.`);
  if (life.assigned) lines.push(`:bust_in_silhouette: Assigned to ${who(life.assigned.to)} by ${who(life.assigned.by)} ${slackDate(life.assigned.at)}.`);
  if (life.snoozed) {
    const s = life.snoozed;
    lines.push(
      snoozeActive(life, now)
        ? `:zzz: Snoozed for ${snoozeDurations[s.duration].label} by ${who(s.by)} ${slackDate(s.at)}: later matches of these rules on the same resource stay quiet until ${slackDate(s.until)}.`
        : `:zzz: A snooze by ${who(s.by)} ran out ${slackDate(s.until)}.`,
    );
  }
  if (life.remediation) lines.push(remediationLine(life.remediation));
  return lines;
}

function button(text: string, actionId: string, value: string, style?: 'primary'): Button {
  return { type: 'button', text: { type: 'plain_text', text }, action_id: actionId, value, ...(style ? { style } : {}) };
}

/**
 * The buttons that still apply: Acknowledge until someone did; Assign
 * (to re-assign) and Snooze (unless a snooze runs) while the alert is open;
 * Remediate… when an action is offered and none is pending, running or done.
 */
export function alertButtons(status: AlertStatus, now = new Date()): Button[] {
  const { life, ref } = status;
  const closed = life.remediation?.state === 'succeeded';
  const out: Button[] = [];
  if (!life.acknowledged) out.push(button(alertButtonLabels.acknowledge, actionIds.alertAcknowledge, ref, 'primary'));
  if (!closed) out.push(button(alertButtonLabels.assign, actionIds.alertAssign, ref));
  if (!closed && !snoozeActive(life, now)) out.push(button(alertButtonLabels.snooze, actionIds.alertSnooze, ref));
  const busy = life.remediation && ['pending-approval', 'queued', 'running', 'succeeded'].includes(life.remediation.state);
  if (status.remediable && !busy) out.push(button(alertButtonLabels.remediate, actionIds.alertRemediate, ref));
  return out;
}

/** The link to the record in the AWS console, when one can be built. */
function consoleSection(event: EventAlert): KnownBlock[] {
  const url = consoleUrl(event);
  if (!url) return [];
  const where = event.source === 'guardduty' ? 'the finding in the GuardDuty console' : 'the event in CloudTrail event history';
  return [mrkdwnSection(`:mag: <${url}|Open ${where}>`)];
}

/** The record's id and the rules it matched (a reader finds the record by it). */
function recordContext(event: EventAlert): KnownBlock {
  const ruleIds = event.rules.length > 1 ? `rules ${codes(event.rules.map((r) => r.rule), 10)}` : `rule ${inlineCode(event.rule, 200)}`;
  return { type: 'context', elements: [{ type: 'mrkdwn', text: plain(`${sourceLabel[event.source]} ${inlineCode(event.eventId, 300)} · ${ruleIds}`, limits.sectionText) }] };
}

/**
 * One record as one Slack message: every rule it matched (highest severity
 * first), each distinct responsibility area and customer action once, the
 * controls and ATT&CK techniques of all of them, who did what and the
 * buttons that still apply. Pure: every event field is escaped (no
 * mentions, links or formatting can come from an event) and capped to
 * Block Kit's limits.
 */
export function renderAlert(alert: Alert | EventAlert, options: AlertRenderOptions = {}): RenderedMessage {
  const event = asEventAlert(alert);
  const now = options.now ?? new Date();
  const blocks: KnownBlock[] = [];
  blocks.push({ type: 'header', text: { type: 'plain_text', text: headerText(event), emoji: true } });
  if (event.sample) {
    blocks.push(mrkdwnSection(':test_tube: *GuardDuty sample finding* (generated by CreateSampleFindings to test a set-up): not a real threat.'));
  }
  blocks.push(mrkdwnSection(`${severityEmoji[event.severity]} *What happened:* ${esc(event.summary, 2500)}`));
  blocks.push({
    type: 'section',
    fields: [
      field('Severity', event.severity),
      field('Account', event.account),
      field('Region', event.region),
      field('Actor', event.actor),
      field('Source IP', event.sourceIp),
      field('Time', event.time),
      field(event.source === 'guardduty' ? 'Finding type' : event.source === 'check' ? 'Check' : 'API call', event.eventName),
      field('Resource', event.resource),
    ],
  });
  if (event.rules.length > 1) blocks.push(rulesSection(event));
  blocks.push(...areaSections(event, options));
  blocks.push(actionSection(event.rules));
  const refs: string[] = [];
  if (event.controls.length) refs.push(`*Controls:* ${codes(event.controls, 30)}`);
  if (event.attack.length) refs.push(`*MITRE ATT&amp;CK:* ${codes(event.attack, 20)}`);
  if (refs.length) blocks.push(mrkdwnSection(refs.join('\n')));
  for (const note of event.notes.slice(0, 5)) {
    blocks.push(mrkdwnSection(`:information_source: ${esc(note, 1000)}`));
  }
  blocks.push(...consoleSection(event));
  const seen = options.seen ?? options.status?.life.seen;
  if (seen !== undefined && seen > 1) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `:repeat: Seen *${seen}* times from this actor; the repeats are in the thread.` }],
    });
  }
  const linked = options.linked ?? options.status?.life.linked;
  if (linked) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: linkedLine(linked) }] });
  const lines = options.status ? statusLines(options.status.life, now) : [];
  if (lines.length) blocks.push(mrkdwnSection(truncate(lines.join('\n'), limits.sectionText)));
  const elements: ActionsBlockElement[] = [...(options.status ? alertButtons(options.status, now) : []), ...(options.actions ?? [])];
  if (elements.length) blocks.push({ type: 'actions', block_id: alertActionsBlockId, elements: elements.slice(0, limits.actionsElements) });
  blocks.push(recordContext(event));
  return { text: alertFallbackText(event), blocks };
}

/** The parent's line for the other source's alerts about its principal in its thread. */
function linkedLine(l: LinkedMark): string {
  const [one, many] = sourceNoun[l.source];
  const n = l.count === 1 ? `*1* ${one} about the same principal is` : `*${l.count}* ${many} about the same principal are`;
  return `:link: ${n} in the thread (${inlineCode(l.principal, 300)}; highest severity ${l.severity}).`;
}

/**
 * An alert about the same principal as the thread's first alert, which came
 * from the other source (a GuardDuty finding under a CloudTrail alert, or the
 * reverse), as a reply in its thread: it names the principal that linked
 * them, then says what happened, the customer's action and its own record
 * id. Every event field is escaped and capped, as in renderAlert.
 */
export function renderAlertLinked(alert: Alert | EventAlert, link: { principal: string; parentSource: 'cloudtrail' | 'guardduty' }): RenderedMessage {
  const event = asEventAlert(alert);
  const what = event.source === 'guardduty' ? 'Finding type' : event.source === 'check' ? 'Check' : 'API call';
  const blocks: KnownBlock[] = [
    mrkdwnSection(
      `:link: *Linked by principal* ${inlineCode(link.principal, 300)}: this ${sourceNoun[event.source][0]} is about the same principal as the ${sourceNoun[link.parentSource][0]} that opened this thread.`,
    ),
    mrkdwnSection(
      [
        `${severityEmoji[event.severity]} *${esc(`${samplePrefix(event)}${event.severity.toUpperCase()}: ${event.title}`, 300)}*${moreRules(event)}`,
        esc(event.summary, 2000),
        `*${what}* ${inlineCode(event.eventName, 200)} · *Actor* ${esc(event.actor, 300)} · *Time* ${esc(event.time, 100)} · *Source IP* ${esc(event.sourceIp, 100)} · *Region* ${esc(event.region, 100)} · *Account* ${esc(event.account, 40)}`,
      ].join('\n'),
    ),
    actionSection(event.rules),
  ];
  if (event.attack.length) blocks.push(mrkdwnSection(`*MITRE ATT&amp;CK:* ${codes(event.attack, 20)}`));
  blocks.push(...consoleSection(event), recordContext(event));
  return { text: `Linked by principal: ${alertFallbackText(event)}`, blocks };
}

/** A repeat of an alert, as a reply in the first alert's thread: short, with its own record id and every rule its event matched. */
export function renderAlertRepeat(alert: Alert | EventAlert, seen: number): RenderedMessage {
  const lines = [
    `:repeat: *Repeat #${seen}:* ${esc(alert.summary, 2000)}`,
    `*Time* ${esc(alert.time, 100)} · *Source IP* ${esc(alert.sourceIp, 100)} · *Region* ${esc(alert.region, 100)}`,
  ];
  return {
    text: `Repeat #${seen}: ${esc(alert.title, 300)}`,
    blocks: [
      mrkdwnSection(lines.join('\n')),
      // The same record line as the top-level post: the event's id and the rules it matched (a repeat may match more than its thread's rule).
      recordContext(asEventAlert(alert)),
    ],
  };
}
