import type { Alert } from '../rules/types.js';
import { stripControls } from '../slack/escape.js';

/**
 * How `srm replay` writes an alert: the fixed `--json` line or a readable
 * block for a terminal. Its own module so replay's worker threads render
 * alerts without loading the command line.
 */

// ANSI CSI / OSC / two-byte escapes, removed whole (their parameters are not control characters).
// eslint-disable-next-line no-control-regex
const ansiEscape = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[ -/]*[0-~])?/g;

/** Untrusted text made safe for a terminal: escapes and controls removed, line breaks flattened, length capped. */
export function terminalSafe(text: string, max = 1000): string {
  const clean = stripControls(text.replace(ansiEscape, '').replace(/[\r\n\t]+/g, ' '));
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** DEL, C1 controls, bidi overrides and line/paragraph separators, which JSON.stringify leaves raw. */
const jsonUnsafe = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The fixed `--json` line: contract fields first, additions after. Characters
 * that could reorder or hide text in a terminal or log viewer are written as
 * \u escapes (the JSON value is the same).
 */
export function alertJson(a: Alert): string {
  return jsonLine({
    eventId: a.eventId,
    source: a.source,
    rule: a.rule,
    title: a.title,
    severity: a.severity,
    area: a.area,
    controls: a.controls,
    account: a.account,
    region: a.region,
    actor: a.actor,
    time: a.time,
    attack: a.attack ?? [],
    sourceIp: a.sourceIp,
    eventName: a.eventName,
    sample: a.sample,
    notes: a.notes,
  });
}

function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(jsonUnsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function alertText(a: Alert): string {
  const t = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? '-' : terminalSafe(v));
  const lines = [
    `[${a.severity.toUpperCase()}] ${t(a.title)}`,
    `  time:      ${t(a.time)}`,
    `  account:   ${t(a.account)}  region: ${t(a.region)}`,
    `  actor:     ${t(a.actor)}`,
    `  source IP: ${t(a.sourceIp)}`,
    `  summary:   ${t(a.summary)}`,
    `  area:      ${t(a.area)}`,
    `  action:    ${t(a.customerAction)}`,
    `  controls:  ${a.controls.length ? a.controls.map((c) => terminalSafe(c)).join(', ') : '-'}`,
    `  ATT&CK:    ${a.attack?.length ? a.attack.map((c) => terminalSafe(c)).join(', ') : '-'}`,
  ];
  for (const note of a.notes) lines.push(`  note:      ${terminalSafe(note)}`);
  lines.push(`  rule:      ${t(a.rule)}  ${a.source === 'guardduty' ? 'finding' : 'event'}: ${t(a.eventId)}`);
  return `${lines.join('\n')}\n\n`;
}

/** The renderer for the chosen output: a JSON line, or a readable block. */
export const alertRenderer = (json: boolean): ((a: Alert) => string) => (json ? (a: Alert) => `${alertJson(a)}\n` : alertText);
