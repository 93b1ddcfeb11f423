import type { KnownBlock, View } from '@slack/types';
import type { RemediationState } from '../../router/alert-store.js';
import { limits } from '../block-limits.js';
import { escapeMrkdwn, inlineCode, plain } from '../escape.js';
import { actionIds, callbackIds } from '../ids.js';
import { slackDate, who, type RenderedMessage } from './alert.js';
import { modalBlocks } from './alert-modals.js';

/** One remediation as the confirmation modal shows it: exactly what will be called, on what, and how to undo it. */
export interface RemediationChoiceView {
  id: string;
  title: string;
  /** The IAM action of the call ("ec2:RevokeSecurityGroupIngress"). */
  call: string;
  approval: 'single' | 'four-eyes';
  undo: string;
  impact: string;
  /** The exact call with its arguments (the remediation's preview of its target). */
  preview: string;
  account: string;
  region: string;
  resource: string;
  /** The role it runs with; undefined: srm's own (ambient) credentials. */
  role?: string;
}

/** Untrusted text in a code block: nothing can close it early or form a link. */
export function codeBlock(text: string, limit: number): string {
  return `\`\`\`${escapeMrkdwn(text.replace(/`/g, 'ˋ'), { neutraliseFormatting: false, limit: Math.max(limit - 6, 1) })}\`\`\``;
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: plain(text, limits.sectionText) } };
}

const approvalText = {
  single: 'Runs as soon as you submit.',
  'four-eyes': "Needs a second person: submitting posts an approval request in the alert's thread, and it runs only once someone else allowed to run it approves.",
} as const;

function choiceBlocks(c: RemediationChoiceView): KnownBlock[] {
  return [
    section(`*${escapeMrkdwn(c.title, { limit: 200 })}*\n${approvalText[c.approval]}`),
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Account*\n${inlineCode(c.account, 40)}` },
        { type: 'mrkdwn', text: `*Region*\n${inlineCode(c.region, 40)}` },
        { type: 'mrkdwn', text: `*Resource*\n${escapeMrkdwn(c.resource, { limit: 1500 })}` },
        { type: 'mrkdwn', text: `*API call*\n${inlineCode(c.call, 100)}` },
      ],
    },
    section(`*Exactly what will be called:*\n${codeBlock(c.preview, 2500)}`),
    section(`*Undo:* ${escapeMrkdwn(c.undo, { limit: 1400 })}\n*Impact:* ${escapeMrkdwn(c.impact, { limit: 1400 })}`),
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: c.role
            ? `Runs with the remediation role ${inlineCode(c.role, 200)} of account ${inlineCode(c.account, 20)}.`
            : `:warning: No \`remediation.roleArn\` for account ${inlineCode(c.account, 20)}: it runs with srm's own credentials (see docs/remediation.md).`,
        },
      ],
    },
  ];
}

export interface RemediateModalInput {
  /** What the remediation is about (the alert's title, or the failing check and resource). */
  heading: string;
  /** The record id (CloudTrail eventID, GuardDuty finding id) or check result. */
  recordId: string;
  choices: readonly RemediationChoiceView[];
  /** Carries only ids: the subject reference (and, with one choice, the remediation id). */
  privateMetadata: string;
}

/**
 * The confirmation modal: account, region, resource, the exact API call and
 * its preview, the undo and impact of each offered remediation the user may
 * run. Submitting it is the confirmation; with several, a radio picks one.
 */
