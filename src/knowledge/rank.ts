import MiniSearch from 'minisearch';
import { listDuties, type Duty } from './duty-model.js';
import { comparedAt, deniedAside, inServiceName, namedOutright, negatedAt, servicesNamed, type ParsedQuestion, type ServiceHit } from './matcher.js';
import { prebuiltIndex } from './data.js';
import { aloneMentions, genericTechAliases, reasonConjunctions, serviceMentions } from './lexicon.js';
import { listAreas, listServices, type Area } from './model.js';
import { containsPhrase, indexText, termsOfWords, type Term } from './terms.js';

/**
 * Ranks duties (and areas, the coarse fallback) for a parsed question with
 * BM25 full-text search (MiniSearch) over each duty's name, phrases, setting
 * cues and statements, then weighs the result by the service the question
 * names and the area the question grammar chose. The ranker never decides
 * an owner: answer.ts does, and refuses when the best is not clearly ahead.
 */

interface Doc {
  id: string;
  name: string;
  phrases: string;
  cues: string;
  text: string;
}

interface Scored {
  score: number;
  /** The question words that matched, as written (after typo correction). */
  words: string[];
  /** The index terms that matched. */
  terms: string[];
}
export type Candidate = ({ kind: 'duty'; duty: Duty } & Scored) | ({ kind: 'area'; area: Area } & Scored);

const dutyDoc = (d: Duty): Doc => ({
  id: `d:${d.id}`,
  name: indexText(d.name),
  phrases: d.phrases.map(indexText).join(' '),
  cues: d.conditions.flatMap((c) => c.cues.map((q) => q.replaceAll('+', ' '))).map(indexText).join(' '),
  text: [d.why, d.aws, d.customer, d.tool ?? '', d.misconception ?? ''].map(indexText).join(' '),
});

const areaDoc = (a: Area): Doc => ({ id: `a:${a.id}`, name: indexText(a.name), phrases: a.aliases.map(indexText).join(' '), cues: '', text: '' });

const dutyById = new Map(listDuties().map((d) => [`d:${d.id}`, d]));
const areaById = new Map(listAreas().map((a) => [`a:${a.id}`, a]));

const indexOptions = {
  fields: ['name', 'phrases', 'cues', 'text'],
  idField: 'id',
  // Documents and queries are already processed into terms by terms.ts.
  tokenize: (s: string) => s.split(' ').filter(Boolean),
  processTerm: (t: string) => t,
  searchOptions: { boost: { name: 1.5, phrases: 2, cues: 0.6, text: 0.35 }, combineWith: 'OR' as const, prefix: false, fuzzy: false },
};

type MiniSearchJS = Parameters<typeof MiniSearch.loadJS>[0];
type Postings = Record<string, Record<string, number>>;

interface IndexSnapshot {
  /**
   * MiniSearch's `toJSON()` as an object (`loadJS`), not a string parsed a second time, except that each term's
   * postings are their JSON text: parsed when the term is first searched (`internalsFromJS`), so a start does
   * not make the objects of every posting list (they were most of the snapshot's parse and its garbage).
   */
  minisearch: Omit<MiniSearchJS, 'index'> & { index: [string, string][] };
  documentFrequency: [string, number][];
  documentCount: number;
}

function buildIndex(): { index: MiniSearch<Doc>; documentFrequency: Map<string, number>; documentCount: number } {
  const docs = [...listDuties().map(dutyDoc), ...listAreas().map(areaDoc)];
  const index = new MiniSearch<Doc>(indexOptions);
  index.addAll(docs);
  const documentFrequency = new Map<string, number>();
  for (const d of docs) {
    for (const t of new Set(`${d.name} ${d.phrases} ${d.cues} ${d.text}`.split(' ').filter(Boolean))) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  }
  return { index, documentFrequency, documentCount: docs.length };
}

const prebuilt = prebuiltIndex() as IndexSnapshot | undefined;
const built = prebuilt ? undefined : buildIndex();
const documentFrequency = built?.documentFrequency ?? new Map(prebuilt?.documentFrequency);
const documentCount = built?.documentCount ?? prebuilt?.documentCount ?? 0;
let loaded: MiniSearch<Doc> | undefined = built?.index;
/** The MiniSearch index: built here without a snapshot, else loaded from it only when MiniSearch's own search is asked for. */
function miniSearch(): MiniSearch<Doc> {
  if (!loaded) {
    const js = prebuilt!.minisearch;
    loaded = MiniSearch.loadJS<Doc>({ ...js, index: js.index.map(([term, postings]) => [term, JSON.parse(postings) as Postings]) }, indexOptions);
  }
  return loaded;
}

/** A search's results, best first (MiniSearch's SearchResult: the fields ranking reads), each made when read. */
export interface IndexHits {
  readonly length: number;
  id(i: number): string;
  score(i: number): number;
  /** The query terms the document matched, in the query's order. */
  queryTerms(i: number): string[];
}

/** MiniSearch 7's index, as its own search reads it. */
export interface IndexInternals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentIds: Map<number, string>;
  _documentCount: number;
  _options: { searchOptions: { bm25: { k: number; b: number; d: number } } };
}

function internalsOf(i: MiniSearch<Doc>): IndexInternals | undefined {
  const x = i as unknown as Partial<IndexInternals>;
  const ok =
    typeof x._index?.get === 'function' && typeof x._fieldIds === 'object' && Array.isArray(x._avgFieldLength) && x._fieldLength instanceof Map && x._documentIds instanceof Map && typeof x._documentCount === 'number' && typeof x._options?.searchOptions?.bm25?.k === 'number';
  return ok ? (x as IndexInternals) : undefined;
}

/** MiniSearch 7's `toJSON()` (serialization version 2): what the snapshot stores. */
interface IndexJS {
  documentCount: number;
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  /** Each term's postings, as an object or as its JSON text (IndexSnapshot). */
  index: [string, Postings | string][];
  serializationVersion: number;
}

const numericMap = <V>(o: Record<string, V>): Map<number, V> => new Map(Object.entries(o).map(([k, v]) => [Number.parseInt(k, 10), v]));

/**
 * The index as MiniSearch's `loadJS` would lay it out, read straight from its JSON, without the radix tree
 * `loadJS` builds for prefix and fuzzy search (neither is used here; it was most of `srm who`'s start-up): a
 * term's postings become maps on its first search, as `loadJS` makes them (keys parsed in the same order).
 * Undefined for another serialization version.
 */
