export { createAlertSink } from './sink.js';
export { listOpenAlerts, getStoredAlert, recordPostedAlert, type StoredAlert } from './alert-store.js';
export { routeAlert, applySuppressions, routeMatches } from './route.js';
export { listFailedPosts, countFailedPosts, retryFailedPosts, type FailedPost } from './failed-posts.js';
export { readRouterStats, type RouterStats } from './stats.js';
export type { RedisScope } from './keys.js';
