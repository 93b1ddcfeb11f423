import MiniSearch from 'minisearch';
import { listDuties, type Duty } from './duty-model.js';
import type { ParsedQuestion } from './matcher.js';
import { listAreas, type Area } from './model.js';
import { indexText, termsOfWords, type Term } from './terms.js';

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
  cues: d.conditions.flatMap((c) => [c.when, ...c.cues.map((q) => q.replaceAll('+', ' '))]).map(indexText).join(' '),
  text: [d.why, d.aws, d.customer, d.tool ?? '', d.misconception ?? ''].map(indexText).join(' '),
});

const areaDoc = (a: Area): Doc => ({ id: `a:${a.id}`, name: indexText(a.name), phrases: a.aliases.map(indexText).join(' '), cues: '', text: '' });

const dutyById = new Map(listDuties().map((d) => [`d:${d.id}`, d]));
const areaById = new Map(listAreas().map((a) => [`a:${a.id}`, a]));

const index = new MiniSearch<Doc>({
  fields: ['name', 'phrases', 'cues', 'text'],
  idField: 'id',
  // Documents and queries are already processed into terms by terms.ts.
  tokenize: (s) => s.split(' ').filter(Boolean),
  processTerm: (t) => t,
  searchOptions: { boost: { name: 1.5, phrases: 2, cues: 0.6, text: 0.35 }, combineWith: 'OR', prefix: false, fuzzy: false },
});
const docs = [...listDuties().map(dutyDoc), ...listAreas().map(areaDoc)];
index.addAll(docs);

/** In how many documents each term occurs (for the rarity weight of question words). */
const documentFrequency = new Map<string, number>();
for (const d of docs) {
  for (const t of new Set(`${d.name} ${d.phrases} ${d.cues} ${d.text}`.split(' ').filter(Boolean))) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
}

/** Rarity of a term: rare words say more about which duty is meant; words no document has count for nothing. */
function rarity(term: string): number {
  const df = documentFrequency.get(term);
  return df ? Math.log(1 + docs.length / df) : 0;
}

/**
 * The share of the question's meaningful words, weighted by rarity, that a candidate matched: low when
 * the candidate explains only a generic word of a longer question.
 */
export function coverage(p: ParsedQuestion, candidate: Candidate): number {
  const terms = [...new Set(questionTerms(p).map((t) => t.term))];
  const total = terms.reduce((n, t) => n + rarity(t), 0);
  if (total === 0) return 0;
  const matched = new Set(candidate.terms);
  return terms.filter((t) => matched.has(t)).reduce((n, t) => n + rarity(t), 0) / total;
}

/** How much a document counts given the services the question names (0 = not a candidate). */
function serviceWeight(id: string, p: ParsedQuestion): number {
  const duty = dutyById.get(id);
  if (!duty) return 1; // an area: answered for the question's service (or every service)
  // A duty of AWS itself or of the model in general yields to the named service's own duties and areas.
  if (duty.services.length === 0) return p.service ? 0.5 : 1.2;
  if (p.service && duty.services.includes(p.service.id)) return 1.6;
  if (p.serviceHits.some((h) => duty.services.includes(h.service.id))) return 1.3;
  return p.service ? 0 : 0.6;
}

/** The question's ranking terms: every word outside the service names. */
export function questionTerms(p: ParsedQuestion): Term[] {
  const inName = (i: number): boolean => p.serviceHits.some((h) => h.start <= i && i < h.end);
  return termsOfWords(p.tokens.filter((_, i) => !inName(i)));
}

/** Candidates, best first. Empty when the question has no words beyond the service name. */
export function rankCandidates(p: ParsedQuestion, limit = 8): Candidate[] {
  const terms = questionTerms(p);
  if (terms.length === 0) return [];
  const wordOf = new Map<string, string>();
  for (const t of terms) if (!wordOf.has(t.term)) wordOf.set(t.term, t.word);
  const query = [...wordOf.keys()].join(' ');
  const results = index.search(query, {
    boostDocument: (id: string) => {
      const w = serviceWeight(id, p);
      if (w === 0) return 0;
      const area = dutyById.get(id)?.area ?? areaById.get(id)?.id;
      return p.areaId && area === p.areaId ? w * 1.25 : w;
    },
  });
  const out: Candidate[] = [];
  for (const r of results) {
    if (r.score <= 0) continue;
    const words = r.queryTerms.map((t) => wordOf.get(t) ?? t);
    const duty = dutyById.get(r.id);
    const area = areaById.get(r.id);
    if (duty) out.push({ kind: 'duty', duty, score: r.score, words, terms: r.queryTerms });
    else if (area) out.push({ kind: 'area', area, score: r.score, words, terms: r.queryTerms });
    if (out.length >= limit) break;
  }
  return out;
}
