import { callerKind, infrastructureAsCodeNoise } from '../src/rules/callers.js';
import { defineRule } from '../src/rules/define-rule.js';
import { formatDuration } from '../src/rules/duration.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent, exampleTime, identities } from '../src/rules/example-event.js';
import { eventPrincipal } from '../src/rules/principal.js';

/** The secrets a call asked for, by name or ARN as the caller wrote them. */
function secretIds(e: { eventName: string; requestParameters?: unknown }): string[] {
  if (e.eventName === 'GetSecretValue') return [getString(e.requestParameters, 'secretId') ?? ''];
  return items(getPath(e.requestParameters, 'secretIdList')).filter((s): s is string => typeof s === 'string');
}

const read = (secret: string, minute: number, fields: Record<string, unknown> = {}) =>
  exampleEvent({
    eventSource: 'secretsmanager.amazonaws.com',
    eventName: 'GetSecretValue',
    readOnly: true,
    eventTime: exampleTime(minute),
    requestParameters: { secretId: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${secret}` },
    ...fields,
  });
const sweep = (n: number, from = 0) => Array.from({ length: n }, (_, i) => read(`app/secret-${from + i}`, i / 10));

export const cloudtrailSecretsBulkRetrieved = defineRule({
  id: 'cloudtrail-secrets-bulk-retrieved',
  title: 'Many Secrets Manager secrets read by one principal',
  source: 'cloudtrail',
  severity: 'high',
  area: 'secrets-management',
  controls: [],
  attack: ['T1555.006'],
  guardduty: ['CredentialAccess:IAMUser/AnomalousBehavior'],
  falsePositives: [
    'Infrastructure-as-code refreshing its state reads every secret it manages (noise code infrastructure-as-code).',
    'Applications or jobs that load many secrets at start, under one role.',
  ],
  tuning: 'rules.cloudtrail-secrets-bulk-retrieved.threshold / .window; noise.cloudtrail-secrets-bulk-retrieved:infrastructure-as-code; suppressions by actor',
  // Failed calls count too: a sweep that is denied is the same behaviour.
  when: { eventSource: 'secretsmanager.amazonaws.com', eventName: ['GetSecretValue', 'BatchGetSecretValue'] },
  match: (e) => callerKind(e) !== 'service',
  state: { kind: 'count', window: '10m', threshold: 10, key: eventPrincipal, values: secretIds },
  noisyWhen: [infrastructureAsCodeNoise],
  description:
    "One principal read many different secrets in a short time. AWS stores and encrypts the secrets; who may read them, and noticing a sweep with stolen credentials, is the customer's side.",
  customerAction: 'Confirm the principal should read these secrets; if not, revoke its credentials and rotate every secret it read.',
  describe: (e, s) =>
    `${s?.count ?? 0} different secrets were read by one principal within ${formatDuration(s?.windowSeconds ?? 0)} (threshold ${s?.threshold ?? 0}); the last: ${secretIds(e).join(', ') || '(unnamed)'}.`,
  resource: (e) => secretIds(e)[0] ?? null,
  references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/monitoring-cloudtrail.html'],
  cases: [
    { name: 'the tenth different secret in ten minutes fires', fires: true, before: sweep(9), event: read('app/secret-9', 1) },
    {
      name: 'a batch naming the rest of the secrets fires',
      fires: true,
      before: sweep(5),
      event: exampleEvent({
        eventSource: 'secretsmanager.amazonaws.com',
        eventName: 'BatchGetSecretValue',
        readOnly: true,
        eventTime: exampleTime(1),
        requestParameters: { secretIdList: ['db/a', 'db/b', 'db/c', 'db/d', 'db/e'] },
      }),
    },
    { name: 'the same secret read ten times does not fire', fires: false, before: Array.from({ length: 9 }, () => read('app/one', 0)), event: read('app/one', 1) },
    { name: 'nine different secrets do not fire', fires: false, before: sweep(8), event: read('app/secret-8', 1) },
    { name: 'ten secrets over an hour do not fire', fires: false, before: Array.from({ length: 9 }, (_, i) => read(`app/slow-${i}`, i * 6)), event: read('app/slow-9', 54) },
    {
      name: 'ten secrets read by ten principals do not fire',
      fires: false,
      before: Array.from({ length: 9 }, (_, i) => read(`app/secret-${i}`, 0, { userIdentity: { ...identities.iamUser, arn: `arn:aws:iam::123456789012:user/u${i}`, userName: `u${i}` } })),
      event: read('app/secret-9', 1),
    },
  ],
});