export function internalsFromJS(js: unknown): IndexInternals | undefined {
  const ix = indexFromJS(js);
  if (ix) readOnlyIndexes.add(ix);
  return ix;
}

/**
 * Indexes read from a snapshot (internalsFromJS): nothing is ever added to them, so a search may keep what it
 * derives from their maps (flatPostings, fieldLengthTable). A live MiniSearch may change under a search.
 */
const readOnlyIndexes = new WeakSet<IndexInternals>();

/** A term's postings in one field as two arrays, in the map's order: a loop over them instead of a Map.forEach with a callback per posting. */
interface FlatPostings {
  docs: Int32Array;
  freqs: Float64Array;
  /**
   * Each posting's BM25 score before boosts (searchIndexWith's `raw`), made on the first search of the term in this
   * field: every number it is computed from is fixed in a read-only index. Null until then.
   */
  raw: Float64Array | null;
}
const flatPostingsOf = new WeakMap<Map<number, number>, FlatPostings>();
function flatPostings(freqs: Map<number, number>): FlatPostings {
  let flat = flatPostingsOf.get(freqs);
  if (!flat) {
    flat = { docs: new Int32Array(freqs.size), freqs: new Float64Array(freqs.size), raw: null };
    let i = 0;
    for (const [doc, freq] of freqs) {
      flat.docs[i] = doc;
      flat.freqs[i++] = freq;
    }
    flatPostingsOf.set(freqs, flat);
  }
  return flat;
}

/** Each document's field lengths in one array (document × fields + field), instead of a Map lookup per posting. */
const fieldLengthTables = new WeakMap<IndexInternals, { fields: number; lengths: Float64Array }>();
function fieldLengthTable(ix: IndexInternals): { fields: number; lengths: Float64Array } {
  let table = fieldLengthTables.get(ix);
  if (!table) {
    const fields = Math.max(0, ...Object.values(ix._fieldIds)) + 1;
    // NaN where a document has no length for a field, as the Map's undefined would give in the arithmetic
    const lengths = new Float64Array(slots * fields).fill(NaN);
    for (const [doc, ls] of ix._fieldLength) for (let f = 0; f < fields; f++) if (ls[f] !== undefined) lengths[doc * fields + f] = ls[f]!;
    table = { fields, lengths };
    fieldLengthTables.set(ix, table);
  }
  return table;
}

function indexFromJS(js: unknown): IndexInternals | undefined {
  const x = js as Partial<IndexJS>;
  if (x.serializationVersion !== 2 || !Array.isArray(x.index) || !x.documentIds || !x.fieldIds || !x.fieldLength || !Array.isArray(x.averageFieldLength) || typeof x.documentCount !== 'number') return undefined;
  const raw = new Map(x.index);
  const postings = new Map<string, Map<number, Map<number, number>>>();
  return {
    _index: {
      get(term: string) {
        let data = postings.get(term);
        if (!data) {
          const stored = raw.get(term);
          if (!stored) return undefined;
          const entry = typeof stored === 'string' ? (JSON.parse(stored) as Postings) : stored;
          data = new Map(Object.keys(entry).map((field) => [Number.parseInt(field, 10), numericMap(entry[field]!)]));
          postings.set(term, data);
        }
        return data;
      },
    },
    _fieldIds: x.fieldIds,
    _avgFieldLength: x.averageFieldLength,
    _fieldLength: numericMap(x.fieldLength),
    _documentIds: numericMap(x.documentIds),
    _documentCount: x.documentCount,
    // MiniSearch's BM25 parameters for these options, from an empty index (cheap)
    _options: (new MiniSearch<Doc>(indexOptions) as unknown as IndexInternals)._options,
  };
}

const internals = built ? internalsOf(built.index) : prebuilt ? internalsFromJS(prebuilt.minisearch) : undefined;
const fieldBoosts = indexOptions.fields.map((f): [string, number] => [f, (indexOptions.searchOptions.boost as Record<string, number>)[f] || 1]);
const maxTerms = 30;
/** Per short document id, reused by every search: its score so far, its score for the current term, its boost (NaN: not asked yet), and the terms it matched (bit t: terms[t]). */
const slots = internals ? Math.max(0, ...internals._documentIds.keys()) + 1 : 0;
const totalOf = new Float64Array(slots);
const termScoreOf = new Float64Array(slots);
const boostOf = new Float64Array(slots).fill(NaN);
const hitsOf = new Uint32Array(slots);

/** MiniSearch's own search, as IndexHits (searchIndex's fallback, and what tests hold it to). */
export function miniSearchHits(terms: readonly string[], boostTerm: (term: string) => number, boostDocument: (id: string) => number): IndexHits {
  const results = miniSearch().search(terms.join(' '), { boostTerm, boostDocument });
  return { length: results.length, id: (i) => results[i]!.id as string, score: (i) => results[i]!.score, queryTerms: (i) => results[i]!.queryTerms };
}

/**
 * `index.search(terms.join(' '), { boostTerm, boostDocument })` with OR, no
 * prefix and no fuzzy (indexOptions), computed from MiniSearch's own index
 * as its search computes it: the same BM25 per term and field, added up in
 * the same order (a term's fields in turn, then the terms in turn), the
 * documents in the order they came, best first with ties kept in that order.
 * Without the objects, maps and arrays its search makes per term, field and
 * document (about 250 KiB per answer, most of an answer's garbage), and a
 * document's boost asked once per search instead of once per term and
 * field. Falls back to index.search when the index is not laid out as this
 * expects (another MiniSearch) or a question has more than 30 terms.
 */
export function searchIndex(queryTerms: readonly string[], boostTerm: (term: string) => number, boostDocument: (id: string) => number, boostSlot?: (doc: number) => number): IndexHits {
  return searchIndexWith(internals, queryTerms, boostTerm, boostDocument, boostSlot);
}

/**
 * searchIndex over the given layout of the index (tests hold the snapshot's layout to MiniSearch's). `boostSlot`,
 * for the index this module searches only, is `boostDocument` asked by the document's short id: the same boost
 * without looking its id up.
 */
