import type { KnownBlock, View } from '@slack/types';
import { snoozeDurations, type SnoozeDuration } from '../../router/alert-store.js';
import type { EventAlert } from '../../router/event-alert.js';
import { limits } from '../block-limits.js';
import { escapeMrkdwn, inlineCode, plain } from '../escape.js';
import { actionIds, callbackIds } from '../ids.js';

/** block_ids of the modals' inputs (their values come back in view.state.values[block][action]). */
export const modalBlocks = { assignee: 'srm-assignee', snoozeFor: 'srm-snooze-for', choice: 'srm-remediation-choice' } as const;

/** What the alert is, in one line at the top of a modal. */
export function alertSummaryBlock(alert: EventAlert): KnownBlock {
  const more = alert.rules.length > 1 ? ` (+${alert.rules.length - 1} more rules)` : '';
  return {
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: plain(`*${escapeMrkdwn(alert.title, { limit: 300 })}*${more} (${alert.severity})\n${escapeMrkdwn(alert.summary, { limit: 1000 })}\n${inlineCode(alert.eventId, 200)}`, limits.sectionText),
    },
  };
}

/** A modal about one alert: what it is, one input, and a line on what happens next. */
function alertModal(callbackId: string, ref: string, alert: EventAlert, words: { title: string; submit: string; after: string }, input: KnownBlock): View {
  return {
    type: 'modal',
    callback_id: callbackId,
    private_metadata: ref,
    title: { type: 'plain_text', text: words.title },
    submit: { type: 'plain_text', text: words.submit },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [alertSummaryBlock(alert), input, { type: 'context', elements: [{ type: 'mrkdwn', text: plain(words.after, limits.sectionText) }] }],
  };
}

/** Assign: a user picker; the assignee gets a DM with a link to the alert. */
export function assignModal(ref: string, alert: EventAlert, current?: string): View {
  return alertModal(
    callbackIds.assignModal,
    ref,
    alert,
    { title: 'Assign alert', submit: 'Assign', after: 'They get a direct message with a link to the alert; the alert shows who assigned it to whom, and when.' },
    {
      type: 'input',
      block_id: modalBlocks.assignee,
      label: { type: 'plain_text', text: 'Who owns it' },
      element: { type: 'users_select', action_id: actionIds.assignUser, placeholder: { type: 'plain_text', text: 'Pick a person' }, ...(current ? { initial_user: current } : {}) },
    },
  );
}

/** Snooze: 1 hour, 1 day or 7 days, for these rules on this resource. */
export function snoozeModal(ref: string, alert: EventAlert): View {
  const options = (Object.keys(snoozeDurations) as SnoozeDuration[]).map((d) => ({ text: { type: 'plain_text' as const, text: snoozeDurations[d].label }, value: d }));
  const rules = alert.rules.map((r) => inlineCode(r.rule, 100)).join(', ');
  return alertModal(
    callbackIds.snoozeModal,
    ref,
    alert,
    { title: 'Snooze alert', submit: 'Snooze', after: `Later matches of ${rules} on the same resource stay quiet (counted in \`/srm status\`) and alert again when the snooze runs out.` },
    {
      type: 'input',
      block_id: modalBlocks.snoozeFor,
      label: { type: 'plain_text', text: 'For how long' },
      element: { type: 'radio_buttons', action_id: actionIds.snoozeFor, options, initial_option: options[1]! },
    },
  );
}
