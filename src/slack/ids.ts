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
} as const;

export const callbackIds = {} as const;

export type ActionId = (typeof actionIds)[keyof typeof actionIds];
