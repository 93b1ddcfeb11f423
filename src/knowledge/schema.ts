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

export const checklistDutySchema = z.object({
  id: kebab,
  title: z.string().min(5),
  description: z.string().min(20),
  areas: z.array(kebab).min(1),
});
export type ChecklistDuty = z.infer<typeof checklistDutySchema>;
