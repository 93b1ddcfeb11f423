import { callerKind, infrastructureAsCodeNoise } from '../src/rules/callers.js';
import { defineRule } from '../src/rules/define-rule.js';
import { formatDuration } from '../src/rules/duration.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent, exampleTime } from '../src/rules/example-event.js';
import { eventPrincipal } from '../src/rules/principal.js';

/** The SecureString parameters a call decrypted: names, or `<path>/*` for a path read. */
function decrypted(e: { eventName: string; requestParameters?: unknown }): string[] {
  const req = e.requestParameters;
  if (getPath(req, 'withDecryption') !== true) return [];
  if (e.eventName === 'GetParameter') return [getString(req, 'name') ?? ''];
  if (e.eventName === 'GetParameters') return items(getPath(req, 'names')).filter((n): n is string => typeof n === 'string');
  const path = getString(req, 'path');
  return path ? [`${path.replace(/\/$/, '')}/*`] : [];
}

const get = (names: string[], minute: number, fields: Record<string, unknown> = {}) =>
  exampleEvent({
    eventSource: 'ssm.amazonaws.com',
    eventName: 'GetParameters',
    readOnly: true,
    eventTime: exampleTime(minute),
    requestParameters: { names, withDecryption: true },
    ...fields,
  });
const names = (from: number, n: number) => Array.from({ length: n }, (_, i) => `/prod/credentials/key-${from + i}`);

export const cloudtrailSsmParametersBulkDecrypted = defineRule({
  id: 'cloudtrail-ssm-parameters-bulk-decrypted',
  title: 'Many SSM SecureString parameters decrypted by one principal',
  source: 'cloudtrail',
  severity: 'high',
  area: 'secrets-management',
  controls: [],
  attack: ['T1555.006'],
  guardduty: [],
  falsePositives: [
    'Infrastructure-as-code refreshing its state decrypts every parameter it manages (noise code infrastructure-as-code).',
    'Services that load their whole configuration from Parameter Store at start (ECS task execution roles, Lambda cold starts).',
  ],
  tuning: 'rules.cloudtrail-ssm-parameters-bulk-decrypted.threshold / .window; noise.cloudtrail-ssm-parameters-bulk-decrypted:infrastructure-as-code; suppressions by actor',
  // Failed calls count too: a denied sweep is the same behaviour.
  when: { eventSource: 'ssm.amazonaws.com', eventName: ['GetParameter', 'GetParameters', 'GetParametersByPath'] },
  match: (e) => callerKind(e) !== 'service' && decrypted(e).length > 0,
  state: { kind: 'count', window: '10m', threshold: 20, key: eventPrincipal, values: decrypted },
  noisyWhen: [infrastructureAsCodeNoise],
  description:
    "One principal decrypted many SecureString parameters in a short time. AWS encrypts the values with KMS; who may decrypt them, and noticing a sweep with stolen credentials, is the customer's side.",
  customerAction: 'Confirm the principal should read these parameters; if not, revoke its credentials and rotate every secret it read.',
  describe: (e, s) =>
    `${s?.count ?? 0} different SecureString parameters were decrypted by one principal within ${formatDuration(s?.windowSeconds ?? 0)} (threshold ${s?.threshold ?? 0}); the last call read ${decrypted(e).slice(0, 5).join(', ')}${decrypted(e).length > 5 ? ', …' : ''}.`,
  resource: (e) => decrypted(e)[0] ?? null,
  references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-cloudtrail-logs.html'],
  cases: [
    { name: 'twenty parameters decrypted in two calls fires', fires: true, before: [get(names(0, 10), 0)], event: get(names(10, 10), 1) },
    {
      name: 'a path read counts as one value, and the twentieth fires',
      fires: true,
      before: [get(names(0, 10), 0), get(names(10, 9), 1)],
      event: exampleEvent({
        eventSource: 'ssm.amazonaws.com',
        eventName: 'GetParametersByPath',
        readOnly: true,
        eventTime: exampleTime(2),
        requestParameters: { path: '/prod/db/', recursive: true, withDecryption: true },
      }),
    },
    {
      name: 'reads without decryption do not fire',
      fires: false,
      before: [get(names(0, 10), 0, { requestParameters: { names: names(0, 10), withDecryption: false } })],
      event: get(names(10, 10), 1, { requestParameters: { names: names(10, 10), withDecryption: false } }),
    },
    { name: 'the same parameters read again do not fire', fires: false, before: [get(names(0, 10), 0), get(names(0, 10), 1)], event: get(names(0, 10), 2) },
  ],
});