export function searchIndexWith(
  ix: IndexInternals | undefined,
  queryTerms: readonly string[],
  boostTerm: (term: string) => number,
  boostDocument: (id: string) => number,
  boostSlot?: (doc: number) => number,
): IndexHits {
  // the terms as MiniSearch's tokenizer reads the query
  const terms = queryTerms.join(' ').split(' ').filter(Boolean);
  if (!ix || (ix !== internals && Math.max(0, ...ix._documentIds.keys()) >= slots) || terms.length > maxTerms || new Set(terms).size !== terms.length) return miniSearchHits(queryTerms, boostTerm, boostDocument);
  const { _index, _fieldIds, _avgFieldLength, _fieldLength, _documentIds, _documentCount: documentCount } = ix;
  const { k, b, d } = ix._options.searchOptions.bm25;
  const readOnly = readOnlyIndexes.has(ix);
  const bySlot = ix === internals ? boostSlot : undefined;
  const table = readOnly ? fieldLengthTable(ix) : undefined;
  const order: number[] = [];
  const touched: number[] = [];
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    const data = _index.get(term);
    if (!data) continue;
    const bit = 1 << t;
    const termBoost = boostTerm(term);
    touched.length = 0;
    for (let f = 0; f < fieldBoosts.length; f++) {
      const [field, fieldBoost] = fieldBoosts[f]!;
      const fieldId = _fieldIds[field]!;
      const freqs = data.get(fieldId);
      if (!freqs) continue;
      const matching = freqs.size;
      const avgFieldLength = _avgFieldLength[fieldId]!;
      // MiniSearch's calcBM25Score, term by term as it writes it; the parts that do not depend on the
      // document are computed once per term and field (the same numbers, in the same order of operations)
      const invDocFreq = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
      const boosts = 1 * termBoost * fieldBoost;
      if (readOnly) {
        const flat = flatPostings(freqs);
        const docs = flat.docs;
        let raws = flat.raw;
        if (!raws) {
          // the same numbers `posting` computes, once per term and field for every search after
          raws = new Float64Array(docs.length);
          for (let i = 0; i < docs.length; i++) {
            const termFreq = flat.freqs[i]!;
            const fieldLength = table!.lengths[docs[i]! * table!.fields + fieldId]!;
            raws[i] = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
          }
          flat.raw = raws;
        }
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          let boost = boostOf[doc]!;
          if (Number.isNaN(boost)) boostOf[doc] = boost = bySlot ? bySlot(doc) : boostDocument(_documentIds.get(doc)!);
          if (!boost) continue;
          const weighted = boosts * boost * raws[i]!;
          if (hitsOf[doc]! & bit) termScoreOf[doc] = termScoreOf[doc]! + weighted;
          else {
            termScoreOf[doc] = weighted;
            hitsOf[doc] = hitsOf[doc]! | bit;
            touched.push(doc);
          }
        }
      } else {
        const posting = (termFreq: number, doc: number): void => {
          let boost = boostOf[doc]!;
          if (Number.isNaN(boost)) boostOf[doc] = boost = bySlot ? bySlot(doc) : boostDocument(_documentIds.get(doc)!);
          if (!boost) return;
          const fieldLength = table ? table.lengths[doc * table.fields + fieldId]! : _fieldLength.get(doc)![fieldId]!;
          const raw = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
          const weighted = boosts * boost * raw;
          if (hitsOf[doc]! & bit) termScoreOf[doc] = termScoreOf[doc]! + weighted;
          else {
            termScoreOf[doc] = weighted;
            hitsOf[doc] = hitsOf[doc]! | bit;
            touched.push(doc);
          }
        };
        // forEach, not for…of: no [key, value] array per posting
        freqs.forEach(posting);
      }
    }
    for (const doc of touched) {
      if (hitsOf[doc] === bit) {
        totalOf[doc] = termScoreOf[doc]!;
        order.push(doc);
      } else totalOf[doc] = totalOf[doc]! + termScoreOf[doc]!;
    }
  }
  // score × the number of query terms matched (MiniSearch's "quality"), per position in the order the documents came
  const n = order.length;
  const scoreAt = new Float64Array(n);
  const maskAt = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const doc = order[i]!;
    let matched = 0;
    for (let v = hitsOf[doc]!; v; v &= v - 1) matched++;
    const score = totalOf[doc]! * (matched || 1);
    scoreAt[i] = score;
    maskAt[i] = hitsOf[doc]!;
    hitsOf[doc] = 0;
  }
  boostOf.fill(NaN);
  // Best first, equal scores in the order they came, as MiniSearch's stable sort of them all gives. Its readers stop near
  // the top (rankCandidates reads 9 to 21 of some 400), and the sort was most of a search: so the positions scoring at
  // least the sortedNow-th best score (found by a numeric sort of the scores alone, without a comparator) are sorted now,
  // the others only when read. Each of the first scores more than any of the others, so the two sorted parts, end to
  // end, are the one stable sort.
  // (The comparator answers -1, 0 or 1, as the sign of MiniSearch's b.score - a.score: no number boxed per comparison.)
  const byScore = (x: number, y: number): number => (scoreAt[y]! > scoreAt[x]! ? 1 : scoreAt[y]! < scoreAt[x]! ? -1 : 0);
  const cut = n > sortedNow ? kthLargest(scoreAt, sortedNow) : -Infinity;
  const head: number[] = [];
  let rest: number[] | null = [];
  for (let i = 0; i < n; i++) (scoreAt[i]! >= cut ? head : rest).push(i);
  let ranked = head.sort(byScore);
  const at = (i: number): number => {
    if (i >= ranked.length && rest) {
      ranked = ranked.concat(rest.sort(byScore));
      rest = null;
    }
    return ranked[i]!;
  };
  return {
    length: n,
    id: (i) => _documentIds.get(order[at(i)]!)!,
    score: (i) => scoreAt[at(i)]!,
    queryTerms: (i) => {
      const mask = maskAt[at(i)]!;
      return terms.filter((_, t) => mask & (1 << t));
    },
  };
}
/** How many of a search's results are sorted at once, at least (searchIndexWith). */
const sortedNow = 32;
const largest = new Float64Array(sortedNow);

/**
 * The k-th largest of the values (k ≤ sortedNow, k ≤ values.length): what an ascending sort of them puts at
 * length - k, found with a min-heap of the k largest so far instead of sorting them all (the sort was ~8% of an answer).
 */
export function kthLargest(values: Float64Array, k: number): number {
  const heap = largest;
  for (let i = 0; i < k; i++) {
    // sift up
    let c = i;
    const v = values[i]!;
    while (c > 0) {
      const parent = (c - 1) >> 1;
      if (heap[parent]! <= v) break;
      heap[c] = heap[parent]!;
      c = parent;
    }
    heap[c] = v;
  }
  for (let i = k; i < values.length; i++) {
    const v = values[i]!;
    if (v <= heap[0]!) continue;
    // replace the smallest, sift down
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= k) break;
      const r = l + 1;
      const m = r < k && heap[r]! < heap[l]! ? r : l;
      if (heap[m]! >= v) break;
      heap[c] = heap[m]!;
      c = m;
    }
    heap[c] = v;
  }
  return heap[0]!;
}

