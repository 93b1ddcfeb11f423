import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { areaData } from './areas.js';
import { dutyFiles } from './duties/index.js';
import { overrideData } from './overrides.js';
import type { Area, Duty, Override, Service } from './schema.js';
import { serviceData } from './services.js';

/**
 * The knowledge base's data, validated. `npm run build` writes a snapshot of
 * it (validated data and the duty search index, write-snapshot.ts) beside the
 * compiled module, so `srm who` starts without validating and indexing again;
 * the snapshot is used only when the hash of the data it was made from is the
 * hash of the data loaded now, so an edit without a rebuild is never stale.
 * Without a snapshot (tests, `tsc` without the build script) the data is
 * validated here with zod, and a bad entry stops the process at load.
 */

export type { Override };

export interface KnowledgeData {
  services: readonly Service[];
  areas: readonly Area[];
  overrides: readonly Override[];
  duties: readonly Duty[];
}

export interface KnowledgeSnapshot extends KnowledgeData {
  /** Hash of the raw data the snapshot was made from (`dataHash`). */
  hash: string;
  /** The duty search index (MiniSearch `toJSON`) and document frequencies, written by rank.ts. */
  index: unknown;
  /** Check and rule ids with their areas (from the catalogues at build time, coverage.ts). */
  coverage: { checks: { id: string; area: string }[]; rules: { id: string; area: string }[] };
}

/** Bumped when the snapshot's shape or the index options change. */
const snapshotFormat = 1;

/** Hash of the raw (unvalidated) data: the snapshot's key. */
export function dataHash(): string {
  return createHash('sha256').update(JSON.stringify([snapshotFormat, serviceData, areaData, overrideData, dutyFiles])).digest('hex');
}

export const snapshotUrl = new URL('./knowledge-snapshot.json', import.meta.url);

/** Validates the raw data with zod (the slow path, and what the snapshot is made from); zod loads only here. */
export async function validateData(): Promise<KnowledgeData> {
  const [{ z }, { areaSchema, dutySchema, overrideSchema, serviceSchema }] = await Promise.all([import('zod'), import('./schema.js')]);
  return {
    services: z.array(serviceSchema).parse(serviceData),
    areas: z.array(areaSchema).parse(areaData),
    overrides: z.array(overrideSchema).parse(overrideData),
    duties: z.array(dutySchema).parse(dutyFiles.flat()),
  };
}

function readSnapshot(): KnowledgeSnapshot | undefined {
  if (process.env.SRM_KNOWLEDGE_SNAPSHOT === 'off') return undefined;
  let raw: string;
  try {
    raw = readFileSync(snapshotUrl, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const snapshot = JSON.parse(raw) as KnowledgeSnapshot;
    return snapshot.hash === dataHash() ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

const snapshot = readSnapshot();
const data: KnowledgeData = snapshot ?? (await validateData());

export function knowledgeData(): KnowledgeData {
  return data;
}

/** The prebuilt duty search index, when a current snapshot was loaded. */
export function prebuiltIndex(): unknown {
  return snapshot?.index;
}

/** Check and rule ids per area from the snapshot, when one was loaded. */
export function prebuiltCoverage(): KnowledgeSnapshot['coverage'] | undefined {
  return snapshot?.coverage;
}
