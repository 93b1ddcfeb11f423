import { knowledgeData } from './data.js';
import type { Area, Refinement, ResponsibilityData, Service, ServiceModel, Source } from './schema.js';
import { src } from './sources.js';

export type { Area, Refinement, Service, ServiceModel, Source };
export type Owner = ResponsibilityData['owner'];

/** One (service, area) answer, resolved from the model default and any override. */
export interface Responsibility {
  service: Service;
  area: Area;
  owner: Owner;
  why: string;
  awsResponsibilities: string[];
  customerActions: string[];
  sources: Source[];
  /** True when an override for this service says so, false when the model default applies. */
  overridden: boolean;
}

const { services, areas, overrides } = knowledgeData();

const serviceById = new Map(services.map((s) => [s.id, s]));
const areaById = new Map(areas.map((a) => [a.id, a]));
const overrideByKey = new Map(overrides.map((o) => [`${o.service}/${o.area}`, o]));

for (const o of overrides) {
  if (!serviceById.has(o.service)) throw new Error(`knowledge: override names unknown service ${o.service}`);
  if (!areaById.has(o.area)) throw new Error(`knowledge: override names unknown area ${o.area}`);
}
for (const s of services) {
  if (!areaById.has(s.patchArea)) throw new Error(`knowledge: service ${s.id} patchArea ${s.patchArea} is not an area`);
  if (s.toolFor && !areaById.has(s.toolFor)) throw new Error(`knowledge: service ${s.id} toolFor ${s.toolFor} is not an area`);
}

for (const a of areas) {
  if (new Set(a.refinements.map((x) => x.id)).size !== a.refinements.length) throw new Error(`knowledge: area ${a.id} repeats a refinement id`);
}

export function listServices(): readonly Service[] {
  return services;
}

let idWords: ReadonlyMap<string, Service> | undefined;
/** Services by their id written as words ("guardduty", "kms", "direct connect", "security hub"). */
export function servicesByIdWords(): ReadonlyMap<string, Service> {
  idWords ??= new Map(services.map((s): [string, Service] => [s.id.replace(/-/g, ' '), s]));
  return idWords;
}

export function listAreas(): readonly Area[] {
  return areas;
}

export function getService(id: string): Service | undefined {
  return serviceById.get(id);
}

export function getArea(id: string): Area | undefined {
  return areaById.get(id);
}

/** A refinement of an area (a narrower reading with its own answer), or undefined. */
export function getRefinement(areaId: string, refinementId: string): Refinement | undefined {
  return areaById.get(areaId)?.refinements.find((x) => x.id === refinementId);
}

/** The area's display name, or the id made readable when the knowledge base does not define it. */
export function areaName(id: string): string {
  const area = areaById.get(id);
  if (area) return area.name;
  const text = id.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dedupe(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}

/** The model default of an area (the per-model entry, else `all`). */
export function areaDefault(area: Area, model: ServiceModel): ResponsibilityData {
  const d = area.defaults[model] ?? area.defaults.all;
  if (!d) throw new Error(`knowledge: area ${area.id} has no default for ${model}`);
  return d;
}

/** Resolved cells by service id, then `area` or `area#refinement` (a hit builds no key string: an answer looks up hundreds). */
const cache = new Map<string, Map<string, Responsibility>>();

/**
 * Who owns `areaId` for `serviceId`; throws for ids the knowledge base does not define. With a
 * `refinementId` (a narrower reading of the area, areas.ts `refinements`) the refinement's answer
 * applies instead of the model default and overrides.
 */
export function resolve(serviceId: string, areaId: string, refinementId?: string): Responsibility {
  const cell = refinementId ? `${areaId}#${refinementId}` : areaId;
  let byCell = cache.get(serviceId);
  const hit = byCell?.get(cell);
  if (hit) return hit;
  const key = `${serviceId}/${cell}`;
  const service = serviceById.get(serviceId);
  const area = areaById.get(areaId);
  if (!service) throw new Error(`knowledge: unknown service ${serviceId}`);
  if (!area) throw new Error(`knowledge: unknown area ${areaId}`);
  const refinement = refinementId ? area.refinements.find((x) => x.id === refinementId) : undefined;
  if (refinementId && !refinement) throw new Error(`knowledge: area ${areaId} has no refinement ${refinementId}`);
  const override = refinement ? undefined : overrideByKey.get(key);
  const base = refinement?.answer ?? override ?? areaDefault(area, service.model);
  const fill = (text: string): string => text.replaceAll('{service}', service.name);
  const result: Responsibility = {
    service,
    area,
    owner: base.owner,
    why: fill(base.why),
    awsResponsibilities: base.aws.map(fill),
    customerActions: base.customer.map(fill),
    sources: dedupe([...base.sources, service.securityDoc, ...area.sources, src.srm]),
    overridden: override !== undefined,
  };
  if (!byCell) cache.set(serviceId, (byCell = new Map()));
  byCell.set(cell, result);
  return result;
}

export interface AreaOwners {
  uniform: Owner | null;
  byService: ReadonlyMap<string, Owner>;
  exceptions: readonly Service[];
}
const ownersCache = new Map<string, AreaOwners>();

/**
 * Owners of one area across services, and the single owner when all (off-premises) services agree. Made
 * once per area and refinement (the model does not change): an answer asks for it per candidate area.
 */
export function areaOwners(areaId: string, refinementId?: string): AreaOwners {
  const cell = refinementId ? `${areaId}#${refinementId}` : areaId;
  let owners = ownersCache.get(cell);
  if (!owners) ownersCache.set(cell, (owners = computeAreaOwners(areaId, refinementId)));
  return owners;
}

function computeAreaOwners(areaId: string, refinementId?: string): AreaOwners {
  const byService = new Map<string, Owner>();
  const counts = new Map<Owner, number>();
  for (const s of services) {
    const owner = resolve(s.id, areaId, refinementId).owner;
    byService.set(s.id, owner);
    if (!s.customerPremises) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  const uniform = counts.size === 1 ? ([...counts.keys()][0] ?? null) : null;
  const exceptions = uniform ? services.filter((s) => byService.get(s.id) !== uniform) : [];
  return { uniform, byService, exceptions };
}

/** AWS's three service models (the schema's `models`, without loading zod). */
export const models = ['infrastructure', 'container', 'abstracted'] as const satisfies readonly ServiceModel[];