/** The index as the knowledge snapshot stores it (write-snapshot.ts). */
export function indexSnapshot(): IndexSnapshot {
  const js = miniSearch().toJSON() as unknown as IndexJS;
  const index = js.index.map(([term, postings]): [string, string] => [term, typeof postings === 'string' ? postings : JSON.stringify(postings)]);
  return { minisearch: { ...(js as unknown as MiniSearchJS), index }, documentFrequency: [...documentFrequency], documentCount };
}

/** Rarity of a term: rare words say more about which duty is meant; words no document has count for nothing. */
function rarity(term: string): number {
  const df = documentFrequency.get(term);
  return df ? Math.log(1 + documentCount / df) : 0;
}

/** What the coverage measures need of a question, read once per question however many candidates they weigh. */
interface CoverageReading {
  /** The question's distinct ranking terms. */
  terms: string[];
  /** Where the asked part starts, and what the words before it count (null: the whole question counts alike). */
  start: { at: number; weight: number } | null;
  /** The terms of the asked part. */
  asked: ReadonlySet<string>;
  /** After a stated side: the asked part's terms outside service names, for statedAskedCoverage (null when they weigh nothing). */
  statedAsked: string[] | null;
}
const readings = new WeakMap<ParsedQuestion, CoverageReading>();
function coverageReading(p: ParsedQuestion): CoverageReading {
  let r = readings.get(p);
  if (r) return r;
  const terms = [...new Set(questionTerms(p).map((t) => t.term))];
  const start = claimSpan(p);
  const asked = new Set(start ? termsOfWords(p.tokens.slice(start.at, start.end)).map((t) => t.term) : []);
  const stated = start && start.weight === statedWeight ? [...new Set(termsOfWords(p.tokens.slice(start.at, start.end).filter((_, i) => !inServiceName(p, start.at + i))).map((t) => t.term))] : null;
  const statedAsked = stated && stated.some((t) => rarity(t) > 0) ? stated : null;
  r = { terms, start, asked, statedAsked };
  readings.set(p, r);
  return r;
}

/** The share of `terms`, weighted, that a candidate matched (0 when the terms weigh nothing). */
function matchedShare(terms: readonly string[], candidate: Candidate, weight: (t: string) => number): number {
  let total = 0;
  let matched = 0;
  const own = new Set(candidate.terms);
  for (const t of terms) {
    const w = weight(t);
    total += w;
    if (own.has(t)) matched += w;
  }
  return total === 0 ? 0 : matched / total;
}

/**
 * The share of the question's meaningful words, weighted by rarity, that a candidate matched: low when
 * the candidate explains only a generic word of a longer question.
 */
export function coverage(p: ParsedQuestion, candidate: Candidate): number {
  return matchedShare(coverageReading(p).terms, candidate, rarity);
}

/**
 * The same, with the words only in the context or premise of a question ("aws patches minor versions, BUT WHO
 * DOES MAJOR ONES") counting as little as they do in the ranking: how much of what is asked a candidate explains.
 */
export function askedCoverage(p: ParsedQuestion, candidate: Candidate): number {
  const { terms, start, asked } = coverageReading(p);
  if (!start) return coverage(p, candidate);
  return matchedShare(terms, candidate, (t) => rarity(t) * (asked.has(t) ? 1 : start.weight));
}

/**
 * For a question that states one side before asking about another ("we patch the guest ourselves, fine. WHO
 * PATCHES THE HYPERVISOR"), the share of the asked part's words a candidate matched; null for other questions.
 */
export function statedAskedCoverage(p: ParsedQuestion, candidate: Candidate): number | null {
  const { statedAsked } = coverageReading(p);
  return statedAsked ? matchedShare(statedAsked, candidate, rarity) : null;
}

/** Services other services are used through, with the area they serve (KMS for keys, CloudTrail for API logs…). */
const toolServices = new Map(listServices().flatMap((s) => (s.toolFor ? [[s.id, s.toolFor] as const] : [])));

/**
 * What the ranking reads of a document on every search, read once: its duty (none for an area), its area, and
 * whether each of the duty's services is a tool for the duty's area. A search asks it for most of the ~1,100
 * documents, so one Map lookup here replaces two or three, and the tool test its loop over the services.
 */
interface DocFacts {
  duty: Duty | undefined;
  area: string | undefined;
  toolOnly: boolean;
  // The duty's fields serviceWeight reads, copied: duties do not share one object shape (their prose is
  // defined per duty, data.ts), so reading them off the duty is a megamorphic lookup each, ~450 times an answer.
  awsItselfOnly: boolean;
  owner: string | undefined;
  services: readonly string[];
}
const docFacts = new Map<string, DocFacts>([
  ...[...dutyById].map(([id, duty]): [string, DocFacts] => [
    id,
    {
      duty,
      area: duty.area,
      toolOnly: duty.services.every((s) => toolServices.get(s) === duty.area),
      awsItselfOnly: Boolean(duty.awsItselfOnly),
      owner: duty.owner,
      services: [...duty.services],
    },
  ]),
  ...[...areaById].map(([id, area]): [string, DocFacts] => [id, { duty: undefined, area: area.id, toolOnly: false, awsItselfOnly: false, owner: undefined, services: [] }]),
]);

/**
 * The documents by short id (the index's slots), numbered by what serviceWeight reads of them: documents of one
 * class get the same weight for any question, so a search computes it once per class (~100 of them) instead of
 * once per document (~500), and reads a document's class and area from two arrays instead of its id and facts
 * from two Maps. Class 0: a document without facts (weight 1, as serviceWeight gives undefined).
 */
const weightClassFacts: (DocFacts | undefined)[] = [undefined];
const slotClass = new Int32Array(slots);
/** Each slot's area as a number (areaNumber), -1 for none. */
const slotArea = new Int32Array(slots).fill(-1);
const areaNumber = new Map<string, number>();
if (internals) {
  const classOf = new Map<string, number>();
  for (const [doc, id] of internals._documentIds) {
    const facts = docFacts.get(id);
    if (!facts) continue;
    const key = facts.duty ? `duty ${+facts.awsItselfOnly}${+(facts.owner === 'aws')}${+facts.toolOnly} ${facts.services.join(' ')}` : 'area';
    let c = classOf.get(key);
    if (c === undefined) {
      classOf.set(key, (c = weightClassFacts.length));
      weightClassFacts.push(facts);
    }
    slotClass[doc] = c;
    if (facts.area !== undefined) {
      let a = areaNumber.get(facts.area);
      if (a === undefined) areaNumber.set(facts.area, (a = areaNumber.size));
      slotArea[doc] = a;
    }
  }
}
const classWeight = new Float64Array(weightClassFacts.length);

