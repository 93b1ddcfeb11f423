import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Area, Duty, Override, Service } from './schema.js';

/**
 * The knowledge base's data, validated. `npm run build` writes a snapshot of
 * it (validated data and the duty search index, write-snapshot.ts) beside the
 * compiled module, so `srm who` starts without validating and indexing again;
 * the snapshot is used only when the hash of the modules it was made from
 * (the data and the code that indexes it) is the hash of those modules now,
 * so an edit without a rebuild is never stale. The data modules themselves
 * are imported only when there is no current snapshot: a current one is
 * recognised from their bytes, which is faster than compiling them.
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
  /** Hash of the modules the snapshot was made from (`dataHash`). */
  hash: string;
  /** Size and modification time of each of those modules when the snapshot was made (`inputStats`). */
  stats?: string;
  /** The duty search index (MiniSearch `toJSON`) and document frequencies, written by rank.ts. */
  index: unknown;
  /** The words of the duties (duty-model.ts `dutyWords`): the matcher's vocabulary. */
  dutyWords: string[];
  /** Check and rule ids with their areas (from the catalogues at build time, coverage.ts). */
  coverage: { checks: { id: string; area: string }[]; rules: { id: string; area: string }[] };
}

/** Bumped when the snapshot's shape or the index options change. */
const snapshotFormat = 3;

/** The modules a snapshot is made from: the raw data and the code that turns it into index terms. */
const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
function snapshotInputs(): URL[] {
  const here = (name: string): URL => new URL(`./${name}${ext}`, import.meta.url);
  const duties = readdirSync(new URL('./duties/', import.meta.url))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => new URL(`./duties/${f}`, import.meta.url));
  return [...['services', 'areas', 'area-ids', 'overrides', 'sources', 'terms', 'rank', 'text', 'duty-model'].map(here), ...duties];
}

/** Hash of the snapshot's input modules (their bytes) and format: the snapshot's key. */
export function dataHash(): string {
  const hash = createHash('sha256').update(String(snapshotFormat));
  const base = new URL('./', import.meta.url).href;
  for (const url of snapshotInputs()) hash.update(url.href.slice(base.length)).update(readFileSync(url));
  return hash.digest('hex');
}

/**
 * Size and modification time of every input module, one string: when they are what they were when the snapshot was
 * made, the snapshot is current without reading and hashing the modules (a start saves reading about 2 MB). Any
 * edit, copy or checkout changes a time, and the hash decides.
 */
export function inputStats(): string {
  const base = new URL('./', import.meta.url).href;
  return snapshotInputs()
    .map((url) => {
      const st = statSync(url);
      return `${url.href.slice(base.length)}:${st.size}:${st.mtimeMs}`;
    })
    .join('|');
}

export const snapshotUrl = new URL('./knowledge-snapshot.json', import.meta.url);

/** Validates the raw data with zod (the slow path, and what the snapshot is made from); zod loads only here. */
export async function validateData(): Promise<KnowledgeData> {
  const [{ z }, { areaSchema, dutySchema, overrideSchema, serviceSchema }, { serviceData }, { areaData }, { overrideData }, { dutyFiles }] = await Promise.all([
    import('zod'),
    import('./schema.js'),
    import('./services.js'),
    import('./areas.js'),
    import('./overrides.js'),
    import('./duties/index.js'),
  ]);
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
    // (written in ASCII only, write-snapshot.ts: read as Latin-1, which decodes faster than UTF-8 and alike)
    raw = readFileSync(snapshotUrl, 'latin1');
  } catch {
    return undefined;
  }
  try {
    const snapshot = JSON.parse(raw) as KnowledgeSnapshot;
    if (snapshot.stats === inputStats()) return snapshot;
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

/** The text of every name srm knows (duty-model.ts `namesText`), written beside the snapshot: read only when a question quotes a name. */
export const namesUrl = new URL('./known-names.txt', import.meta.url);

/** The names file's text when it was written with the loaded snapshot (its first line is the snapshot's hash). */
export function prebuiltKnownNames(): string | undefined {
  if (!snapshot) return undefined;
  let raw: string;
  try {
    raw = readFileSync(namesUrl, 'utf8');
  } catch {
    return undefined;
  }
  const eol = raw.indexOf('\n');
  return eol > 0 && raw.slice(0, eol) === snapshot.hash ? raw.slice(eol + 1) : undefined;
}

/** The prebuilt duty search index, when a current snapshot was loaded. */
export function prebuiltIndex(): unknown {
  return snapshot?.index;
}

/** The duties' words from the snapshot, when one was loaded. */
export function prebuiltDutyWords(): readonly string[] | undefined {
  return snapshot?.dutyWords;
}

/** Check and rule ids per area from the snapshot, when one was loaded. */
export function prebuiltCoverage(): KnowledgeSnapshot['coverage'] | undefined {
  return snapshot?.coverage;
}
