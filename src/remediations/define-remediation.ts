import { z } from 'zod';
import type { AwsClients } from '../aws/clients.js';
import type { CheckResult } from '../checks/types.js';
import type { IngestedRecord } from '../ingest/types.js';
import type { Logger } from '../logger.js';

/** Who must agree before an action runs: the requester alone, or the requester and a second person. */
export type Approval = 'single' | 'four-eyes';
export const approvals = ['single', 'four-eyes'] as const satisfies readonly Approval[];

/**
 * What one remediation acts on, computed by the remediation itself from the
 * record or check result (never from free text, button values or modal input),
 * stored with the alert, and shown in the confirmation modal.
 */
export interface RemediationTarget<P = Record<string, unknown>> {
  /** 12-digit account id the call goes to. */
  account: string;
  /** Region of the call ("us-east-1" for IAM, the event's awsRegion otherwise). */
  region: string;
  /** What a human sees: an ARN or id with a few words ("sg-0abc… ingress tcp/22 from 0.0.0.0/0"). Raw text: renderers escape it. */
  resource: string;
  /** Exactly what the call needs, validated by the definition's paramsSchema. */
  params: P;
}

/** What `run` gets: SDK clients for the target's account and region, built with the remediation role. */
export interface RemediationContext {
  clients: AwsClients;
  logger: Logger;
  signal?: AbortSignal;
}

export interface RemediationOutcome {
  /** One sentence: what was done ("Deactivated access key AKIA… of IAM user alice"). */
  summary: string;
  /** The resource was already in the safe state; nothing was changed. */
  alreadyDone?: boolean;
}

/** An embedded example: a record or a failing check result, and the target it must yield (undefined: none). */
export type RemediationCase<P = unknown> = { name: string; expected: RemediationTarget<P> | undefined } & (
  | { record: IngestedRecord }
  | { result: CheckResult }
);

/** Where an action is offered: CloudTrail "eventSource:eventName", GuardDuty finding types, check ids. */
export interface RemediationSources {
  events?: readonly string[];
  findings?: readonly string[];
  checks?: readonly string[];
}

/**
 * One remediation: the exact AWS call, the IAM permissions its role needs,
 * who must approve, the undo, the impact, and how it finds its target in a
 * record or check result. `run` calls exactly `call` (after cheap reads that
 * tell whether the state is already the safe one), is safe to call twice,
 * and never deletes anything.
 */
export interface RemediationDefinition<P> {
  /** The file basename under remediations/. */
  id: string;
  /** Button and modal text ("Revoke the ingress rule open to the world"). */
  title: string;
  /** The exact API call, as an IAM action ("ec2:RevokeSecurityGroupIngress"). */
  call: string;
  /** Every IAM action `run` needs (the call and its reads), granted by docs/iam-remediation-policy.json. */
  permissions: readonly string[];
  /** The default; config may change it per action. */
  approval: Approval;
  /** How to undo it, in words and the API call that does it. */
  undo: string;
  /** What may break when it runs. */
  impact: string;
  /** Where it is offered, for docs and `srm remediations` (the target still comes from fromRecord/fromCheckResult). */
  sources: RemediationSources;
  /** When it is deliberately not offered, and why (root keys, deleted detectors…). */
  notOffered?: readonly string[];
  paramsSchema: z.ZodType<P>;
  fromRecord?(record: IngestedRecord): RemediationTarget<P> | undefined;
  /** Gets only results with status "fail". */
  fromCheckResult?(result: CheckResult): RemediationTarget<P> | undefined;
  /** The exact call with its arguments, for the confirmation modal. */
  preview(target: RemediationTarget<P>): string;
  run(ctx: RemediationContext, target: RemediationTarget<P>): Promise<RemediationOutcome>;
  cases: readonly RemediationCase<P>[];
}

/** A definition of any params type (what the catalogue holds). */
export type AnyRemediation = RemediationDefinition<unknown>;

export function defineRemediation<P>(definition: RemediationDefinition<P>): RemediationDefinition<P> {
  return definition;
}

/** AWS account ids, regions and the resource text every target carries, checked before it is offered or run. */
export const targetFieldsSchema = z.strictObject({
  account: z.string().regex(/^\d{12}$/, 'expected a 12-digit account id'),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'expected an AWS region like us-east-1'),
  resource: z.string().min(1).max(500),
  params: z.unknown(),
});
