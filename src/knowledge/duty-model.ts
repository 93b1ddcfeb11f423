import { knowledgeData } from './data.js';
import { getArea, getService } from './model.js';
import type { Condition, Duty } from './schema.js';

export type { Condition, Duty };

const duties: readonly Duty[] = knowledgeData().duties;
const dutyById = new Map<string, Duty>();

for (const d of duties) {
  if (dutyById.has(d.id)) throw new Error(`knowledge: duty id ${d.id} is defined twice`);
  dutyById.set(d.id, d);
  if (!getArea(d.area)) throw new Error(`knowledge: duty ${d.id} names unknown area ${d.area}`);
  for (const s of d.services) if (!getService(s)) throw new Error(`knowledge: duty ${d.id} names unknown service ${s}`);
}

export function listDuties(): readonly Duty[] {
  return duties;
}

export function getDuty(id: string): Duty | undefined {
  return dutyById.get(id);
}

/** The owner a duty has under AWS's default setting (its `owner`, validated against its conditions). */
export function defaultCondition(duty: Duty): Condition | undefined {
  return duty.conditions.find((c) => c.default);
}