export function remediateModal(input: RemediateModalInput): View {
  const blocks: KnownBlock[] = [section(`${escapeMrkdwn(input.heading, { limit: 600 })}\n${inlineCode(input.recordId, 200)}`), { type: 'divider' }];
  for (const c of input.choices.slice(0, 10)) blocks.push(...choiceBlocks(c), { type: 'divider' });
  if (input.choices.length > 1) {
    blocks.push({
      type: 'input',
      block_id: modalBlocks.choice,
      label: { type: 'plain_text', text: 'Which one' },
      element: {
        type: 'radio_buttons',
        action_id: actionIds.remediationChoice,
        options: input.choices.slice(0, 10).map((c) => ({ text: { type: 'plain_text', text: plain(c.title, limits.optionText) }, value: c.id })),
      },
    });
  }
  const fourEyes = input.choices.length === 1 && input.choices[0]!.approval === 'four-eyes';
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Submitting is the confirmation. Every step is written to the audit trail (`/srm audit`) and to the alert\'s thread.' }] });
  return {
    type: 'modal',
    callback_id: callbackIds.remediateModal,
    private_metadata: input.privateMetadata,
    title: { type: 'plain_text', text: 'Remediate' },
    submit: { type: 'plain_text', text: fourEyes ? 'Request approval' : 'Run it' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}

/** A remediation request as its thread messages show it. */
export interface RequestView {
  id: string;
  title: string;
  call: string;
  resource: string;
  account: string;
  region: string;
  preview: string;
  requestedBy: string;
  requestedAt: string;
  expiresAt?: string;
  state: RemediationState;
  approvedBy?: string;
  rejectedBy?: string;
  decidedAt?: string;
  finishedAt?: string;
  summary?: string;
}

function what(r: RequestView): string {
  return `*${escapeMrkdwn(r.title, { limit: 200 })}*: ${inlineCode(r.call, 80)} on ${escapeMrkdwn(r.resource, { limit: 600 })} (account ${inlineCode(r.account, 20)}, ${inlineCode(r.region, 30)})`;
}

const decided: Partial<Record<RemediationState, (r: RequestView) => string>> = {
  queued: (r) => `:white_check_mark: Approved by ${who(r.approvedBy)} ${slackDate(r.decidedAt)}: running it.`,
  running: (r) => `:white_check_mark: Approved by ${who(r.approvedBy)} ${slackDate(r.decidedAt)}: running it.`,
  succeeded: (r) => `:white_check_mark: Approved by ${who(r.approvedBy)} ${slackDate(r.decidedAt)}; done (the result is below).`,
  failed: (r) => `:white_check_mark: Approved by ${who(r.approvedBy)} ${slackDate(r.decidedAt)}; it failed (the result is below).`,
  rejected: (r) => `:no_entry_sign: Rejected by ${who(r.rejectedBy)} ${slackDate(r.decidedAt)}: nothing was run.`,
  expired: (r) => `:hourglass: Expired ${slackDate(r.expiresAt)} without approval: nothing was run.`,
};

/**
 * The four-eyes approval request in the alert's thread: Approve and Reject
 * while it waits (the requester cannot approve their own), then who decided.
 */
export function approvalRequestMessage(r: RequestView): RenderedMessage {
  const blocks: KnownBlock[] = [
    section(`:raised_hand: ${who(r.requestedBy)} asks to run ${what(r)}.`),
    section(`*Exactly what will be called:*\n${codeBlock(r.preview, 2500)}`),
  ];
  if (r.state === 'pending-approval') {
    blocks.push(section(`A second person must approve: anyone allowed to run it, except ${who(r.requestedBy)}. The request expires ${slackDate(r.expiresAt)}.`));
    blocks.push({
      type: 'actions',
      block_id: 'srm-remediation-approval',
      elements: [
        { type: 'button', action_id: actionIds.remediationApprove, text: { type: 'plain_text', text: 'Approve' }, style: 'primary', value: r.id },
        { type: 'button', action_id: actionIds.remediationReject, text: { type: 'plain_text', text: 'Reject' }, style: 'danger', value: r.id },
      ],
    });
  } else {
    const line = decided[r.state];
    if (line) blocks.push(section(line(r)));
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `request ${inlineCode(r.id, 80)}` }] });
  return { text: `Approval needed: ${escapeMrkdwn(r.title, { limit: 200 })} (requested by ${who(r.requestedBy)})`, blocks };
}

/** The outcome of a remediation, posted in the alert's thread. */
export function remediationResultMessage(r: RequestView & { ok: boolean; alreadyDone?: boolean }): RenderedMessage {
  const approved = r.approvedBy ? `, approved by ${who(r.approvedBy)}` : '';
  const head = r.ok
    ? `:white_check_mark: *Remediated*${r.alreadyDone ? ' (it was already in the safe state; nothing changed)' : ''}: ${what(r)}`
    : `:x: *Remediation failed*: ${what(r)}`;
  const blocks: KnownBlock[] = [
    section(`${head}\n${escapeMrkdwn(r.summary ?? (r.ok ? 'done' : 'unknown error'), { limit: 1500 })}`),
    { type: 'context', elements: [{ type: 'mrkdwn', text: `Requested by ${who(r.requestedBy)}${approved} · finished ${slackDate(r.finishedAt)} · request ${inlineCode(r.id, 80)}` }] },
  ];
  return { text: `${r.ok ? 'Remediated' : 'Remediation failed'}: ${escapeMrkdwn(r.title, { limit: 200 })}`, blocks };
}
