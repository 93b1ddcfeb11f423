import { areaOwners, getArea } from '../knowledge/model.js';
import type { AreaInfo } from '../slack/blocks/alert.js';

const cache = new Map<string, AreaInfo | undefined>();

/**
 * The responsibility area as the knowledge base describes it, for the alert
 * message: its name, who owns it across services (shared when services
 * differ), and why. Undefined when the knowledge base does not know the id
 * (the message then shows the raw id).
 */
export function areaInfo(id: string): AreaInfo | undefined {
  if (cache.has(id)) return cache.get(id);
  let info: AreaInfo | undefined;
  const area = getArea(id);
  if (area) {
    const owners = areaOwners(id);
    const d = area.defaults.all ?? area.defaults.infrastructure ?? Object.values(area.defaults).find(Boolean);
    const why = d?.why.replaceAll('{service}', 'the service');
    info = { id, name: area.name, owner: owners.uniform ?? 'shared', ...(why ? { why } : {}) };
  }
  cache.set(id, info);
  return info;
}