/**
 * What serviceWeight reads of a class that does not depend on which services it lists: a class's kind (bits below;
 * -1 for a document without a duty, weight 1), and the classes that list each service. A search then sets every
 * class's weight from a table of the few weights its question gives each kind, and changes only the classes of the
 * question's service and the services it mentions, instead of asking serviceWeight once per class.
 */
const kindAwsItselfOnly = 1;
const kindNoServices = 2;
const kindAwsOwned = 4;
const kindToolOnly = 8;
const classKind = new Int8Array(weightClassFacts.length).fill(-1);
const classesOfService = new Map<string, number[]>();
for (let c = 0; c < weightClassFacts.length; c++) {
  const facts = weightClassFacts[c];
  if (!facts?.duty) continue;
  classKind[c] = (facts.awsItselfOnly ? kindAwsItselfOnly : 0) | (facts.services.length === 0 ? kindNoServices : 0) | (facts.owner === 'aws' ? kindAwsOwned : 0) | (facts.toolOnly ? kindToolOnly : 0);
  for (const s of new Set(facts.services)) {
    let classes = classesOfService.get(s);
    if (!classes) classesOfService.set(s, (classes = []));
    classes.push(c);
  }
}
const kindWeight = new Float64Array(16);

/**
 * Every class's serviceWeight for one question, into classWeight: the weight of a class that lists neither the
 * question's service nor a mentioned one depends on its kind only; the rest are set after, as serviceWeight's
 * earlier rules win (the question's service over a mentioned one, and AWS-itself duties yielding over both).
 */
function fillClassWeights(serviceId: string | undefined, mentioned: ReadonlySet<string>, awsItself: boolean): void {
  const hasService = serviceId !== undefined;
  for (let kind = 0; kind < 16; kind++) {
    kindWeight[kind] =
      kind & kindAwsItselfOnly && !awsItself
        ? 0.2
        : kind & kindNoServices
          ? kind & kindAwsOwned && awsItself
            ? 1.6
            : hasService
              ? 0.5
              : 1.2
          : kind & kindToolOnly
            ? hasService
              ? 0.9
              : 0.8
            : hasService
              ? 0.3
              : 0.6;
  }
  for (let c = 0; c < classKind.length; c++) {
    const kind = classKind[c]!;
    classWeight[c] = kind < 0 ? 1 : kindWeight[kind]!;
  }
  // (a class listing a service lists at least one: no kindNoServices below)
  for (const s of mentioned) {
    const classes = classesOfService.get(s);
    if (classes) for (const c of classes) if (!(classKind[c]! & kindAwsItselfOnly && !awsItself)) classWeight[c] = 1.3;
  }
  const own = hasService ? classesOfService.get(serviceId) : undefined;
  if (own) for (const c of own) if (!(classKind[c]! & kindAwsItselfOnly && !awsItself)) classWeight[c] = awsItself && !(classKind[c]! & kindAwsOwned) ? 0.35 : 1.6;
}

/** Service ids whose id is written in the question as a word ("kms keys", "iam users"), besides the services it names. */
const serviceIdWords = new Map([...listServices().map((s): [string, string] => [s.id.replace(/-/g, ' '), s.id]), ...Object.entries(serviceMentions)]);

/** A service's id written as a word and set aside at the end of its clause: "on ec2, NO RDS. who …". */
function serviceIdAside(tokens: readonly string[], i: number): boolean {
  const t = tokens[i] ?? '';
  return serviceIdWords.get(t) === t && deniedAside(tokens, i, i + 1);
}

function mentionedServices(p: ParsedQuestion): Set<string> {
  // A generic noun that names a service ("instances" for EC2) beside a service named outright is that service's thing
  // (servicesNamed). So is a generic technology's name beside another service named outright: "kafka connect workers
  // on plain ec2" run on EC2, not in MSK (unless MSK is named too: "kafka on msk").
  const outright = new Set(namedOutright(p.serviceHits).filter((h) => !genericTechAliases.has(h.alias)).map((h) => h.service.id));
  const generic = (h: ServiceHit): boolean => outright.size > 0 && genericTechAliases.has(h.alias) && !outright.has(h.service.id);
  const out = servicesNamed(p.serviceHits.filter((h) => !generic(h)));
  // "rds" inside "rds custom" names RDS Custom, not RDS.
  const inName = (i: number): boolean => inServiceName(p, i);
  for (let i = 0; i < p.tokens.length; i++) {
    if (inName(i) || negatedAt(p.tokens, i) || comparedAt(p.tokens, i)) continue;
    for (let n = 1; n <= 3 && i + n <= p.tokens.length; n++) {
      const id = serviceIdWords.get(p.tokens.slice(i, i + n).join(' '));
      if (id && !(n === 1 && serviceIdAside(p.tokens, i))) out.add(id);
    }
  }
  // A thing that implies a service only when nothing else is named or mentioned ("a custom AMI": EC2).
  if (out.size === 0) for (const t of p.tokens) if (aloneMentions[t]) out.add(aloneMentions[t]);
  return out;
}

/** Places, and the words that start a clause saying what they hold ("the buildings WHERE our tables live"). */
const placeNouns = new Set(['building', 'buildings', 'facility', 'facilities', 'datacenter', 'datacenters']);
const relativeStarts = new Set(['where', 'that', 'which', 'housing', 'holding', 'hosting']);
/** Words that place a thing under another ("the hypervisor UNDER our nodes", "the HSMs BEHIND kms"). */
const beneathWords = new Set(['under', 'beneath', 'underneath', 'behind', 'below']);
const awsInfrastructureNouns = new Set([
  'infrastructure', 'infra', 'hypervisor', 'hypervisors', 'backbone', 'facilities', 'facility', 'datacenter', 'datacenters', 'hardware',
  'hosts', 'network', 'servers', 'fleet', 'premises',
]);
/** Words that make a thing the customer's ("OUR nodes", "WE run"); lexicon.ts customerPossessives is the narrower set for readings. */
const customerWords = new Set(['our', 'my', 'we', 'your', 'us']);
const customerHypervisors = new Set(['vmware', 'esxi', 'vsphere', 'hyper', 'kvm', 'proxmox', 'premises', 'prem', 'onprem']);
const underlyingOfAws = new Set(['hardware', 'media', 'disks', 'drives', 'facilities', 'datacenter', 'datacenters', 'hypervisor']);
/**
 * The question names AWS's own infrastructure: "AWS's own …", "AWS's hypervisors / backbone / facilities /
 * data centers", "their data centers" (AWS named), any hypervisor. Not "our AWS infrastructure" (what the
 * customer runs on AWS).
 */
