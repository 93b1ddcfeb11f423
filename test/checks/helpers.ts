import { createAwsClients, type AwsClients } from '../../src/aws/clients.js';
import type { Check } from '../../src/checks/define-check.js';
import { runCheck } from '../../src/checks/run.js';
import type { CheckResult } from '../../src/checks/types.js';

export const account = '123456789012';
export const region = 'us-east-1';
export const now = new Date('2026-11-23T12:00:00Z');

/** Real SDK clients with static dummy credentials; tests mock the ones a check uses. */
export function testClients(r = region): AwsClients {
  return createAwsClients(
    { region: r },
    { credentials: async () => ({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }), maxAttempts: 1 },
  );
}

/** An SDK-shaped service error (what the client throws after parsing an error response). */
export function awsError(name: string, status = 400, message = `${name} (test)`): Error {
  return Object.assign(new Error(message), { name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status } });
}

export const accessDenied = (action: string): Error =>
  awsError('AccessDenied', 403, `User: arn:aws:iam::${account}:user/alice is not authorized to perform: ${action}`);

export function run(check: Check, clients: AwsClients, r = region): Promise<CheckResult[]> {
  return runCheck(check, { account, region: r }, clients, { now, sleep: async () => {} });
}

/** The parts of results a test asserts on. */
export function brief(results: CheckResult[]): { resource: string; status: string; region: string }[] {
  return results.map(({ resource, status, region: rg }) => ({ resource, status, region: rg }));
}

export function daysAgo(days: number): string {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
