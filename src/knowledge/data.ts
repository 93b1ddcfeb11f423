import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Area, Duty, Override, Service } from './schema.js';

/**
 * The knowledge base's data, validated. `npm run build` writes a snapshot of
 * it (validated data and the duty search index, write-snapshot.ts) beside the
 * compiled module, so `srm who` starts without validating and indexing again
 * (the duties' prose in a file of its own, parsed per duty when read);
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

/** The duty fields the answer reads for the duties it shows, not for ranking: kept out of the snapshot, in the prose file (one line per duty). */
export const proseFields = ['why', 'aws', 'customer', 'tool', 'misconception', 'phrases', 'source'] as const;
type ProseField = (typeof proseFields)[number];
export type DutyCore = Omit<Duty, ProseField>;

export interface KnowledgeSnapshot extends Omit<KnowledgeData, 'duties'> {
  /** The duties without their prose (`proseFields`, read from the prose file when a duty's prose is first read). */
  duties: readonly DutyCore[];
  /** Where each duty's line starts in the prose file, and the file's length. */
  proseStarts: number[];
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
const snapshotFormat = 5;

/** The modules a snapshot is made from: the raw data and the code that turns it into index terms. */
const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
function snapshotInputs(): URL[] {
  const here = (name: string): URL => new URL(`./${name}${ext}`, import.meta.url);
  const inDir = (dir: string): URL[] =>
    readdirSync(new URL(`./${dir}/`, import.meta.url))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => new URL(`./${dir}/${f}`, import.meta.url));
  return [...['services', 'areas', 'area-ids', 'overrides', 'sources', 'terms', 'rank', 'text', 'duty-model'].map(here), ...inDir('duties'), ...inDir('feature-names')];
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

/**
 * The duties' prose (`proseFields`), written beside the snapshot: the snapshot's hash on the first line, then one
 * JSON object per duty in the snapshot's order (ASCII). Parsing it whole at every start cost as much as the rest of the
 * snapshot; an answer shows a few duties, so each duty's line is parsed when its prose is first read.
 */
export const proseUrl = new URL('./knowledge-prose.jsonl', import.meta.url);

/** The snapshot's duties, and the prose file (ASCII) with the offset of each duty's line and of its end (write-snapshot.ts). */
export function splitProse(duties: readonly Duty[], hash: string): { cores: DutyCore[]; text: string; starts: number[] } {
  const cores: DutyCore[] = [];
  let text = `${hash}\n`;
  const starts: number[] = [];
  for (const d of duties) {
    const core: Record<string, unknown> = { ...d };
    const prose: Record<string, unknown> = {};
    for (const f of proseFields) {
      prose[f] = d[f];
      delete core[f];
    }
    cores.push(core as DutyCore);
    starts.push(text.length);
    text += `${asciiJson(prose)}\n`;
  }
  starts.push(text.length);
  return { cores, text, starts };
}

/** JSON in ASCII only (other characters as \\u escapes): reading it back as Latin-1 skips the slow UTF-8 decode. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The snapshot's duties as full duties: the prose fields are getters on a shared prototype that parse the duty's
 * line of the prose file the first time one is read, and then put the values on the duty itself. (Getters on each
 * duty cost 15 ms at start; one prototype costs a pointer per duty.) The file is read as bytes; only a duty's own
 * line is decoded, found by the offsets the snapshot records.
 */
function withLazyProse(cores: readonly DutyCore[], hash: string, starts: readonly number[]): Duty[] | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(proseUrl);
  } catch {
    return undefined;
  }
  if (starts.length !== cores.length + 1 || bytes.length !== starts.at(-1) || bytes.toString('latin1', 0, hash.length + 1) !== `${hash}\n`) return undefined;
  const lineOf = new Map(cores.map((d, i) => [d, i]));
  const load = (duty: DutyCore): Record<string, unknown> => {
    const i = lineOf.get(duty);
    if (i === undefined) throw new Error(`duty ${duty.id} has no prose in ${proseUrl.pathname}`);
    const prose = JSON.parse(bytes.toString('latin1', starts[i], starts[i + 1])) as Record<string, unknown>;
    for (const f of proseFields) Object.defineProperty(duty, f, { value: prose[f], enumerable: prose[f] !== undefined });
    return prose;
  };
  const getters = Object.fromEntries(proseFields.map((f) => [f, { get(this: DutyCore) { return load(this)[f]; } }]));
  // JSON.stringify of a duty whose prose was not read yet still prints it all (spread and Object.keys see only what was read)
  const toJSON = { value(this: DutyCore) { if (!Object.hasOwn(this, 'why')) load(this); return { ...this }; } };
  const proto: object = Object.create(Object.prototype, { ...getters, toJSON });
  for (const d of cores) Object.setPrototypeOf(d, proto);
  return cores as Duty[];
}

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

function readSnapshot(): (KnowledgeSnapshot & { full: KnowledgeData }) | undefined {
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
    if (snapshot.stats !== inputStats() && snapshot.hash !== dataHash()) return undefined;
    const duties = withLazyProse(snapshot.duties, snapshot.hash, snapshot.proseStarts);
    return duties ? { ...snapshot, full: { services: snapshot.services, areas: snapshot.areas, overrides: snapshot.overrides, duties } } : undefined;
  } catch {
    return undefined;
  }
}

const snapshot = readSnapshot();
const data: KnowledgeData = snapshot?.full ?? (await validateData());

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
    // (words of a-z and 0-9 only, duty-model.ts `namesText`: Latin-1 decodes them faster than UTF-8, alike)
    raw = readFileSync(namesUrl, 'latin1');
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