export function aboutAwsItself(p: ParsedQuestion): boolean {
  const tokens = p.tokens;
  const awsBefore = (i: number): boolean => tokens.slice(0, i).some((w) => w === 'aws' || w === 'amazon');
  // a hypervisor of the customer's ("the hypervisor host our gateway VM runs on", "our vmware hosts") is not AWS's
  // ("the hypervisor UNDER OUR nodes" is AWS's: what sits on it is ours)
  const ours = (i: number): boolean =>
    tokens.some((w, j) => j >= i - 2 && j <= i + 4 && (w === 'not' || (customerWords.has(w) && !beneathWords.has(tokens[j - 1] ?? '')))) || tokens.some((w) => customerHypervisors.has(w));
  // ("pen testing of OUR OWN portal, or is that covered by aws's own testing?": the customer's own thing is asked)
  if (tokens.some((t, i) => t === 'own' && customerWords.has(tokens[i - 1] ?? ''))) return false;
  return tokens.some((t, i) => {
    // "route53 ITSELF goes down", "the s3 service software itself": the service's own operation
    if (t === 'itself') return p.serviceHits.some((h) => h.end === i || (h.end >= i - 3 && tokens.slice(h.end, i).every((w) => w === 'service' || w === 'software')));
    if (inServiceName(p, i)) return false;
    if (t === 'hypervisor' || t === 'hypervisors') return !ours(i);
    // "the BUILDINGS WHERE our dynamo tables live", "the facility that hosts our buckets": the place of what is ours (not
    // on the customer's premises: "the building where our outposts rack sits")
    if (placeNouns.has(t) && !p.service?.customerPremises && relativeStarts.has(tokens[i + 1] ?? '') && tokens.slice(i + 2, i + 5).some((w) => customerWords.has(w))) return true;
    // "the underlying hardware / storage media": what AWS runs under any service
    if (t === 'underlying') return underlyingOfAws.has(tokens[i + 1] ?? '') || (tokens[i + 1] === 'storage' && underlyingOfAws.has(tokens[i + 2] ?? ''));
    const next = tokens[i + 1] ?? '';
    const infra = awsInfrastructureNouns.has(next) || (next === 'data' && /^cent(?:er|re)s?$/.test(tokens[i + 2] ?? ''));
    // "the hosts UNDER AWS's managed services"
    if (beneathWords.has(t) && (next === 'aws' || next === 'amazon')) return true;
    // ("physical security of the outpost in our hall, isn't that aws SINCE IT'S THEIR HW?": AWS's hardware given as
    // the reason is the misconception, not what is asked about)
    if (t === 'aws' || t === 'amazon') return !customerWords.has(tokens[i - 1] ?? '') && (next === 'own' || infra) && !givenAsReason(tokens, i);
    // ("their" points back: "Razorpay … patch THEIR servers, AWS?" asks about Razorpay's, AWS named only after it)
    return t === 'their' && awsBefore(i) && infra && !givenAsReason(tokens, i);
  });
}

const reasonStarts = new Set(reasonConjunctions);
/** A word inside a reason clause that starts at most three words before it ("SINCE it's their hw"). */
function givenAsReason(tokens: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (reasonStarts.has(tokens[j] ?? '')) return true;
  return false;
}

/**
 * How much a document counts given the services the question names. A duty of the named service counts most;
 * a duty of another service still counts a little, so a question that names one service but asks about
 * another's duty ("rotation of the AWS managed keys like aws/ebs") can still find it.
 */
function serviceWeight(facts: DocFacts | undefined, serviceId: string | undefined, mentioned: ReadonlySet<string>, awsItself: boolean): number {
  // (the duty's fields as DocFacts holds them: one object shape for every document)
  const duty = facts?.duty ? facts : undefined;
  if (!duty) return 1; // an area: answered for the question's service (or every service)
  // A duty of AWS itself or of the model in general yields to the named service's own duties and areas, unless
  // the question is about AWS's own infrastructure under the service ("the hypervisor under our EMR nodes").
  if (duty.awsItselfOnly && !awsItself) return 0.2;
  if (duty.services.length === 0) return duty.owner === 'aws' && awsItself ? 1.6 : serviceId !== undefined ? 0.5 : 1.2;
  // ... and then the service's duties that are not AWS's are only where it sits.
  if (serviceId !== undefined && duty.services.includes(serviceId)) return awsItself && duty.owner !== 'aws' ? 0.35 : 1.6;
  for (const s of duty.services) if (mentioned.has(s)) return 1.3;
  // A tool other services use (KMS keys, CloudTrail, GuardDuty…) is asked about through them: "who rotates the
  // aws/ebs key" names EBS but asks about a KMS duty.
  if (duty.toolOnly) return serviceId !== undefined ? 0.9 : 0.8;
  return serviceId !== undefined ? 0.3 : 0.6;
}

const setAsideArticles = new Set(['the', 'a', 'an', 'our', 'my']);
/** A word the question sets aside: "not the guest", "not a db user". */
function setAside(tokens: readonly string[], i: number): boolean {
  return i > 1 && tokens[i - 2] === 'not' && setAsideArticles.has(tokens[i - 1] ?? '');
}

/** The question's ranking terms: every word outside the service names. */
export function questionTerms(p: ParsedQuestion): readonly Term[] {
  const inName = (i: number): boolean => inServiceName(p, i);
  // The name brought in to compare ("like on ec2") is not what is asked about either, nor is the thing the
  // question sets aside ("the host os, NOT THE GUEST").
  // ("on ec2, NO RDS. who …": a service's name set aside)
  return termsOfWords(p.tokens.filter((_, i) => !inName(i) && !(p.serviceHits.length > 0 && comparedAt(p.tokens, i)) && !setAside(p.tokens, i) && !serviceIdAside(p.tokens, i)));
}

/**
 * The asked part of a question, [at, end), and what the words outside it count: claimStart's reading, ended
 * where a trailing sentence that asks nothing starts ("…? security review needs an owner"), which counts as
 * context.
 */
