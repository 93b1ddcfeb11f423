import { z } from 'zod';

/** The zod schemas the knowledge data is validated with at load (src/knowledge/model.ts). */

export const models = ['infrastructure', 'container', 'abstracted'] as const;
export type ServiceModel = (typeof models)[number];

export const owners = ['aws', 'customer', 'shared'] as const;

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');
const phrase = z.string().trim().min(1).max(80);

export const sourceSchema = z.object({
  title: z.string().min(3),
  url: z.string().url().startsWith('https://'),
});
export type Source = z.infer<typeof sourceSchema>;

export const serviceSchema = z.object({
  id: kebab,
  name: z.string().min(2),
  aliases: z.array(phrase),
  model: z.enum(models),
  layer: z.enum(['IaaS', 'PaaS', 'SaaS']),
  /** The service's "Security in <service>" user-guide page. */
  securityDoc: sourceSchema,
  /** A tool or platform other services are asked about ("RDS on EC2", "S3 with KMS"): yields to a primary service. */
  supporting: z.boolean().default(false),
  /** Runs on the customer's premises (Outposts, Snow): left out when an area's single owner is computed. */
  customerPremises: z.boolean().default(false),
  /** For a tool service (GuardDuty, KMS…): the area a question naming only the tool is about. */
  toolFor: kebab.optional(),
  /** The area a bare "who patches <service>" means; guest OS patching unless said otherwise. */
  patchArea: kebab.default('guest-os-patching'),
  /**
   * Names of the service's real features and options as its user guide writes them ("Intelligent-Tiering", "Origin
   * Shield"): a name of these is a feature srm may have no duty for, never one made up (features.ts).
   */
  features: z.array(phrase).default([]),
});
export type ServiceInput = z.input<typeof serviceSchema>;
export type Service = z.infer<typeof serviceSchema>;

export const responsibilitySchema = z.object({
  owner: z.enum(owners),
  /** One or two sentences; `{service}` is replaced by the service's name. */
  why: z.string().min(20),
  /** What AWS does. */
  aws: z.array(z.string().min(5)).min(1),
  /** What the customer does, naming the AWS tool that helps. */
  customer: z.array(z.string().min(5)).min(1),
  sources: z.array(sourceSchema).default([]),
});
export type ResponsibilityInput = z.input<typeof responsibilitySchema>;
export type ResponsibilityData = z.infer<typeof responsibilitySchema>;

/**
 * A narrower reading of an area that has its own answer for every service ("DDoS protection" →
 * the Shield Standard part AWS runs for everyone). The words that select it are in lexicon.ts
 * (`refinementCues`); the area id of the answer stays the area's.
 */
export const refinementSchema = z.object({
  id: kebab,
  name: z.string().min(3),
  answer: responsibilitySchema,
});
export type Refinement = z.infer<typeof refinementSchema>;

export const areaSchema = z
  .object({
    id: kebab,
    name: z.string().min(3),
    /** Phrases people type for this area ("patch the os", "mfa", "sg"). */
    aliases: z.array(phrase).min(1),
    sources: z.array(sourceSchema).min(1),
    /** Defaults by model; `all` stands for every model not listed. */
    defaults: z.object({
      all: responsibilitySchema.optional(),
      infrastructure: responsibilitySchema.optional(),
      container: responsibilitySchema.optional(),
      abstracted: responsibilitySchema.optional(),
    }),
    refinements: z.array(refinementSchema).default([]),
  })
  .refine((a) => models.every((m) => a.defaults[m] ?? a.defaults.all), {
    message: 'every model needs a default (or an `all` default)',
  });
export type AreaInput = z.input<typeof areaSchema>;
export type Area = z.infer<typeof areaSchema>;

export const overrideSchema = responsibilitySchema.extend({
  service: kebab,
  area: kebab,
});
export type OverrideInput = z.input<typeof overrideSchema>;
export type Override = z.infer<typeof overrideSchema>;

export const checklistDutySchema = z.object({
  id: kebab,
  title: z.string().min(5),
  description: z.string().min(20),
  areas: z.array(kebab).min(1),
});
export type ChecklistDuty = z.infer<typeof checklistDutySchema>;

/**
 * A setting that decides a duty's owner ("Auto runtime update mode", "managed node groups"). `cues` are
 * the words a question uses to state it; the longest cue found in a question wins.
 */
export const conditionSchema = z.object({
  /** The setting as AWS names it. */
  when: z.string().min(3).max(160),
  owner: z.enum(owners),
  /** AWS's default setting (at most one per duty). */
  default: z.boolean().default(false),
  cues: z.array(phrase).min(1),
  /** What AWS and the customer do under this setting, one line. */
  detail: z.string().min(10),
});
export type ConditionInput = z.input<typeof conditionSchema>;
export type Condition = z.infer<typeof conditionSchema>;

/**
 * One duty as AWS documents it for a service (or for AWS itself / the model in general when `services`
 * is empty): who owns it, the settings that flip it, what each side does, the tool that helps and the
 * page that says so. A duty belongs to one area, the coarse index checks and rules attach to.
 */
export const dutySchema = z
  .object({
    id: kebab,
    /** Service ids the duty is documented for; empty: AWS itself or the model in general. */
    services: z.array(kebab).default([]),
    area: kebab,
    name: z.string().min(3).max(100),
    /** The owner; with conditions, the owner under AWS's default setting, else `shared`. */
    owner: z.enum(owners),
    /** Why, in one or two sentences an auditor can quote. */
    why: z.string().min(20),
    /** What AWS does. */
    aws: z.string().min(5),
    /** What the customer does. */
    customer: z.string().min(5),
    /** The AWS tool or feature that helps the customer with it. */
    tool: z.string().min(2).optional(),
    /** A common wrong belief this duty corrects, answered in the note ("the tool is AWS's, patching is yours"). */
    misconception: z.string().min(10).optional(),
    /** How people name the duty: short phrases, indexed for ranking (not the test phrasings). */
    phrases: z.array(phrase).min(2),
    conditions: z.array(conditionSchema).default([]),
    /**
     * About AWS's own infrastructure only (incidents in it, testing of it): ranked only for a question that
     * names that infrastructure (rank.ts aboutAwsItself), so an incident on the customer's instance is not it.
     */
    awsItselfOnly: z.boolean().optional(),
    source: sourceSchema,
  })
  .superRefine((d, ctx) => {
    if (d.conditions.length === 0) return;
    const defaults = d.conditions.filter((c) => c.default);
    if (defaults.length > 1) ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'at most one default setting' });
    const expected = defaults[0]?.owner ?? 'shared';
    if (d.owner !== expected) ctx.addIssue({ code: 'custom', path: ['owner'], message: `with conditions the owner is the default setting's owner, else shared (expected ${expected})` });
    if (new Set(d.conditions.map((c) => c.owner)).size < 2) ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'conditions must flip the owner (two owners at least)' });
  });
export type DutyInput = z.input<typeof dutySchema>;
export type Duty = z.infer<typeof dutySchema>;
