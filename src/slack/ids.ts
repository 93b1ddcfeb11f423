/**
 * Interaction ids (action_id, callback_id, block_id prefixes), imported by both
 * the renderer that puts them in Block Kit and the listener that handles them.
 * Add one line per interaction.
 */
export const actionIds = {
  /** "Share in channel" under an ephemeral `/srm who` answer; value = the question. */
  shareWhoAnswer: 'srm-who-share',
  /** A suggestion button under an unknown `/srm who` answer; value = the suggested question. */
  whoSuggestion: 'srm-who-suggestion',
  /** "Why this answer?" under a `/srm who` answer; value = the question. */
  whoExplain: 'srm-who-explain',
  /** "Re-run" under `/srm check` results; value = the run's selection as JSON. */ checkRerun: 'srm-check-rerun',
  /** "Show the full list" under a scheduled check digest; value = the run id. */
  checkDigestFullList: 'srm-check-digest-full-list',
  /** The page picker in that full list's modal; value = the page index. */
  checkDigestPage: 'srm-check-digest-page',
  /** Alert buttons (labels Acknowledge, Assign, Snooze, Remediate…); value = the alert's ref. */
  alertAcknowledge: 'srm-alert-ack',
  alertAssign: 'srm-alert-assign',
  alertSnooze: 'srm-alert-snooze',
  alertRemediate: 'srm-alert-remediate',
  /** "Remediate…" beside a failing resource in `/srm check` results; value = run id + result key + remediation id. */
  checkRemediate: 'srm-check-remediate',
  /** Approve / Reject under a four-eyes remediation request in the alert's thread; value = the request id. */
  remediationApprove: 'srm-remediation-approve',
  remediationReject: 'srm-remediation-reject',
  /** Inputs inside the alert modals (assignee picker, snooze length, which remediation). */
  assignUser: 'srm-assign-user',
  snoozeFor: 'srm-snooze-for',
  remediationChoice: 'srm-remediation-choice',
} as const;

export const callbackIds = {
  /** The full list of a scheduled check run; private_metadata = { runId, channel } as JSON. */
  checkDigestList: 'srm-check-digest-list',
  /** Modals opened from an alert; private_metadata = the alert's ref (remediate: a JSON subject reference). */
  assignModal: 'srm-assign-modal',
  snoozeModal: 'srm-snooze-modal',
  remediateModal: 'srm-remediate-modal',
} as const;

export type ActionId = (typeof actionIds)[keyof typeof actionIds];
