import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

const filters = (e: { requestParameters?: unknown }): string[] =>
  items(getPath(e.requestParameters, 'filters')).map((f) => `${getString(f, 'key') ?? '?'}=${items(getPath(f, 'values')).join('|')}`);

export const cloudtrailSecretsBatchRetrievedByFilter = defineRule({
  id: 'cloudtrail-secrets-batch-retrieved-by-filter',
  title: 'Secrets retrieved in bulk by filter',
  source: 'cloudtrail',
  severity: 'high',
  area: 'secrets-management',
  controls: [],
  attack: ['T1555.006'],
  guardduty: ['CredentialAccess:IAMUser/AnomalousBehavior'],
  falsePositives: ['Applications that load all their secrets by tag at start.'],
  tuning: 'suppressions (by rule and actor)',
  // Failed calls too: an attempted sweep is the behaviour.
  when: { eventSource: 'secretsmanager.amazonaws.com', eventName: 'BatchGetSecretValue' },
  // A batch that names its secrets is counted by cloudtrail-secrets-bulk-retrieved; one selected by filter returns every match at once.
  match: (e) => items(getPath(e.requestParameters, 'secretIdList')).length === 0,
  description:
    "BatchGetSecretValue returned every secret matching a filter (up to 20 per call) instead of named secrets: one call can read a whole store. Who may read secrets is the customer's side.",
  customerAction: 'Confirm the caller should read every secret the filter matches; if not, revoke its credentials and rotate the secrets.',
  describe: (e) => `BatchGetSecretValue read the secrets matching ${filters(e).join(', ') || 'no filter (every secret)'}.`,
  references: ['https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_BatchGetSecretValue.html'],
  cases: [
    {
      name: 'batch by tag filter fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'secretsmanager.amazonaws.com',
        eventName: 'BatchGetSecretValue',
        readOnly: true,
        requestParameters: { filters: [{ key: 'tag-key', values: ['team'] }] },
      }),
    },
    {
      name: 'batch of named secrets does not fire here',
      fires: false,
      event: exampleEvent({ eventSource: 'secretsmanager.amazonaws.com', eventName: 'BatchGetSecretValue', readOnly: true, requestParameters: { secretIdList: ['db/a', 'db/b'] } }),
    },
    {
      name: 'GetSecretValue does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'secretsmanager.amazonaws.com', eventName: 'GetSecretValue', readOnly: true, requestParameters: { secretId: 'db/a' } }),
    },
  ],
});