function claimSpan(p: ParsedQuestion): { at: number; end: number; weight: number } | null {
  const start = claimStart(p.tokens);
  const end = p.askedEnd ?? p.tokens.length;
  if (start) return start.at < end ? { ...start, end } : { ...start, end: p.tokens.length };
  if (end < p.tokens.length && termsOfWords(p.tokens.slice(0, end)).length >= 2) return { at: 0, end, weight: trailingWeight };
  return null;
}

const premiseWeight = 0.4;
const claimSubjects = new Set(['aws', 'amazon', 'they', 'we', 'it', 'you', 'our', 'the', 'there', 'nobody', 'someone']);
/**
 * The premise of a question that states a belief and asks about its consequence: "rds does automated backups
 * SO aws picks the retention, right?", "we use patch manager SO aws patches our instances now?". The claim
 * after "so" is what is asked; words only in the premise count for less. Where the claim starts and how much
 * the words before it count, or null when the whole question counts alike.
 */
function claimStart(tokens: readonly string[]): { at: number; weight: number } | null {
  // "auto mode, SO aws patches the nodes now, nice. BUT WHO is responsible for the jar in our pod images": the claim
  // is context too, what follows "but who" is asked.
  const butWho = tokens.findIndex((t, i) => i >= 3 && t === 'but' && (tokens[i + 1] === 'who' || tokens[i + 1] === 'whose' || tokens[i + 1] === 'whos'));
  if (butWho >= 0 && tokens.slice(0, butWho).includes('so') && termsOfWords(tokens.slice(butWho + 1)).length >= 2) return { at: butWho + 1, weight: statedWeight };
  // (Only when the claim names something itself: in "pitr is on by default SO we're covered, yeah?" the premise is the question.)
  for (let i = tokens.length - 3; i >= 2; i--) {
    if (tokens[i] === 'so' && claimSubjects.has(tokens[i + 1] ?? '')) return termsOfWords(tokens.slice(i)).length >= 2 ? { at: i, weight: premiseWeight } : null;
  }
  // "doesn't the runtime patching ALSO update the npm packages bundled in our function": what "also" adds is asked.
  const also = tokens.indexOf('also');
  if (also >= 2 && termsOfWords(tokens.slice(also + 1)).length >= 2) return { at: also + 1, weight: premiseWeight };
  // Context first, then the question: "after enabling dnssec signing in route 53, WHO manages the zone signing key".
  // Not an alternative ("is it encrypted OR do we need a key"), and only when the question part names something
  // itself ("who swaps it" leaves the context as the subject).
  // A context that says what AWS does, or sets the question against it ("aws patches the engine, BUT who
  // manages the database users"), is what is NOT asked: it counts less still.
  const asked = (i: number): { at: number; weight: number } => ({ at: i, weight: contrasts.has(tokens[i - 1] ?? '') || tokens.slice(0, i).some((t) => statingWords.has(t)) ? statedWeight : contextWeight });
  const startsQuestion = (i: number): boolean => questionStarts.has(tokens[i] ?? '') || questionStarts.has(`${tokens[i]} ${tokens[i + 1]}`);
  for (let i = 3; i <= tokens.length - 3; i++) {
    if (!startsQuestion(i) || tokens[i - 1] === 'or') continue;
    const claim = asked(i);
    // (Two words are enough after a context that says what AWS does: "aws handles durability; who turns on versioning".)
    if (termsOfWords(tokens.slice(i)).length >= (claim.weight === statedWeight ? 2 : 3)) return claim;
    break;
  }
  // "the lambda runtime is patched by aws, BUT our dependencies?": what follows the contrast is asked.
  const but = tokens.lastIndexOf('but');
  if (but >= 3 && !tokens.slice(3, but).some((_, i) => startsQuestion(i + 3)) && tokens.slice(0, but).some((t) => t === 'aws' || t === 'amazon') && termsOfWords(tokens.slice(but + 1)).length >= 1) return { at: but + 1, weight: statedWeight };
  return null;
}
/** How much the context before the question counts; and a context stating what AWS does, or set against the question. */
const contextWeight = 0.6;
/** How much a sentence after the question that asks nothing counts ("…? pentest vendor wants to know"). */
const trailingWeight = 0.25;
const statedWeight = 0.3;
const contrasts = new Set(['but', 'however', 'yet', 'though', 'whereas', 'and']);
/** Words of a context that states who does what ("aws patches the hypervisor", "we patch the guest ourselves"). */
const statingWords = new Set(['aws', 'amazon', 'ourselves']);
const questionStarts = new Set(['who', 'whose', 'whom', 'who s', 'whos', 'do we', 'does aws', 'does amazon', 'is aws', 'is it', 'are we', 'should we', 'must we', 'can we', 'what about', 'how about']);

/**
 * A duty whose name or one of whose phrases the question says word for word ("configuration and vulnerability
 * analysis") is meant more surely than one that shares the same words scattered: a phrase of three or more
 * terms found in order counts ×1.2 per term beyond two, up to ×1.6.
 */
const maxPhraseBoost = 1.6;
const phraseTermsById = new Map<string, string[][]>();
function phraseTerms(duty: Duty): string[][] {
  let out = phraseTermsById.get(duty.id);
  if (!out) {
    out = [duty.name, ...duty.phrases].map((t) => indexText(t).split(' ').filter(Boolean)).filter((t) => t.length >= 3);
    phraseTermsById.set(duty.id, out);
  }
  return out;
}
function phraseBoost(duty: Duty, questionTerms: readonly string[]): number {
  let longest = 0;
  for (const phrase of phraseTerms(duty)) if (phrase.length > longest && containsPhrase(questionTerms, phrase)) longest = phrase.length;
  return longest >= 3 ? Math.min(maxPhraseBoost, 1 + 0.2 * (longest - 2)) : 1;
}

/** Weight of the words inside a service's name ("managed node groups" of EKS): they count, a little. */
const serviceWordWeight = 0.3;

/** The services a question names or mentions by a feature's name (for answer.ts). */
export { mentionedServices };

/**
 * Words that name one of two opposite kinds of the same duty: a duty named for one ("Minor engine version
 * upgrades") does not answer a question that names only the other ("major engine version upgrade").
 */
const opposites: readonly [string, string][] = [['minor', 'major'], ['standard', 'advanc'], ['publish', 'rebuild'], ['publish', 'deploi'], ['publish', 'patch'], ['publish', 'appli'], ['releas', 'appli'], ['set', 'scale']];
const contradictedWeight = 0.5;
/** Terms of the opposites that name a kind of thing (a tier, a version step), not an action. */
const kindTerms = new Set(['minor', 'major', 'standard', 'advanc']);
const nameTermsOf = new Map<string, Set<string>>();

