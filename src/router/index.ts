export { createAlertSink } from './sink.js';
export { listOpenAlerts, getStoredAlert, recordPostedAlert, type StoredAlert, type AlertLifecycle } from './alert-store.js';
export { buildEventAlert, asEventAlert, type EventAlert, type RuleMatch } from './event-alert.js';
export { createAlertsPort, type AlertsPort } from './lifecycle.js';
export { routeAlert, applySuppressions, applyEventSuppressions, routeMatches } from './route.js';
export { listFailedPosts, countFailedPosts, retryFailedPosts, type FailedPost } from './failed-posts.js';
export { readRouterStats, type RouterStats } from './stats.js';
export type { RedisScope } from './keys.js';
