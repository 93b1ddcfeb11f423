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
  /** "Re-run" under `/srm check` results; value = the run's selection as JSON. */ checkRerun: 'srm-check-rerun',
  /** "Show the full list" under a scheduled check digest; value = the run id. */
  checkDigestFullList: 'srm-check-digest-full-list',
  /** The page picker in that full list's modal; value = the page index. */
  checkDigestPage: 'srm-check-digest-page',
} as const;

export const callbackIds = {
  /** The full list of a scheduled check run; private_metadata = { runId, channel } as JSON. */
  checkDigestList: 'srm-check-digest-list',
} as const;

export type ActionId = (typeof actionIds)[keyof typeof actionIds];