/** The index terms of a duty's name, made on first use. */
function nameTerms(duty: Duty): Set<string> {
  let terms = nameTermsOf.get(duty.id);
  if (!terms) {
    terms = new Set(indexText(duty.name).split(' '));
    nameTermsOf.set(duty.id, terms);
  }
  return terms;
}

const negators = new Set(['no', 'never', 'without', 'not', 'dont', 'didnt', 'havent', 'hasnt', 'arent', 'isnt', 'nor']);
/** A word within five words after a negator ("never BOUGHT SHIELD ADVANCED", "never SIGNED UP FOR SHIELD ADVANCED"). */
function negatedWord(tokens: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - 5); j < i; j++) if (negators.has(tokens[j] ?? '')) return true;
  return false;
}

/**
 * The duty is of the other kind than the one asked about ("who does MAJOR upgrades" and a duty of minor ones), or
 * of the kind the question says it does not have ("if we don't pay for shield ADVANCED" and Shield Advanced's duty).
 */
function contradicts(duty: Duty, questionTerms: ReadonlySet<string>, negated: ReadonlySet<string>): boolean {
  const named = nameTerms(duty);
  // (only a kind is had or not, "no shield advanced": "isn't patching lustre ours?" asks about patching)
  const only = (x: string, y: string): boolean => named.has(x) && !named.has(y) && ((questionTerms.has(y) && !questionTerms.has(x)) || (negated.has(x) && kindTerms.has(x)));
  return opposites.some(([a, b]) => only(a, b) || only(b, a));
}

const clauseEnds = new Set(['who', 'whose', 'what', 'which', 'and', 'or', 'but', 'so', 'is', 'are', 'do', 'does', 'did', 'was', 'were', 'if', 'when', 'since', 'because']);
/**
 * Terms that only name what the asked thing sits under: "the hypervisor UNDER OUR EMR CLUSTER NODES", "the
 * HSMs BEHIND KMS". They place the thing asked about and count as context (premiseWeight), up to the end of
 * their clause (at most four words).
 */
function beneathTerms(p: ParsedQuestion): Set<string> {
  const t = p.tokens;
  const context: string[] = [];
  const elsewhere: string[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!beneathWords.has(t[i] ?? '') || i === 0) {
      elsewhere.push(t[i] ?? '');
      continue;
    }
    let j = i + 1;
    while (j < t.length && j <= i + 4 && !clauseEnds.has(t[j] ?? '')) context.push(t[j++] ?? '');
    i = j - 1;
  }
  const outside = new Set(termsOfWords(elsewhere).map((x) => x.term));
  return new Set(termsOfWords(context).map((x) => x.term).filter((x) => !outside.has(x)));
}

/** Candidates, best first. Empty when the question has no words beyond the service name. */
export function rankCandidates(p: ParsedQuestion, limit = 8): Candidate[] {
  const terms = questionTerms(p);
  if (terms.length === 0) return [];
  const wordOf = new Map<string, string>();
  for (const t of terms) if (!wordOf.has(t.term)) wordOf.set(t.term, t.word);
  const inName = (i: number): boolean => inServiceName(p, i);
  const nameTerms = termsOfWords(p.tokens.filter((_, i) => inName(i))).filter((t) => !wordOf.has(t.term));
  for (const t of nameTerms) if (!wordOf.has(t.term)) wordOf.set(t.term, t.word);
  const weak = new Set(nameTerms.map((t) => t.term));
  const { start, asked } = coverageReading(p);
  const claim = start && { weight: start.weight, terms: asked };
  const mentioned = mentionedServices(p);
  const awsItself = aboutAwsItself(p);
  const beneath = beneathTerms(p);
  // (the question's service, read once: p's shape differs between the parser's object and its copies)
  const serviceId = p.service ? p.service.id : undefined;
  fillClassWeights(serviceId, mentioned, awsItself);
  const askedArea = p.areaId ? (areaNumber.get(p.areaId) ?? -2) : -2;
  const results = searchIndex(
    [...wordOf.keys()],
    (term: string) => (weak.has(term) ? serviceWordWeight : claim && !claim.terms.has(term) ? claim.weight : beneath.has(term) ? premiseWeight : 1),
    (id: string) => {
      const facts = docFacts.get(id);
      const w = serviceWeight(facts, serviceId, mentioned, awsItself);
      return p.areaId && facts?.area === p.areaId ? w * 1.25 : w;
    },
    (doc: number) => {
      const w = classWeight[slotClass[doc]!]!;
      return slotArea[doc] === askedArea ? w * 1.25 : w;
    },
  );
  const allTerms = termsOfWords(p.tokens).map((t) => t.term);
  // Which of two opposite kinds is asked about is read from the asked part when it names one: "aws patches
  // minor versions, but WHO DOES MAJOR version upgrades?" asks about major ones.
  // A kind the question says it does not have ("we never bought shield ADVANCED", "no shield advanced") is not asked about.
  const negated = new Set(termsOfWords(p.tokens.filter((_, i) => negatedWord(p.tokens, i))).map((t) => t.term));
  const askedTerms = new Set([...(claim && opposites.some(([a, b]) => claim.terms.has(a) || claim.terms.has(b)) ? claim.terms : allTerms)].filter((t) => !negated.has(t)));
  // Results come best first; the phrase boost can lift a result by ×1.6 at most, so only those within that
  // reach of the best are boosted, and the search stops once `limit` are kept and the rest are out of reach.
  const reach = (results.length ? results.score(0) : 0) / maxPhraseBoost;
  const out: Candidate[] = [];
  for (let i = 0; i < results.length; i++) {
    const rScore = results.score(i);
    if (rScore <= 0) continue;
    if (out.length >= limit && rScore < reach) break;
    const id = results.id(i);
    const queryTerms = results.queryTerms(i);
    const words = queryTerms.map((t) => wordOf.get(t) ?? t);
    const duty = dutyById.get(id);
    const area = areaById.get(id);
    if (duty) {
      const score = (rScore >= reach ? rScore * phraseBoost(duty, allTerms) : rScore) * (contradicts(duty, askedTerms, negated) ? contradictedWeight : 1);
      out.push({ kind: 'duty', duty, score, words, terms: queryTerms });
    }
    else if (area) out.push({ kind: 'area', area, score: rScore, words, terms: queryTerms });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}
