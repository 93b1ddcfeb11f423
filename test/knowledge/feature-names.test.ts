import { describe, expect, it } from 'vitest';
import { featureGroups, featureNames } from '../../src/knowledge/feature-names/index.js';
import { getService } from '../../src/knowledge/model.js';
import { tokenize } from '../../src/knowledge/text.js';

describe('feature names catalogue', () => {
  it('names only services srm knows, each in one group', () => {
    const seen = new Map<string, string>();
    for (const [group, names] of Object.entries(featureGroups)) {
      for (const id of Object.keys(names)) {
        expect(getService(id), `${group}: unknown service ${id}`).toBeDefined();
        expect(seen.get(id), `${id} is in ${seen.get(id)} and ${group}`).toBeUndefined();
        seen.set(id, group);
      }
    }
  });

  it('lists each name once per service, none of them only the service name', () => {
    for (const [id, names] of Object.entries(featureNames)) {
      const service = getService(id)!;
      const own = new Set([service.name, ...service.aliases].map((n) => tokenize(n).join(' ')));
      const read = names.map((n) => tokenize(n).join(' '));
      expect(read.filter((n, i) => read.indexOf(n) !== i), `${id}: duplicates`).toEqual([]);
      for (const n of read) {
        expect(n.length, `${id}: an empty name`).toBeGreaterThan(0);
        expect(own.has(n), `${id}: "${n}" is the service's own name`).toBe(false);
      }
    }
  });

  it('reaches the services srm reads names against', () => {
    for (const [id, names] of Object.entries(featureNames)) expect(getService(id)?.features).toEqual(names);
  });
});
