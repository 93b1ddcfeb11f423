import { registerShareWhoAnswer } from './actions/share-who-answer.js';
import { registerWhoSuggestion } from './actions/who-suggestion.js';
import { registerSrmCommand } from './commands/srm.js';
import { registerCheckActions } from './actions/check-actions.js';
import { registerCheckDigestList } from './actions/check-digest-list.js';
import { registerHome } from './events/home.js';
import type { RegisterListener } from './types.js';

export type { ListenerContext, RegisterListener } from './types.js';

/** Every Slack listener, by surface (commands, actions, views, events), one line each. */
export const listeners: readonly RegisterListener[] = [
  registerSrmCommand,
  registerShareWhoAnswer,
  registerWhoSuggestion,
  registerCheckActions,
  registerCheckDigestList,
  registerHome,
] as const;
