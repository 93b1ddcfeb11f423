import { registerShareWhoAnswer } from './actions/share-who-answer.js';
import { registerWhoSuggestion } from './actions/who-suggestion.js';
import { registerWhoExplain } from './actions/who-explain.js';
import { registerSrmCommand } from './commands/srm.js';
import { registerCheckActions } from './actions/check-actions.js';
import { registerCheckDigestList } from './actions/check-digest-list.js';
import { registerHome } from './events/home.js';
import { registerAlertActions } from './actions/alert-actions.js';
import { registerRemediationActions } from './actions/remediate.js';
import { registerAlertViews } from './views/alert-views.js';
import { registerRemediateView } from './views/remediate.js';
import type { RegisterListener } from './types.js';

export type { ListenerContext, RegisterListener } from './types.js';

/** Every Slack listener, by surface (commands, actions, views, events), one line each. */
export const listeners: readonly RegisterListener[] = [
  registerSrmCommand,
  registerShareWhoAnswer,
  registerWhoSuggestion,
  registerWhoExplain,
  registerCheckActions,
  registerCheckDigestList,
  registerHome,
  registerAlertActions,
  registerAlertViews,
  registerRemediationActions,
  registerRemediateView,
] as const;
