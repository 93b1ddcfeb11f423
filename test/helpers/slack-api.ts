/** Tests use the same local Slack Web API as `srm demo` and the benchmarks. */
export { startSlackApi, type SlackApiServer, type SlackCall, type SlackFailure, type StoredMessage } from '../../src/slack/local-api.js';
export { validateBlocks, validateMessage, validateView } from '../../src/slack/block-limits.js';
