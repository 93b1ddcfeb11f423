import { statedCondition } from './conditions.js';
import { itControlsDuty, sharedControl } from './shared-control.js';
import { idpSetting } from './idp-setting.js';
import { rolePermissions } from './role-permissions.js';
import { colocationSites, genericTechAliases, hostingPlatforms, offAwsPhrases, onPremisesSoftware, reasonConjunctions, stopwords, thingNouns, thirdPartyIdps, vendorProducts } from './lexicon.js';
import { coverageOf } from './coverage.js';
import { getDuty, listDuties, type Duty } from './duty-model.js';
import { isEnglishWord } from './dictionary.js';
import { closestServices, comparedAt, determiners, inServiceName, namedOutright, parseQuestion, sentenceAt, wordAsWritten, type ParsedQuestion } from './matcher.js';
import { aboutAwsItself, askedCoverage, coverage, mentionedServices, questionTerms, rankCandidates, statedAskedCoverage, type Candidate } from './rank.js';
import {
  areaDefault,
  areaOwners,
  areaName,
  getArea,
  getRefinement,
  getService,
  listAreas,
  listServices,
  models,
  resolve,
  type Area,
  type Owner,
  type Service,
  type ServiceModel,
  type Source,
} from './model.js';
import { src } from './sources.js';
import { forgetTerms, termsOfWords } from './terms.js';
import { tokenize } from './text.js';
import { unknownFeature } from './features.js';
import { readInEnglish } from './in-english.js';
import { asksSplitOrWhole, chosenByReason, concludesFromBothSides, securityAsWhole, securityOfTool, sideOfTheModel, splitCue, wholeCompliance, wholeTopic, type SplitCue, type WholeTopic } from './whole.js';

export interface AreaRef {
  id: string;
  name: string;
}

export interface ServiceRef {
  id: string;
  name: string;
  model: ServiceModel;
  layer: string;
}

/** A setting that flips a duty's owner, as `srm who --json` prints it. */
export interface ConditionRef {
  when: string;
  owner: Owner;
  /** AWS's default setting. */
  default: boolean;
  /** The setting the question stated. */
  stated: boolean;
}

/** Why the answer is what it is (`srm who --explain`). */
export interface Explanation {
  service: { id: string; words: string[] } | null;
  choice: { kind: 'duty' | 'area' | 'service'; id: string; name: string; words: string[]; score: number } | null;
  runnerUp: { kind: 'duty' | 'area'; id: string; name: string; owner: Owner | 'depends'; score: number } | null;
  /** Share of the question's meaningful words (weighted by rarity) the choice matched. */
  coverage: number | null;
  setting: { when: string; words: string } | null;
}

/** A known owner: the JSON `srm who --json` prints with exit 0. */
export interface WhoKnownAnswer {
  question: string;
  owner: Owner;
  service: ServiceRef | null;
  area: AreaRef;
  /** The duty AWS documents that the question is about, when one is. */
  duty?: AreaRef;
  /** The settings that flip the duty's owner, each with its owner. */
  conditions?: ConditionRef[];
  summary: string;
  why: string;
  awsResponsibilities: string[];
  customerActions: string[];
  /** Ids of checks (checks/index.ts) whose area is this area. */
  checks: string[];
  /** Ids of rules (rules/index.ts) whose area is this area. */
  rules: string[];
  sources: Source[];
  notes: string[];
  /** A question about how a task is split: each part (a duty, or an area) with its owner. */
  parts?: SplitPart[];
  /** Service-only questions: the service's areas grouped by owner. */
  byOwner?: Record<Owner, AreaRef[]>;
  matched: Matched;
  explain?: Explanation;
  /** A question in another language, as srm read it in English. */
  readAs?: { language: string; text: string };
}

/** No owner can be given: exit 2. */
export interface WhoUnknownAnswer {
  question: string;
  owner: 'unknown';
  reason: string;
  suggestions: string[];
  /** Area-only questions whose owner depends on the service: the owner per model. */
  byModel?: Record<ServiceModel, { owner: Owner; examples: string[] }>;
  area?: AreaRef;
  unknownWords?: string[];
  matched: Matched;
  explain?: Explanation;
  /** A question in another language, as srm read it in English. */
  readAs?: { language: string; text: string };
}

export type WhoAnswer = WhoKnownAnswer | WhoUnknownAnswer;

interface Matched {
  service: string | null;
  area: string | null;
  corrections: { from: string; to: string }[];
}

const ownerPhrase: Record<Owner, string> = {
  aws: 'AWS is responsible',
  customer: 'You (the customer) are responsible',
  shared: 'Responsibility is shared between AWS and you',
};

/** A question: a string of 1–2000 characters after trimming (checked without zod, which `srm who` does not load). */
function parseQuestionText(question: unknown): { success: true; data: string } | { success: false } {
  if (typeof question !== 'string') return { success: false };
  const data = question.trim();
  return data.length >= 1 && data.length <= 2000 ? { success: true, data } : { success: false };
}

/** A name as it reads inside a sentence: its first letter in lower case, unless it starts an acronym ("TLS between…", "IAM roles"). */
function lowerFirst(name: string): string {
  return /^[A-Z][A-Z0-9]/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** The phrase people type for an area, used in suggested questions. */
function areaPhrase(area: Area): string {
  return area.aliases[0] ?? area.name.toLowerCase();
}

function serviceRef(s: Service): ServiceRef {
  return { id: s.id, name: s.name, model: s.model, layer: s.layer };
}

function areaRef(a: Area): AreaRef {
  return { id: a.id, name: a.name };
}

/** The area as the question narrowed it: a refinement keeps the area id and names the narrower reading. */
function refinedAreaRef(a: Area, p: ParsedQuestion): AreaRef {
  const refinement = p.refinementId ? getRefinement(a.id, p.refinementId) : undefined;
  return refinement ? { id: a.id, name: `${a.name}: ${refinement.name}` } : areaRef(a);
}

function refinementNote(a: Area, p: ParsedQuestion): string[] {
  const refinement = p.refinementId ? getRefinement(a.id, p.refinementId) : undefined;
  return refinement && p.refinementCue ? [`"${p.refinementCue}" narrows ${a.name.toLowerCase()} to ${refinement.name}; without those words the general answer applies.`] : [];
}

function matchedOf(p: ParsedQuestion): Matched {
  return { service: p.serviceHits.map((h) => h.alias).join(', ') || null, area: p.areaPhrase, corrections: p.corrections };
}

/** Suggestions are questions srm can answer: each is tried (without checking its own suggestions). */
let checkingSuggestions = false;
function answerable(suggestions: string[]): string[] {
  if (checkingSuggestions) return suggestions;
  checkingSuggestions = true;
  try {
    return suggestions.filter((s) => answerQuestion(s).owner !== 'unknown');
  } finally {
    checkingSuggestions = false;
  }
}

function unknown(question: string, p: ParsedQuestion, reason: string, suggestions: string[], extra: Partial<WhoUnknownAnswer> = {}): WhoUnknownAnswer {
  return { question, owner: 'unknown', reason, suggestions: answerable([...new Set(suggestions)]).slice(0, 6), ...extra, matched: matchedOf(p) };
}

const exampleServices = ['ec2', 'rds', 'lambda', 's3', 'dynamodb', 'eks'];

function examplesFor(area: Area | undefined): string[] {
  const phrase = area ? areaPhrase(area) : null;
  if (phrase) return exampleServices.slice(0, 3).map((id) => `who owns ${phrase} for ${id}`);
  return ['who patches the guest os on ec2', 'who owns database engine patching for rds', 'who owns encryption at rest for s3'];
}

function answerServiceArea(question: string, p: ParsedQuestion, service: Service, area: Area): WhoKnownAnswer {
  const res = resolve(service.id, area.id, p.refinementId ?? undefined);
  const notes: string[] = refinementNote(area, p);
  if (p.genericArea && area.id !== 'guest-os-patching' && p.areaPhrase) {
    const os = resolve(service.id, 'guest-os-patching');
    notes.push(`"${p.areaPhrase}" was read as ${area.name.toLowerCase()}; guest OS patching on ${service.name} is owned by ${os.owner === 'customer' ? 'the customer' : os.owner === 'aws' ? 'AWS' : 'both (shared)'}.`);
  }
  const areaIds = new Set([area.id]);
  return {
    question,
    owner: res.owner,
    service: serviceRef(service),
    area: refinedAreaRef(area, p),
    summary: `${ownerPhrase[res.owner]} for ${refinedAreaRef(area, p).name.toLowerCase()} on ${service.name}.`,
    why: res.why,
    awsResponsibilities: res.awsResponsibilities,
    customerActions: res.customerActions,
    ...coverageOf(areaIds),
    sources: res.sources,
    notes,
    matched: matchedOf(p),
  };
}

/** The whole topics a service is answered for as a whole (its resilience has duties of its own: "multi-az"). */
type ServiceWholeTopic = Exclude<WholeTopic, 'resilience'>;

const wholeSummary: Record<ServiceWholeTopic, (s: Service) => string> = {
  security: (s) => `Security on ${s.name} is shared: AWS secures the infrastructure that runs it, you secure what you put in it and how you configure it.`,
  'data-protection': (s) =>
    `Data protection in ${s.name} is shared: AWS protects the global infrastructure that runs it, you keep control of your content on it (who can reach it, its encryption and keys, its backups).`,
};

const topicName: Record<ServiceWholeTopic, string> = { security: 'security', 'data-protection': 'data protection' };
/** The documented duty that answers a whole topic when the question names no service. */
const generalWhole: Partial<Record<WholeTopic, string>> = { resilience: 'general-resiliency-shared' };

/** A question about security, data protection or resilience on AWS as a whole, naming no service. */
function answerGeneralWhole(question: string, p: ParsedQuestion, topic: WholeTopic): WhoAnswer | null {
  return answerGeneralDuty(question, p, generalWhole[topic] ?? '');
}

/** The answer of one documented general duty (a whole topic, a shared control), with the ranking's words for it when it ranks. */
function answerGeneralDuty(question: string, p: ParsedQuestion, dutyId: string): WhoAnswer | null {
  const duty = getDuty(dutyId);
  if (!duty) return null;
  const top: Candidate = rankCandidates(p, 20).find((c) => c.kind === 'duty' && c.duty.id === duty.id) ?? { kind: 'duty', duty, score: 0, words: [], terms: [] };
  return answerDuty(question, p, duty, undefined, top);
}

/**
 * A documented duty for the security of the service (or of a feature of it) as a whole ("Securing S3 on Outposts
 * buckets", "Security of Step Functions state machines"), when it ranks first: the finer answer, with its source.
 */
function wholeSecurityDuty(question: string, p: ParsedQuestion, service: Service): WhoKnownAnswer | null {
  const top = rankCandidates(p, 3)[0];
  if (!top || top.kind !== 'duty' || top.duty.owner !== 'shared' || !top.duty.services.includes(service.id) || !/^(securing|security of)\b/i.test(top.duty.name)) return null;
  return answerDuty(question, p, top.duty, undefined, top);
}

function answerServiceOnly(question: string, p: ParsedQuestion, service: Service, topic?: ServiceWholeTopic): WhoKnownAnswer {
  const byOwner: Record<Owner, AreaRef[]> = { aws: [], customer: [], shared: [] };
  const actions: string[] = [];
  for (const area of listAreas()) {
    const res = resolve(service.id, area.id);
    byOwner[res.owner].push(areaRef(area));
    if (res.owner !== 'aws' && res.overridden) actions.push(...res.customerActions.slice(0, 1));
  }
  for (const area of listAreas()) {
    const res = resolve(service.id, area.id);
    if (res.owner !== 'aws' && !res.overridden && actions.length < 8) actions.push(...res.customerActions.slice(0, 1));
  }
  const yours = new Set([...byOwner.customer, ...byOwner.shared].map((a) => a.id));
  return {
    question,
    owner: 'shared',
    service: serviceRef(service),
    area: { id: 'all', name: 'All areas' },
    summary: `${topic ? `${wholeSummary[topic](service)} ` : ''}On ${service.name} (${service.model} model) AWS owns ${byOwner.aws.length} areas, you own ${byOwner.customer.length}, and ${byOwner.shared.length} are shared.`,
    why: `${service.name} is ${service.model === 'infrastructure' ? 'an infrastructure service: you run the guest OS and everything above it' : service.model === 'container' ? 'a container (managed) service: AWS runs the OS and platform, you configure the service and own your data and access' : 'an abstracted service: AWS runs the infrastructure, OS and platform, you own your data, access and configuration'}.`,
    awsResponsibilities: byOwner.aws.map((a) => a.name),
    customerActions: [...new Set(actions)],
    ...coverageOf(yours),
    sources: [service.securityDoc, src.srm],
    notes: topic ? [`The question asks about ${topicName[topic]} on ${service.name} as a whole, which no single duty owns; ask about one part (encryption, access, patching, backups…) for its owner.`] : [],
    byOwner,
    matched: matchedOf(p),
  };
}

function answerAreaOnly(question: string, p: ParsedQuestion, area: Area): WhoAnswer {
  const refinementId = p.refinementId ?? undefined;
  const { uniform, exceptions } = areaOwners(area.id, refinementId);
  if (uniform && !p.genericArea) {
    const d = (refinementId ? getRefinement(area.id, refinementId)?.answer : undefined) ?? areaDefault(area, 'abstracted');
    const ref = refinedAreaRef(area, p);
    const fill = (t: string): string => t.replaceAll('{service}', 'each AWS service');
    const notes = [
      ...refinementNote(area, p),
      ...exceptions.map((s) => {
        const r = resolve(s.id, area.id, refinementId);
        return `${s.name}: ${r.owner} — ${r.why}`;
      }),
    ];
    return {
      question,
      owner: uniform,
      service: null,
      area: ref,
      summary: `${ownerPhrase[uniform]} for ${ref.name.toLowerCase()}, whatever the service${exceptions.length ? ' (see notes for on-premises exceptions)' : ''}.`,
      why: fill(d.why),
      awsResponsibilities: d.aws.map(fill),
      customerActions: d.customer.map(fill),
      ...coverageOf(new Set([area.id])),
      sources: [...(refinementId ? (getRefinement(area.id, refinementId)?.answer.sources ?? []) : []), ...area.sources].filter((s, i, all) => all.findIndex((x) => x.url === s.url) === i),
      notes,
      matched: matchedOf(p),
    };
  }
  const byModel = {} as Record<ServiceModel, { owner: Owner; examples: string[] }>;
  for (const m of models) {
    const owner = areaDefault(area, m).owner;
    const examples = listServices()
      .filter((s) => s.model === m && resolve(s.id, area.id).owner === owner)
      .slice(0, 4)
      .map((s) => s.name);
    byModel[m] = { owner, examples };
  }
  const phrase = areaPhrase(area);
  const picks = ['ec2', 'rds', 'lambda', 's3', 'eks', 'fargate'];
  return unknown(question, p, `The owner of ${area.name.toLowerCase()} depends on the service; name one.`, picks.slice(0, 4).map((id) => `who owns ${phrase} for ${id}`), { byModel, area: areaRef(area) });
}

/** A rival within this share of the best score is not clearly behind it. */
const closeShare = 0.8;
/** Below this coverage of the question's words, the ranking is not trusted and the grammar decides. */
const minCoverage = 0.34;
/** The same, for a duty of the service asked about when the question grammar read only a bare act. */
const minOwnDutyCoverage = 0.25;
/** A one-service duty answers a question naming no service only when this many times ahead of the best answer for every service. */
const impliedServiceRatio = 2;
/** A duty of an area's own owner refines that area when it scores at least this share of it. */
const refinesSameOwner = 0.45;
/** Between two close candidates, one that explains this much more of the question is the one asked about. */
const coverageLead = 0.1;
/**
 * A best match explaining less than this share of the question is unclear when a candidate with another owner
 * scores at least `underexplainedShare` of it and explains `underexplainedLead` more.
 */
const underexplainedCoverage = 0.4;
const underexplainedShare = 0.45;
const underexplainedLead = 0.25;
/** Between two close duties with different owners, a lead this large in the asked part after a stated side swaps them. */
const statedAskedLead = 0.3;
/** Between two close duties with different owners, a lead this large in the share of what is asked that the best explains decides for it. */
const decisiveCoverageLead = 0.25;
/** A one-service duty explaining this much more of a service-free question than the best answer for every service implies its service. */
const impliedCoverageLead = 0.3;

/** The owner a candidate gives for this question (a duty's stated or default setting; an area's cell); null: depends on the service. */
function candidateOwner(c: Candidate, p: ParsedQuestion): Owner | null {
  if (c.kind === 'duty') return statedCondition(c.duty, p)?.condition.owner ?? c.duty.owner;
  // A refinement ("shield standard") narrows the grammar's own area.
  const refinement = c.area.id === p.areaId ? (p.refinementId ?? undefined) : undefined;
  if (p.service) return resolve(p.service.id, c.area.id, refinement).owner;
  return areaOwners(c.area.id, refinement).uniform;
}

const candidateArea = (c: Candidate): string => (c.kind === 'duty' ? c.duty.area : c.area.id);
const candidateId = (c: Candidate): string => (c.kind === 'duty' ? c.duty.id : c.area.id);
const candidateName = (c: Candidate): string => (c.kind === 'duty' ? c.duty.name : c.area.name);

/** The service a duty answer is about: the question's (the duty applies to it), else the named or only service the duty is documented for. */
function dutyService(duty: Duty, p: ParsedQuestion): Service | null {
  if (p.service) return p.service;
  const named = p.serviceHits.find((h) => duty.services.includes(h.service.id));
  if (named) return named.service;
  if (duty.services.length === 1) return getService(duty.services[0] ?? '') ?? null;
  return null;
}

/** A question that asks for one candidate, for suggestions. */
function suggestionFor(c: Candidate, p: ParsedQuestion): string {
  const service = c.kind === 'duty' ? dutyService(c.duty, p) : p.service;
  const name = candidateName(c).toLowerCase();
  return service ? `who owns ${name} for ${service.id}` : `who owns ${name}`;
}

function explanation(p: ParsedQuestion, top: Candidate | null, runnerUp: Candidate | undefined, setting: Explanation['setting']): Explanation {
  const ownerOf = (c: Candidate): Owner | 'depends' => candidateOwner(c, p) ?? 'depends';
  const serviceWords = p.service ? p.serviceHits.filter((h) => h.service.id === p.service?.id).map((h) => h.alias) : [];
  return {
    service: p.service ? { id: p.service.id, words: serviceWords } : null,
    choice: top ? { kind: top.kind, id: candidateId(top), name: candidateName(top), words: top.words, score: round(top.score) } : null,
    runnerUp: runnerUp ? { kind: runnerUp.kind, id: candidateId(runnerUp), name: candidateName(runnerUp), owner: ownerOf(runnerUp), score: round(runnerUp.score) } : null,
    coverage: top ? round(coverage(p, top)) : null,
    setting,
  };
}

const round = (n: number): number => Math.round(n * 100) / 100;

function ownerWord(owner: Owner): string {
  return owner === 'aws' ? 'AWS' : owner === 'customer' ? 'the customer' : 'shared';
}

function answerDuty(question: string, p: ParsedQuestion, duty: Duty, runnerUp: Candidate | undefined, top: Candidate): WhoKnownAnswer {
  const stated = statedCondition(duty, p);
  const owner = stated?.condition.owner ?? duty.owner;
  const service = dutyService(duty, p);
  const area = getArea(duty.area);
  const areaRefOf: AreaRef = { id: duty.area, name: area?.name ?? areaName(duty.area) };
  const conditions: ConditionRef[] = duty.conditions.map((c) => ({ when: c.when, owner: c.owner, default: c.default, stated: c === stated?.condition }));
  const on = service ? ` on ${service.name}` : '';
  const setting = stated ? ` (${stated.condition.when})` : '';
  const notes: string[] = [];
  if (stated) notes.push(`"${stated.cue.replaceAll(' + ', ' … ')}" states the setting: ${stated.condition.when}. ${stated.condition.detail}`);
  else if (duty.conditions.length) {
    const byDefault = duty.conditions.find((c) => c.default);
    notes.push(
      `The owner depends on a setting the question does not state: ${duty.conditions.map((c) => `${c.when}: ${ownerWord(c.owner)}`).join('; ')}. ${byDefault ? `The answer is for AWS's default (${byDefault.when}).` : 'With no single default, the answer is "shared".'}`,
    );
  }
  if (duty.misconception) notes.push(duty.misconception);
  const areaIds = new Set([duty.area]);
  const sources = [duty.source, ...(service ? [service.securityDoc] : []), src.srm].filter((s, i, all) => all.findIndex((x) => x.url === s.url) === i);
  return {
    question,
    owner,
    service: service ? serviceRef(service) : null,
    area: areaRefOf,
    duty: { id: duty.id, name: duty.name },
    ...(conditions.length ? { conditions } : {}),
    summary: `${ownerPhrase[owner]} for ${lowerFirst(duty.name)}${on}${setting}.`,
    why: duty.why,
    awsResponsibilities: [duty.aws, ...(stated && stated.condition.owner !== 'customer' ? [stated.condition.detail] : [])],
    customerActions: [duty.customer, ...(duty.tool ? [`AWS tool that helps: ${duty.tool}.`] : [])],
    ...coverageOf(areaIds),
    sources,
    notes,
    matched: { ...matchedOf(p), area: top.words.join(' ') || null },
    explain: explanation(p, top, runnerUp, stated ? { when: stated.condition.when, words: stated.cue } : null),
  };
}

/** How much of the leader's score the other part of a split question must reach. */
const splitShare = 0.2;
/** With both sides' parts said in the premise, the other part may rank far lower: the question asked for both. */
const bothSidesSplitShare = 0.05;
const minSplitCoverage = 0.1;
const ownPartCoverage = 0.15;

/** The other part of a question that asks how a task is split: a candidate with another owner matching words of its own. */
function splitPart(p: ParsedQuestion, cue: SplitCue, top: Candidate, owner: Owner, candidates: readonly Candidate[]): Candidate | undefined {
  const own = (c: Candidate): boolean => c.kind === 'area' || c.duty.services.length === 0 || (p.service !== null && c.duty.services.includes(p.service.id));
  if (!own(top)) return undefined;
  const topTerms = new Set(top.terms);
  return candidates.find((c) => {
    if (c === top || !own(c) || c.score < top.score * (cue.bothSides ? bothSidesSplitShare : splitShare) || coverage(p, c) < minSplitCoverage) return false;
    if (c.kind === 'area' && top.kind === 'duty' && c.area.id === top.duty.area) return false;
    const other = candidateOwner(c, p);
    if (other === null || other === owner) return false;
    const cTerms = new Set(c.terms);
    // Asked in two clauses, AWS's and the customer's, each part matches a word of its owner's clause.
    if (cue.clauses) {
      const { clauses } = cue;
      const inClause = (part: Candidate, partOwner: Owner): boolean => partOwner === 'shared' || part.terms.some((t) => (partOwner === 'aws' ? clauses.aws : clauses.customer).has(t));
      if (!inClause(top, owner) || !inClause(c, other)) return false;
    }
    // With "vs" its only split word, each side of it has a word only one of the two parts matched.
    if (cue.versus) {
      const [before, after] = cue.versus;
      const onlyTop = (side: Set<string>): boolean => [...side].some((t) => topTerms.has(t) && !cTerms.has(t));
      const onlyC = (side: Set<string>): boolean => [...side].some((t) => cTerms.has(t) && !topTerms.has(t));
      if (!((onlyTop(before) && onlyC(after)) || (onlyC(before) && onlyTop(after)))) return false;
    }
    // Each part matches words of its own; a part whose words the leader's statement also mentions ("the security
    // groups on the hyperplane enis") counts when it explains a fair share of the question by itself.
    return top.terms.some((t) => !cTerms.has(t)) && (c.terms.some((t) => !topTerms.has(t)) || coverage(p, c) >= ownPartCoverage);
  });
}

/** One part of a split answer, as `srm who --json` prints it. */
export interface SplitPart {
  duty: AreaRef;
  owner: Owner;
}

function answerSplit(question: string, p: ParsedQuestion, top: Candidate, other: Candidate): WhoKnownAnswer {
  const parts = [top, other];
  const ownerOf = (c: Candidate): Owner => candidateOwner(c, p) ?? 'shared';
  const texts = (c: Candidate): { why: string; aws: string; customer: string; source: Source | undefined } => {
    if (c.kind === 'duty') return { why: c.duty.why, aws: c.duty.aws, customer: c.duty.customer, source: c.duty.source };
    const res = p.service ? resolve(p.service.id, c.area.id) : undefined;
    return { why: res?.why ?? '', aws: res?.awsResponsibilities[0] ?? '', customer: res?.customerActions[0] ?? '', source: res?.sources[0] };
  };
  const named = parts.map((c) => `${candidateName(c)} (${ownerWord(ownerOf(c))})`);
  const service = p.service;
  const sources = [...parts.map((c) => texts(c).source), ...(service ? [service.securityDoc] : []), src.srm]
    .filter((x): x is Source => x !== undefined)
    .filter((x, i, all) => all.findIndex((y) => y.url === x.url) === i);
  const areaIds = new Set(parts.map(candidateArea));
  return {
    question,
    owner: 'shared',
    service: service ? serviceRef(service) : null,
    area: { id: candidateArea(top), name: getArea(candidateArea(top))?.name ?? areaName(candidateArea(top)) },
    parts: parts.map((c) => ({ duty: { id: candidateId(c), name: candidateName(c) }, owner: ownerOf(c) })),
    summary: `${ownerPhrase.shared}${service ? ` on ${service.name}` : ''}: the question covers ${named.join(' and ')}.`,
    why: parts.map((c) => texts(c).why).filter(Boolean).join(' '),
    awsResponsibilities: parts.filter((c) => ownerOf(c) !== 'customer').map((c) => texts(c).aws).filter(Boolean),
    customerActions: parts.filter((c) => ownerOf(c) !== 'aws').map((c) => texts(c).customer).filter(Boolean),
    ...coverageOf(areaIds),
    sources,
    notes: [`The question asks how the work is split: each part has its own owner (${named.join('; ')}). Ask about one part for a single owner.`],
    matched: { ...matchedOf(p), area: top.words.join(' ') || null },
    explain: explanation(p, top, other, null),
  };
}

/** The question read as asking about `areaId`, with the words that chose that area as its phrase (no refinement). */
function readAs(p: ParsedQuestion, areaId: string, words: readonly string[]): ParsedQuestion {
  return { ...p, areaId, areaPhrase: words.join(' '), genericArea: false, refinementId: null, refinementCue: null };
}

/** The same, unless the question grammar read that area already (then its own reading, refinement included, stands). */
function asArea(p: ParsedQuestion, areaId: string, words: readonly string[]): ParsedQuestion {
  return areaId === p.areaId ? p : readAs(p, areaId, words);
}

const automaticTerms = new Set(termsOfWords(['default', 'automatically', 'automatic', 'turnkey', 'itself']).map((t) => t.term));
const enablingTerms = new Set(termsOfWords(['enable', 'configure', 'setup', 'opt']).map((t) => t.term));
/** "on by default?", "automatically?", "or do we have to turn it on / set it up?" */
function asksIfAutomatic(p: ParsedQuestion): boolean {
  const terms = termsOfWords(p.tokens).map((t) => t.term);
  return terms.some((t) => automaticTerms.has(t)) || (terms.some((t) => enablingTerms.has(t)) && p.tokens.includes('or'));
}
/** A duty whose name or phrases are about turning something on or setting it up. */
function enablingDuty(duty: Duty): boolean {
  return termsOfWords(tokenize([duty.name, ...duty.phrases].join(' '))).some((t) => enablingTerms.has(t.term));
}

/**
 * Ranks the documented duties (and areas) for the question and answers the best when it is clearly ahead
 * of every candidate that would give another owner. Returns null when the ranking is not trusted (too few
 * of the question's words matched), so the question grammar decides.
 */
function answerByRanking(question: string, p: ParsedQuestion, candidates: readonly Candidate[]): WhoAnswer | null {
  const mentioned = mentionedServices(p);
  /** A duty of a service the question neither names nor mentions (for a question about one service). */
  const unnamed = (c: Candidate): boolean => p.service !== null && c.kind === 'duty' && c.duty.services.length > 0 && !c.duty.services.includes(p.service.id) && !c.duty.services.some((s) => mentioned.has(s));
  let top = candidates[0];
  if (!top) return null;
  // Few of the question's words matched, but the duty lies in the area the question grammar read: the two agree.
  // Nor does the grammar decide when all it read was a bare act ("set up", "handle") and a duty of the service
  // asked about matched a good part of the question.
  const agrees = top.kind === 'duty' && top.duty.area === p.areaId;
  const ownDuty = top.kind === 'duty' && p.service !== null && top.duty.services.includes(p.service.id);
  const cover = coverage(p, top);
  if (cover < minCoverage && !agrees && !(p.genericArea && ownDuty && cover >= minOwnDutyCoverage)) return null;
  // A documented duty refines its area: when the area leads only narrowly (or the duty gives the area's own
  // owner, so it only adds detail), the duty answers. A rival must then still come close to the area's score
  // when the duty only adds detail (leadScore).
  let leadScore = top.score;
  if (top.kind === 'area') {
    const area = top.area.id;
    const areaOwner = candidateOwner(top, p);
    const own = (d: Duty): boolean => (p.service ? d.services.length === 0 || d.services.includes(p.service.id) : d.services.length === 0);
    const refining = candidates.find((c) => c.kind === 'duty' && c.duty.area === area && own(c.duty));
    const share = refining && candidateOwner(refining, p) === areaOwner ? refinesSameOwner : closeShare;
    if (refining && refining.score >= top.score * share) {
      if (share !== refinesSameOwner) leadScore = refining.score;
      top = refining;
    }
  }
  let owner = candidateOwner(top, p);
  // Among close candidates with the same owner, the one that explains most of the question names the duty.
  const leader = top;
  const akin = (c: Candidate): boolean => c.kind === 'duty' && leader.kind === 'duty' && (c.duty.area === leader.duty.area || c.duty.services.some((s) => leader.duty.services.includes(s)));
  const sameOwner = candidates.filter((c) => c !== leader && akin(c) && c.score >= leader.score * closeShare && candidateOwner(c, p) === owner);
  const leaderCoverage = coverage(p, leader);
  const fuller = sameOwner.find((c) => coverage(p, c) >= leaderCoverage + coverageLead);
  if (fuller) top = fuller;
  // "engine patching vs db users: one owner or split?": two duties with different owners, each matching words of
  // its own, answer together.
  const cue = owner !== null && owner !== 'shared' ? splitCue(p) : null;
  // Concluded from both sides, a shared duty of the service (or of AWS in general) among the candidates is the whole
  // asked about ("rds postgres: aws ships the os and minor engine patches, the client picks the window. so who owns
  // rds patching end to end" is the RDS patching split).
  const lead = top;
  const whole = cue?.bothSides ? candidates.find((c) => c !== lead && c.kind === 'duty' && candidateOwner(c, p) === 'shared' && (c.duty.services.length === 0 || c.duty.services.includes(p.service?.id ?? '')) && c.score >= lead.score * bothSidesSplitShare) : undefined;
  if (whole?.kind === 'duty') return answerDuty(question, p, whole.duty, undefined, whole);
  const split = cue && owner !== null ? splitPart(p, cue, top, owner, candidates) : undefined;
  if (split) return answerSplit(question, p, top, split);
  // An area whose owner depends on the service, asked about with no service: say so, per model.
  if (top.kind === 'area' && owner === null && !p.service) {
    return { ...answerAreaOnly(question, asArea(p, top.area.id, top.words), top.area), explain: explanation(p, top, undefined, null) };
  }
  let rival: Candidate | undefined;
  const tooClose = (): WhoUnknownAnswer | null => {
    if (!top || !rival) return null;
    const suggestions = [suggestionFor(top, p), suggestionFor(rival, p), ...candidates.slice(0, 4).map((c) => suggestionFor(c, p))];
    return unknown(question, p, `The question fits "${candidateName(top)}" (${ownerWord(owner ?? 'shared')}) and "${candidateName(rival)}" (${ownerWord(candidateOwner(rival, p) ?? 'shared')}) about equally: ask about one of them.`, suggestions, { explain: explanation(p, top, rival, null) });
  };
  // A duty of one service answering a question that names no service: it speaks for that service only. A
  // clearly better match stands (the words imply the service: "aws managed keys"); otherwise the best answer
  // that holds for every service is given when it agrees, and the question is sent back when it does not.
  // Once answered for every service, the duties of services the question does not name are no rivals.
  const forEveryService = (c: Candidate): boolean => c.kind === 'area' || c.duty.services.length === 0;
  let general = false;
  if (top.kind === 'duty' && !p.service && top.duty.services.length > 0 && !p.serviceHits.length && !top.duty.services.some((s) => mentioned.has(s))) {
    const free = candidates.find(forEveryService);
    // The duty explaining far more of the question's words ("resolver query logs") also implies its service.
    if (free && top.score < free.score * impliedServiceRatio && coverage(p, top) < coverage(p, free) + impliedCoverageLead) {
      // The best answer for every service is an area that depends on the service: say so, per model.
      if (free.kind === 'area' && candidateOwner(free, p) === null) {
        return { ...answerAreaOnly(question, asArea(p, free.area.id, free.words), free.area), explain: explanation(p, free, top, null) };
      }
      if (candidateOwner(free, p) !== owner) {
        rival = free;
        return tooClose();
      }
      top = free;
      general = true;
    }
  }
  // The area a duty belongs to is not a rival of that duty (the duty is the finer answer).
  // Nor, for a question about one service, is a duty of a service it does not name ("site power and cooling"
  // of Outposts for a question about RDS).
  const independent = (c: Candidate): boolean => !(top?.kind === 'duty' && c.kind === 'area' && c.area.id === top.duty.area) && (!general || forEveryService(c)) && !unnamed(c);
  rival = candidates.filter((c) => c !== top).find((c) => independent(c) && candidateOwner(c, p) !== owner);
  const close = (c: Candidate): boolean => c.score >= Math.max(top?.score ?? 0, leadScore) * closeShare;
  // A question that states one side and asks about another: the close duty that explains far more of the asked
  // part is the one asked about ("we patch the guest os ourselves, fine. who patches the HYPERVISOR?").
  if (rival && close(rival) && top.kind === 'duty' && rival.kind === 'duty') {
    const [t, r] = [statedAskedCoverage(p, top), statedAskedCoverage(p, rival)];
    if (t !== null && r !== null && r >= t + statedAskedLead) {
      [top, rival] = [rival, top];
      owner = candidateOwner(top, p);
    }
  }
  // A best match that explains far less of the question than a candidate with another owner ranks first on a few
  // heavy words only ("spinning up INSTANCES" after "an access key leaked… who responds"): not clear enough.
  const best = top;
  const bestCoverage = askedCoverage(p, best);
  // (Only a duty the question can be about: of AWS in general, or of a service it names.)
  const about = (c: Candidate): boolean => c.kind === 'duty' && (c.duty.services.length === 0 || c.duty.services.some((id) => id === p.service?.id || mentioned.has(id)));
  const explainsMore = bestCoverage < underexplainedCoverage && candidates.find((c) => c !== best && about(c) && independent(c) && candidateOwner(c, p) !== owner && c.score >= best.score * underexplainedShare && askedCoverage(p, c) >= bestCoverage + underexplainedLead);
  if (explainsMore) {
    rival = explainsMore;
    return tooClose();
  }
  // Between two close duties with different owners, the best-ranked one stands when it also explains far more of
  // what is asked: the other matched only some of its words ("NO shield advanced, who provides the baseline ddos
  // protection" is Shield Standard, not the application-layer defences Shield Advanced helps with).
  if (rival && close(rival) && top.kind === 'duty' && rival.kind === 'duty' && askedCoverage(p, top) >= askedCoverage(p, rival) + decisiveCoverageLead) rival = undefined;
  // "Is X on by default, or do we turn it on?" between "X once it is on" (AWS) and turning X on (the customer): the
  // question asks who turns it on.
  // (Unless the best is a duty AWS does by default and the question states that default: "does aws encrypt uploads by
  // default or do we configure something" is S3's default encryption.)
  const defaultOn = (c: Candidate): boolean => c.kind === 'duty' && statedCondition(c.duty, p)?.condition.default === true && candidateOwner(c, p) === 'aws';
  if (rival && close(rival) && top.kind === 'duty' && rival.kind === 'duty' && asksIfAutomatic(p) && !defaultOn(top)) {
    const enabling = [top, rival].filter((c) => candidateOwner(c, p) === 'customer' && c.kind === 'duty' && enablingDuty(c.duty));
    if (enabling.length === 1) {
      if (enabling[0] !== top) top = enabling[0]!;
      owner = 'customer';
      rival = undefined;
    }
  }
  // The question states a setting that decides one of the two close duties' owner ("runtime update mode set to
  // Manual … who moves it to the patched runtime"): that duty is the one asked about, the other only shares words.
  if (rival && close(rival) && top.kind === 'duty' && rival.kind === 'duty') {
    const [t, r] = [statedCondition(top.duty, p), statedCondition(rival.duty, p)];
    if (!t && r) {
      top = rival;
      owner = candidateOwner(top, p);
    }
    if (!t !== !r) rival = undefined;
  }
  // A pasted compliance check a resource fails ("RDS.13 … should be enabled"): putting it right is the customer's.
  if (rival && close(rival) && p.pastedCheck && (owner === 'customer' || candidateOwner(rival, p) === 'customer')) {
    if (owner !== 'customer') top = rival;
    owner = 'customer';
    rival = undefined;
  }
  // A question concluded from both sides asks for the whole: of two close duties, the shared one answers it ("aws
  // provides the AZs, we architect multi-az, backups. who owns resilience of our rds workload?").
  // So does one that asks outright whether it is split, or for the big picture ("keeping lambda runtimes patched, big
  // picture: purely aws's job or split?").
  if (rival && close(rival) && (owner === 'shared' || candidateOwner(rival, p) === 'shared') && (concludesFromBothSides(p) || asksSplitOrWhole(p))) {
    if (owner !== 'shared') [top, owner] = [rival, 'shared'];
    rival = undefined;
  }
  if (rival && close(rival)) {
    // Too close to call on words alone. When the area the question grammar read fits neither, the grammar's
    // answer stands; otherwise the question is sent back with both readings as suggestions.
    const topFits = p.areaId !== null && candidateArea(top) === p.areaId;
    const rivalFits = p.areaId !== null && candidateArea(rival) === p.areaId;
    if (p.areaId !== null && !topFits && !rivalFits) return null;
    // Both fit the grammar's area, and the grammar read a narrower reading of it ("automatic ddos protection" is
    // Shield Standard): the candidate with that reading's owner stands.
    if (topFits && rivalFits && p.refinementId && p.service) {
      const refined = resolve(p.service.id, p.areaId ?? '', p.refinementId).owner;
      if (refined === owner) rival = undefined;
      else if (refined === candidateOwner(rival, p)) {
        [top, rival] = [rival, undefined];
        owner = refined;
      }
    }
    if (rival && (!topFits || rivalFits)) return tooClose();
  }
  // A duty of another service (not one the question mentions, nor a tool such as KMS) does not speak for the
  // service asked about: its area does, answered for that service ("pinpoint" is not answered with S3's storage duty).
  if (top.kind === 'duty' && p.service && unnamed(top)) {
    const area = getArea(top.duty.area);
    // Only when a word of the area matched: a duty of another service that shares no more than verbs with the
    // question ("maintains and patches") says nothing about the service's area.
    const areaTerms = area ? termsOfWords(tokenize([area.name, ...area.aliases].join(' '))).map((t) => t.term) : [];
    if (area && !areaTerms.some((t) => top.terms.includes(t))) return unplaced(question, p, p.service, candidates);
    if (area) return { ...answerServiceArea(question, readAs(p, area.id, top.words), p.service, area), explain: explanation(p, top, rival, null) };
  }
  if (top.kind === 'duty') return answerDuty(question, p, top.duty, rival, top);
  // A refinement ("shield standard") narrows the grammar's area only.
  const q = asArea(p, top.area.id, top.words);
  const answer = p.service ? answerServiceArea(question, q, p.service, top.area) : answerAreaOnly(question, q, top.area);
  return { ...answer, explain: explanation(p, top, rival, null) };
}

/** How much of the question the best-ranked candidate must explain to overrule the question grammar. */
const overruleCoverage = 0.15;

/**
 * The question grammar's answer (an area read from its words) when the ranking could not decide, held against
 * the best-ranked candidate: when that candidate explains a fair part of the question and gives another owner,
 * the two readings disagree and the question is sent back with both, rather than answered from the area's
 * words alone ("the patch baseline excluded kernel updates" is the customer's Patch Manager setting, not the
 * service's own OS patching).
 */
function checkedByRanking(question: string, p: ParsedQuestion, candidates: readonly Candidate[], answer: WhoAnswer): WhoAnswer {
  if (answer.owner === 'unknown') return answer;
  const top = candidates[0];
  const covered = top ? coverage(p, top) : 0;
  if (!top || covered < overruleCoverage) return answer;
  const other = candidateOwner(top, p);
  if (other === null || other === answer.owner || (top.kind === 'area' && top.area.id === answer.area.id)) return answer;
  // "who maintains our NACL rules": with no service named, a duty of a service the question does not mention
  // ("maintaining AWS Config managed rules") that explains under half of it and misses the word that named the
  // area does not overrule the area.
  if (!p.service && top.kind === 'duty' && top.duty.services.length > 0 && covered < 0.5 && p.areaPhrase && !p.genericArea) {
    const mentioned = mentionedServices(p);
    const missesArea = termsOfWords(tokenize(p.areaPhrase)).some((t) => !top.terms.includes(t.term));
    if (missesArea && !top.duty.services.some((s) => mentioned.has(s))) return answer;
  }
  const grammar = p.service ? `who owns ${answer.area.name.toLowerCase()} for ${p.service.id}` : `who owns ${answer.area.name.toLowerCase()}`;
  return unknown(question, p, `The question reads as "${answer.area.name}" (${ownerWord(answer.owner)}) and as "${candidateName(top)}" (${ownerWord(other)}): ask about one of them.`, [suggestionFor(top, p), grammar], {
    explain: explanation(p, top, undefined, null),
  });
}

/** Words for the infrastructure a service runs on, and for its hosts when said to be under it. */
const infraWords = new Set(['infrastructure', 'infra', 'virtualization']);
const hostWords = new Set(['hosts', 'host', 'servers', 'hardware', 'disk', 'disks', 'drive', 'drives', 'racks']);
const underWords = new Set(['underlying', 'underneath', 'beneath', 'under', 'actual', 'physical']);
/** Verbs of securing and running it ("who protects …", "who patches the hosts …", "… infra security?"). */
const securingWords = new Set([
  'protect', 'protects', 'protecting', 'protected', 'protection', 'secure', 'secures', 'securing', 'secured', 'security', 'patch', 'patches', 'patching',
  'harden', 'hardens', 'maintain', 'maintains', 'operates', 'operate',
  // and asking whose it is: "… disks underneath, whose job", "is that covered by aws", "a failed disk under it, who swaps it"
  'job', 'responsible', 'responsibility', 'covered', 'handles', 'swap', 'swaps', 'replace', 'replaces',
]);
/** Words that make the thing the customer's, or ask about a customer's part beside the infrastructure. */
const notAwsInfra = new Set(['our', 'my', 'we', 'us', 'your', 'code', 'iac', 'data', 'configuration', 'config', 'settings', 'permissions', 'iam', 'keys', 'key', 'encryption', 'encrypt', 'encrypting', 'encrypted', 'users', 'access', 'and', 'vs', 'versus', 'or']);
/** The customer's resources of the service, which "our" may name without making the infrastructure under them the customer's ("a dead drive under OUR elasticache nodes"). */
const ownResources = new Set(['nodes', 'node', 'instances', 'instance', 'cluster', 'clusters', 'db', 'dbs', 'database', 'databases', 'buckets', 'bucket', 'tables', 'table', 'volumes', 'volume', 'domain', 'domains', 'brokers', 'queues', 'functions']);
/** Services whose hosts' operating system is the customer's (instances, container instances, nodes, RDS Custom's EC2 host). */
const customerHostOs = new Set(['ec2', 'rds-custom', 'ecs', 'eks', 'emr', 'lightsail', 'aws-batch', 'parallelcluster', 'pcs', 'gamelift', 'elastic-beanstalk', 'launch-wizard']);
const osWords = new Set(['os', 'kernel', 'linux', 'windows', 'ubuntu', 'macos']);
/** Services that run in the customer's own site: their infrastructure is partly the customer's. */
const onCustomerSite = new Set(['outposts', 'snowball', 'storage-gateway', 'iot-greengrass', 'iot-core', 'iot-sitewise']);

/**
 * The question asks who secures the infrastructure a named service runs on, and nothing of the customer's ("who
 * protects the infra that aurora runs on", "step functions, who secures the underlying infra", "the actual hosts the
 * shards live on"): AWS's security of the cloud, whatever the service's own duties say about the parts on top.
 */
function serviceInfrastructure(p: ParsedQuestion): boolean {
  // (a service on the customer's site has a side in AWS's cloud: "the sitewise cloud side, the disks underneath")
  if (!p.service || (onCustomerSite.has(p.service.id) && !p.tokens.some((w, i) => w === 'cloud' && p.tokens[i + 1] === 'side'))) return false;
  const t = p.tokens;
  const at = t.findIndex((w, i) => !inServiceName(p, i) && (infraWords.has(w) || (hostWords.has(w) && t.slice(Math.max(0, i - 3), i + 3).some((x) => underWords.has(x)))));
  // (not "infrastructure as code")
  if (at < 0 || t[at + 1] === 'as') return false;
  // (the operating system on those hosts is the customer's where it runs its own: "RDS Custom … the OS on the underlying EC2 host")
  if (customerHostOs.has(p.service.id) && t.some((w) => osWords.has(w))) return false;
  // ("our elasticache nodes", "our container instances": where the infrastructure is; "the virtualization layer AND
  // physical hardware": more of it)
  const possessive = (i: number): boolean => (t[i] === 'our' || t[i] === 'my') && [1, 2].some((n) => inServiceName(p, i + n) || ownResources.has(t[i + n] ?? ''));
  const moreInfra = (i: number): boolean => (t[i] === 'and' || t[i] === 'or') && [1, 2].some((n) => infraWords.has(t[i + n] ?? '') || hostWords.has(t[i + n] ?? '') || underWords.has(t[i + n] ?? ''));
  return t.some((w) => securingWords.has(w)) && !t.some((w, i) => notAwsInfra.has(w) && !inServiceName(p, i) && !possessive(i) && !moreInfra(i));
}

/** A question about a known service whose topic matched no documented duty or area well enough. */
function unplaced(text: string, p: ParsedQuestion, service: Service, ranked: readonly Candidate[]): WhoUnknownAnswer {
  const candidates = ranked.slice(0, 4);
  const suggestions = candidates.length ? candidates.map((c) => suggestionFor(c, p)) : [`who owns what for ${service.id}`];
  return unknown(text, p, `srm knows ${service.name} but not the duty this asks about well enough to name an owner; a wrong owner is worse than none.`, suggestions, { explain: explanation(p, candidates[0] ?? null, candidates[1], null) });
}

function unknownFeatureAnswer(text: string, p: ParsedQuestion, service: Service, feature: string): WhoUnknownAnswer {
  const reason = `Unknown feature "${feature}": srm does not know it as a feature of ${service.name}, so the owners it knows for ${service.name} may not hold for it; it will not guess.`;
  return unknown(text, p, reason, [`who owns what for ${service.id}`], { unknownWords: [feature] });
}

function unknownService(text: string, p: ParsedQuestion, area: Area | undefined): WhoUnknownAnswer {
  const near = closestServices(p.unknownWords.join(' '));
  const phrase = area ? areaPhrase(area) : 'guest os patching';
  const suggestions = near.length ? near.map((s) => `who owns ${phrase} for ${s.id}`) : examplesFor(area);
  const reason =
    p.vendorNameWords.length > 0
      ? `Unknown product, edition or engine "${p.vendorNameWords.join(' ')}": srm knows ${listServices().length} AWS services with the editions and engines AWS sells, and will not guess.`
      : `Unknown service "${p.unknownWords.join(' ')}": srm knows ${listServices().length} AWS services and will not guess.`;
  return unknown(text, p, reason, suggestions, { unknownWords: p.vendorNameWords.length > 0 ? p.vendorNameWords : p.unknownWords });
}

/** Nouns after a name in PascalCase that make it an identifier of AWS's, not a product ("the TunnelState METRIC"). */
const identifierNouns = new Set(['metric', 'metrics', 'alarm', 'alarms', 'event', 'events', 'api', 'call', 'calls', 'action', 'actions', 'permission', 'field', 'fields', 'parameter', 'property', 'attribute', 'dimension', 'condition', 'key']);

/** An unknown word, in no dictionary, that the question writes capitalised ("QRadar", "Zscaler"): a product's name. */
function writtenName(text: string, p: ParsedQuestion): string | undefined {
  return p.unknownWords.find((w) => {
    if (!/^[a-z][a-z0-9]{2,}$/.test(w) || isEnglishWord(w)) return false;
    const asWritten = wordAsWritten(text, w);
    // (capitalised as a name is, "QRadar", "Zscaler": not a field's camelCase "userIdentity", nor an acronym "CCP")
    // (nor an API's or a metric's name, "TunnelState metric", "PutBucketPolicy call")
    const next = p.tokens[p.tokens.indexOf(w) + 1] ?? '';
    return asWritten !== undefined && /^[A-Z]/.test(asWritten) && /[a-z]/.test(asWritten) && !(/^[A-Z][a-z]+[A-Z]/.test(asWritten) && identifierNouns.has(next));
  });
}

/** The model's shared duties for compliance with one regime ("GDPR compliance … as a whole"), by the one word that names it. */
const regimeDuties = listDuties().filter((d) => d.services.length === 0 && d.owner === 'shared' && d.area === 'compliance-evidence' && d.id !== 'general-compliance-shared');
/** Compliance as a whole: the regime's own duty when the question names a regime that has one, else the model's. */
function complianceDuty(p: ParsedQuestion): string {
  const words = new Set(p.tokens);
  return regimeDuties.find((d) => d.phrases.some((phrase) => !phrase.includes(' ') && words.has(phrase)))?.id ?? 'general-compliance-shared';
}

/** True when the words before `tokens[i]` set it against another product ("playfab VS gamelift"). */
function versusAt(tokens: readonly string[], i: number): boolean {
  const prev = tokens[i - 1] ?? '';
  return prev === 'vs' || prev === 'versus' || prev === 'than' || comparedAt(tokens, i);
}

/** Words that offer two products as alternatives ("heroku dynos OR app runner"). */
const choiceWords = new Set(['or', 'vs', 'versus']);

/**
 * Another vendor's product beside a named AWS service is context ("the vmware host our datasync agent runs on"),
 * as is a vendor the question moves away from. A service written by its id counts ("pagerduty: inspector flagged
 * a cve on our instance", "the iam user's key is on github"); so does the vendor's software by the vendor's name
 * ("ibm qradar"), but never another cloud ("ibm cloud satellite").
 */
function vendorAsContext(p: ParsedQuestion, foreign: string): boolean {
  const words = foreign.split(' ');
  const at = p.tokens.indexOf(words[0] ?? '');
  const offeredAsChoice = p.tokens.slice(Math.max(0, at - 3), at + words.length + 3).some((t) => choiceWords.has(t));
  // (an identity provider federated into an AWS service is context too: "entra id as the identity source for identity center")
  const idp = words.some((w) => thirdPartyIdps.has(w)) || (words[0] === 'azure' && (p.tokens[at + 1] === 'ad' || p.tokens[at + 1] === 'active'));
  const software = idp || vendorProducts.has(foreign) || (vendorProducts.has(words[0] ?? '') && !words.includes('cloud')) || (hostingPlatforms.has(foreign) && !offeredAsChoice);
  // (a general question about AWS that only moves away from another vendor: "coming from heroku … on aws who patches now?")
  const awsNamed = p.tokens.some((t) => brands.has(t));
  if (asksAboutVendorsThing(p, at, words.length)) return false;
  // (nor when the AWS services are named only after it, as what its thing is likened to: "DigitalOcean DOKS control
  // plane upgrade — is that handled LIKE EKS?")
  const named = namedOutright(p.serviceHits);
  if (named.length > 0 && named.every((h) => h.start > at && versusAt(p.tokens, h.start))) return false;
  if (vendorAfterQuestion(p, at) || vendorInSentenceOfItsOwn(p, foreign)) return true;
  // (so is the customer's credential for it, kept in an AWS service: "the pinecone + openai API KEYS in secrets manager";
  // and its integration with one, asked about as such: "we'll plug Veeam into the EVS hosts … who maintains that INTEGRATION")
  const credential = p.tokens.slice(at + words.length, at + words.length + 4).some((t) => credentialWords.has(t));
  const integration = p.tokens.slice(at + words.length).some((t) => integrationWords.has(t));
  return (namesAwsBesideVendor(p) && (software || credential || integration || p.foreignAside)) || (p.foreignAside && awsNamed);
}

/**
 * Another vendor named only in a sentence of its own that asks nothing, while another sentence asks about an AWS
 * service, or about AWS's model: what the customer knew before, set beside the question ("on gcp cloud functions i
 * never thought about this. our lambdas … who applies the runtime patches?", "ecr: who turns on scanning? artifact
 * registry did it for us", "heroku never asked us about this. in aws's model who is responsible?").
 */
function vendorInSentenceOfItsOwn(p: ParsedQuestion, foreign: string): boolean {
  const t = p.tokens;
  const at = phraseAt(t, foreign);
  if (at < 0) return false;
  const [start, end] = sentenceAt(p, at);
  if (phraseAt(t, foreign, end) >= 0) return false;
  const own = t.slice(start, end);
  // (a "who" the sentence only tells of asks nothing: "on azure app service i never once THOUGHT ABOUT WHO patches the vm")
  if (own.some((w, i) => whoWordsOfAsking.has(w) && !toldOfAsking.has(own[i - 1] ?? '')) || openingAsks.has(own[0] ?? '')) return false;
  const asking = t.findIndex((w, i) => (i < start || i >= end) && whoWordsOfAsking.has(w));
  if (asking < 0) return false;
  const outside = (s: number, e: number): boolean => e <= start || s >= end;
  // (not when the asking sentence points back at the vendor's: "… runs google cloud backup and dr service. who sets
  // the vault's retention THERE?")
  const [aStart, aEnd] = sentenceAt(p, asking);
  if (t[aEnd - 1] === 'there' || t.slice(aStart, aEnd).some((w, i, all) => (w === 'in' || w === 'on') && all[i + 1] === 'there')) return false;
  if (p.serviceHits.some((h) => outside(h.start, h.end) && !thingNouns.has(h.alias) && !genericTechAliases.has(h.alias))) return true;
  // (no service named: the model itself, asked of AWS by name in the asking sentence)
  const asked = t.slice(aStart, aEnd);
  return asked.some((w) => brands.has(w)) && asked.some((w) => modelWords.has(w));
}

/** Words before a "who" that tell of a question rather than ask it ("never thought ABOUT who patches it"). */
const toldOfAsking = new Set(['about', 'wondered', 'knew', 'cared', 'thought']);

/** Words that name the model itself ("in aws's MODEL who is responsible"). */
const modelWords = new Set(['model', 'responsibility', 'srm']);

/**
 * The vendor named only in a sentence after the question, which names an AWS service: "who creates the AWS Backup plans
 * for our EFS volumes? central IT runs VEEAM on prem but not this" is about AWS Backup.
 */
function vendorAfterQuestion(p: ParsedQuestion, at: number): boolean {
  const who = p.tokens.findIndex((w) => whoWordsOfAsking.has(w));
  if (who < 0) return false;
  const [, end] = sentenceAt(p, who);
  return at >= end && p.serviceHits.some((h) => h.start > who && h.end <= end && !thingNouns.has(h.alias));
}

/**
 * Whether what is asked is the other vendor's own thing, an AWS service only beside it: the vendor named again in
 * what is asked, asked "on" the vendor after weighing it against AWS ("sendgrid vs ses: ON SENDGRID who manages the
 * ip warmup"), or the vendor's thing opens the question and the question asks about it ("GITHUB ACTIONS hosted
 * RUNNERS that push to our ecr — who patches those RUNNER vms", "github actions encrypted secrets … who rotates THOSE").
 */
function asksAboutVendorsThing(p: ParsedQuestion, at: number, width: number): boolean {
  const t = p.tokens;
  // (or a yes-no question of AWS: "… does aws patch them or nah")
  const whoAt = t.findLastIndex((w) => whoWordsOfAsking.has(w));
  const who = whoAt >= 0 ? whoAt : t.findLastIndex((w, i) => auxiliaryAsks.has(w) && brands.has(t[i + 1] ?? ''));
  if (who < 0 || at < 0 || at > who) return false;
  // (a colocation site's space the customer rents is the customer's own: "the Outposts rack in our EQUINIX cage: who
  // secures the cage")
  if (colocationSites.has(t[at] ?? '')) return false;
  // (the vendor named again in what is asked: "tableau cloud vs quicksight: who patches TABLEAU's servers"; not the
  // customer's credential for it, "who stores the STRIPE SECRET KEY")
  const asked = t.slice(who + 1);
  if (asked.includes(t[at] ?? '') && !onPremisesSoftware.has(t[at] ?? '') && !asked.some((w) => credentialWords.has(w))) return true;
  // (the vendor's own things: "OKTA's OWN infra patching (it's our IdP federated into identity center)")
  if (t[at + width] === 'own' && !onPremisesSoftware.has(t[at] ?? '')) return true;
  // (so is a hosting platform's own thing named right after it, asked again: "our old stuff is on a digitalocean DROPLET
  // … who patches the DROPLET kernel")
  // (not a technology AWS runs too: "swapping our heroku REDIS add-on for elasticache: who patches the REDIS engine now")
  const own = t[at + width] ?? '';
  const technology = p.serviceHits.some((h) => h.start <= at + width && at + width < h.end);
  if (hostingPlatforms.has(t[at] ?? '') && own.length > 2 && !stopwords.has(own) && !thingNouns.has(own) && !technology && asked.includes(own)) return true;
  // (weighed against the AWS service first: "sendgrid vs ses: ON SENDGRID who …"; not a place a key leaked to, "the key is on github, who rotates it")
  const last = t.lastIndexOf(t[at] ?? '');
  if (t.some((w) => w === 'vs' || w === 'versus') && placeWords.has(t[last - 1] ?? '') && who === last + width) return true;
  // (the vendor's thing: its name and the words with it, up to a pause or a word that starts a clause; not software the
  // customer runs itself, "the ESXI HOST running our storage gateway vm … whose problem is the host")
  // (after no more than "we still have 2 …" for a platform that hosts them: "we still have 2 DIGITALOCEAN droplets"; not
  // software the customer runs, "we have palo alto vm-series behind a gateway load balancer")
  const having = (w: string): boolean => hostingPlatforms.has(t[at] ?? '') && (havingWords.has(w) || /^\d+$/.test(w));
  if (t.slice(0, at).some((w) => !determiners.has(w) && !having(w)) || onPremisesSoftware.has(t[at] ?? '')) return false;
  let end = at + width;
  while (end < who && !p.pauses.has(end) && !clauseWords.has(t[end] ?? '')) end++;
  const thing = new Set(termsOfWords(t.slice(at + width, end)).map((x) => x.term));
  return asked.some((w) => vendorThingPronouns.has(w)) || termsOfWords(asked).some((x) => thing.has(x.term) && !genericAskedTerms.has(x.term));
}
const whoWordsOfAsking = new Set(['who', 'whos', 'whose']);
const auxiliaryAsks = new Set(['does', 'do', 'will', 'would', 'should', 'is']);
/** Words that make a sentence a question when it opens with them ("DOES gcp patch this", "IS heroku on the hook"). */
// (the words of asking who are checked on their own, wherever they stand in the sentence)
const openingAsks = new Set([...auxiliaryAsks, 'are', 'can', 'could', 'did', 'must', 'which', 'what']);
/** "WE STILL HAVE 2 droplets…": the customer saying it has the vendor's things, before naming them. */
const havingWords = new Set(['we', 'still', 'have', 'has', 'got', 'also', 'i']);
const placeWords = new Set(['on', 'in', 'at', 'with', 'inside']);
const clauseWords = new Set(['that', 'which', 'for', 'to', 'from', 'in', 'on', 'with', 'is', 'are', 'and']);
const vendorThingPronouns = new Set(['those', 'these', 'them', 'theirs']);
/** What joins another vendor's product to an AWS service ("who maintains that INTEGRATION"). */
const integrationWords = new Set(['integration', 'integrations', 'integrate', 'integrated', 'integrating', 'connector', 'connectors', 'plugin', 'plugins']);
/** The customer's credentials for another vendor's service ("the stripe SECRET KEY"): the customer's, beside AWS. */
const credentialWords = new Set(['key', 'keys', 'secret', 'secrets', 'token', 'tokens', 'credential', 'credentials', 'creds', 'password', 'passwords', 'apikey']);
const genericAskedTerms = new Set(termsOfWords(['patch', 'secure', 'manage', 'owns', 'responsible']).map((x) => x.term));

/**
 * Whether the question names an AWS service outside the other vendor's own product name: in "Salesforce
 * Government Cloud Plus Shield Platform Encryption", "Shield" is a word of Salesforce's product (the Title-Case
 * run after the vendor's name), not AWS Shield.
 */
function namesAwsBesideVendor(p: ParsedQuestion): boolean {
  const at = p.foreign ? p.tokens.indexOf(p.foreign.split(' ')[0] ?? '') : -1;
  let end = at + 1;
  while (at >= 0 && end < p.tokens.length && p.titled.has(p.tokens[end] ?? '')) end++;
  // (and the word right after it, unless an AWS service's name starts there: "Salesforce Health Cloud SHIELD platform
  // encryption" is the vendor's Shield, not AWS Shield)
  const next = p.tokens[end] ?? '';
  if (at >= 0 && next && !stopwords.has(next) && !p.serviceHits.some((h) => h.start === end)) end++;
  const inVendorName = (i: number): boolean => at >= 0 && i > at && i < end;
  // (a generic noun, "hosts" or "vms", names no AWS service beside the vendor: "IBM Cloud Satellite location hosts"; nor
  // does a generic technology, "vercel serverless functions", "kafka on confluent cloud")
  const hits = p.serviceHits.filter((h) => !inVendorName(h.start) && !thingNouns.has(h.alias) && !genericTechAliases.has(h.alias));
  const outside: ParsedQuestion = { ...p, serviceHits: hits, tokens: p.tokens.map((t, i) => (inVendorName(i) ? '' : t)) };
  return (p.service !== null && !p.genericServiceName && hits.length > 0) || mentionedServices(outside).size > 0;
}

/**
 * Answers a free-text question ("who patches the guest os on ec2?") from the
 * knowledge base. Never guesses an owner for a service it does not know:
 * such questions answer `owner: "unknown"` with suggestions.
 */
const brands = new Set(['aws', 'amazon']);

/** Words that turn from the customer's own site to AWS ("on prem we shredded the drives. IN AWS who destroys them?"). */
const onAwsPhrases = ['in aws', 'on aws', 'at aws', 'with aws', 'in the cloud', 'on the cloud', 'in amazon', 'on amazon'];

/** Where the words of `phrase` next stand in a row among the tokens, at `from` or after; -1 when they do not. */
function phraseAt(tokens: readonly string[], phrase: string, from = 0): number {
  const words = phrase.split(' ');
  for (let i = from; i + words.length <= tokens.length; i++) if (words.every((w, j) => tokens[i + j] === w)) return i;
  return -1;
}

/** "on prem we shredded old drives. In AWS who destroys the disks?": the place outside AWS is the past, a later sentence asks of AWS. */
function askedOfAwsAfter(p: ParsedQuestion, offAws: string): boolean {
  const offAt = phraseAt(p.tokens, offAws);
  if (offAt < 0) return false;
  const sentenceAfter = (i: number): boolean => [...p.breaks].some((b) => b > offAt && b <= i);
  return onAwsPhrases.some((phrase) => {
    for (let i = phraseAt(p.tokens, phrase, offAt + 1); i >= 0; i = phraseAt(p.tokens, phrase, i + 1)) if (sentenceAfter(i)) return true;
    return false;
  });
}

/** Phrases that place a thing in the customer's own site (not "self managed", "bare metal" or "own servers": AWS sells those). */
const ownSitePhrases = new Set(offAwsPhrases.filter((x) => !/\b(?:self|bare|baremetal|own (?:servers|hardware|vms?))\b/.test(x)));
/** Words that put the thing on the service after all ("it RUNS on ec2", "we MIGRATED them to rds"). */
const onAwsAfterAll = new Set(['run', 'runs', 'running', 'ran', 'hosted', 'host', 'hosts', 'hosting', 'migrate', 'migrated', 'migrating', 'moved', 'moving', 'deployed', 'lives', 'live', 'inside', 'replaced', 'replacing']);

/** Verbs that put an AWS service's appliance on a host ("the gateway VM RUNS on our esxi"). */
const runsOnWords = new Set(['runs', 'run', 'running', 'hosted', 'installed', 'deployed', 'sits', 'lives']);

/**
 * Another vendor's software the question places at the customer's own site ("our ON-PREM CONFLUENCE server"), when
 * what is asked names no AWS service ("… - who patches that box"): the site phrase and the vendor's name, else null.
 */
function vendorAtOwnSite(p: ParsedQuestion, foreign: string): string | null {
  if (!p.offAws || !ownSitePhrases.has(p.offAws)) return null;
  const site = phraseAt(p.tokens, p.offAws);
  const vendor = p.tokens.indexOf(foreign.split(' ')[0] ?? '');
  const gap = vendor - (site + p.offAws.split(' ').length);
  const who = p.tokens.findLastIndex((t) => whoWordsOfAsking.has(t));
  if (site < 0 || gap < 0 || gap > 1 || who < vendor || p.serviceHits.some((h) => h.start > who)) return null;
  // (not the host an AWS service's own appliance runs on: "the storage gateway VM RUNS ON our on-prem ESXi — who keeps
  // that host available" asks about the gateway's host, a duty of the service)
  if (p.serviceHits.some((h) => h.end <= site && p.tokens.slice(h.end, site).some((t) => runsOnWords.has(t)))) return null;
  return `${p.offAws} ${foreign}`;
}

/**
 * "who patches our on-prem Epic servers under the AWS model? they talk to HealthLake": the question places the thing it
 * asks about in the customer's own site and names no AWS service; one is named only in a sentence after it, as what
 * the thing works with, or only in a reason given for the question. The phrase, or null.
 */
function askedOffAws(p: ParsedQuestion): string | null {
  // (or in a reason after it: "cisco routers on prem - is aws responsible since they connect to DX?")
  const reason = p.tokens.findIndex((t) => reasonConjunctions.includes(t));
  const end = reason > 0 && (p.askedEnd === null || reason < p.askedEnd) ? reason : p.askedEnd;
  if (end === null || !p.offAws || !ownSitePhrases.has(p.offAws) || p.serviceHits.some((h) => h.start < end)) return null;
  if (p.tokens.slice(end).some((t) => onAwsAfterAll.has(t))) return null;
  const at = phraseAt(p.tokens, p.offAws);
  return at >= 0 && at + p.offAws.split(' ').length <= end ? p.offAws : null;
}

/**
 * The answer to a question, in English or in a language srm reads (in-english.ts): a question in Spanish is answered
 * as its English reading, which the answer shows (`readAs`, and a note) beside the question as asked.
 */
export function answerQuestion(question: string): WhoAnswer {
  forgetTerms();
  const reading = typeof question === 'string' && question.length <= 2000 ? readInEnglish(question) : null;
  if (!reading) return answerText(question);
  const answer = answerText(reading.text);
  const readAs = { language: reading.language, text: reading.text.trim() };
  const note = `Read from ${reading.language} as: "${readAs.text}"`;
  return answer.owner === 'unknown' ? { ...answer, question: question.trim(), readAs } : { ...answer, question: question.trim(), readAs, notes: [note, ...answer.notes] };
}

function answerText(question: string): WhoAnswer {
  const parsed = parseQuestionText(question);
  const text = parsed.success ? parsed.data : '';
  const p = parseQuestion(text);
  const area = p.areaId ? getArea(p.areaId) : undefined;
  if (!parsed.success || p.tokens.length === 0) return unknown(text, p, 'Ask a question, for example "who patches the guest os on ec2".', examplesFor(undefined));
  if (p.foreign && !vendorAsContext(p, p.foreign)) {
    return unknown(text, p, `"${p.foreign}" is not an AWS service: srm answers for AWS services only.`, examplesFor(area), { unknownWords: [p.foreign] });
  }
  // "our on-prem confluence server feeding q business - who patches that box": the vendor's software at the customer's
  // own site is what is asked about; the AWS service is only what it feeds.
  const siteVendor = p.foreign ? vendorAtOwnSite(p, p.foreign) : null;
  if (siteVendor) {
    return unknown(text, p, `"${siteVendor}" runs outside AWS, at your own site: the AWS Shared Responsibility Model covers what runs on AWS${p.service ? ` (for the AWS side, ask about ${p.service.name} itself)` : ''}.`, examplesFor(area), { unknownWords: [p.foreign ?? ''] });
  }
  // "PlayFab vs gamelift: on playfab who patches the host?": the product asked about is unknown, the AWS service only compared.
  // (A generic noun such as "vm" or "host" names no product here.)
  const namedHits = namedOutright(p.serviceHits);
  if (p.serviceLikeWords.length > 0 && namedHits.length > 0 && namedHits.every((h) => versusAt(p.tokens, h.start))) return unknownService(text, p, area);
  // "kubernetes on bare metal", "redis on our own servers": a generic technology name outside AWS is not the AWS service.
  if (p.service && p.genericServiceName && (p.offAws || p.serviceLikeWords.length > 0)) {
    const where = p.offAws ? `"${p.offAws}"` : `"${p.serviceLikeWords.join(' ')}"`;
    return unknown(text, p, `${where} places "${p.serviceHits[0]?.alias ?? ''}" outside AWS: srm answers for AWS services only (for the AWS service, name it, e.g. ${p.service.name}).`, examplesFor(area), { unknownWords: p.serviceLikeWords });
  }
  // "the instances behind AWS CloudFizz": an unknown name written as an AWS product is a service srm does not
  // know, whatever AWS service the other words name.
  if (p.vendorNameWords.length > 0 || p.serviceLikeWords.some((w) => brands.has(p.tokens[p.tokens.indexOf(w) - 1] ?? ''))) return unknownService(text, p, area);
  // "okta mfa policies for our sso": a setting inside another vendor's identity provider, whatever AWS service it signs in to.
  const idpOwn = idpSetting(p.tokens);
  if (idpOwn) {
    return unknown(text, p, `"${idpOwn}" is a setting of another vendor's identity provider: it lives in that vendor's tenant, under its model, not in an AWS service (for federation into AWS, ask about the AWS side, e.g. IAM Identity Center's trust of the IdP).`, examplesFor(area), { unknownWords: [idpOwn] });
  }
  // "cloudhsm serverless mode", "kms Quantum Vault key store": a feature srm has never heard of for that service.
  const feature = unknownFeature(p);
  if (feature) return unknownFeatureAnswer(text, p, feature.service, feature.name);
  if (p.coinedFeature && p.service) return unknownFeatureAnswer(text, p, p.service, p.coinedFeature);
  if (p.coinedPair && p.service) return unknownFeatureAnswer(text, p, p.service, p.coinedPair);
  // "3DS Outscale qualified SecNumCloud: who manages the hypervisor patching there?": no AWS service, nor AWS itself,
  // named, and a product's name written with capitals that neither srm nor the dictionary knows: that product is
  // asked about, not the model's shared control.
  const product = p.service || p.tokens.some((t) => brands.has(t)) ? undefined : writtenName(text, p);
  if (product && mentionedServices(p).size === 0) return unknownService(text, { ...p, unknownWords: [product] }, area);
  // "the patch management control", "config mgmt for our mix of ec2, rds and lambda", "patching in general, one owner
  // or split?": the model's shared control (shared-control.ts).
  const control = sharedControl(p) ?? itControlsDuty(text, p) ?? (wholeCompliance(p) ? complianceDuty(p) : null);
  const controlAnswer = control ? answerGeneralDuty(text, p, control) : null;
  if (controlAnswer) return controlAnswer;
  // "who is responsible for security of macie as a service": a tool service named by its id, as a whole.
  const tool = securityOfTool(p);
  if (tool) return wholeSecurityDuty(text, { ...p, service: tool }, tool) ?? answerServiceOnly(text, { ...p, service: tool }, tool, 'security');
  const offAws = p.service ? askedOffAws(p) : null;
  if (offAws && p.service) {
    return unknown(text, p, `"${offAws}" places what is asked about outside AWS, and ${p.service.name} is named only after the question, as what it works with: the AWS Shared Responsibility Model covers what runs on AWS (for the AWS side, ask about ${p.service.name} itself).`, examplesFor(area));
  }
  if (p.service) {
    // "who protects the infra that aurora runs on": the infrastructure under the service is AWS's (security of the
    // cloud); the service's own duty says so when the ranking finds one of AWS's, else the model's duty does.
    const infraAsked = serviceInfrastructure(p);
    // (A service's resilience has duties of its own: "our only direct connect link", "multi-az".)
    const whole = wholeTopic(p);
    if (whole && whole !== 'resilience' && !infraAsked) return wholeSecurityDuty(text, p, p.service) ?? answerServiceOnly(text, p, p.service, whole);
    const candidates = rankCandidates(p);
    const ranked = answerByRanking(text, p, candidates);
    const infra = infraAsked && ranked?.owner !== 'aws' ? answerGeneralDuty(text, p, 'general-security-of-the-cloud') : null;
    if (infra) return infra;
    if (ranked) return ranked;
    if (area) return checkedByRanking(text, p, candidates, answerServiceArea(text, p, p.service, area));
    // "the state machine's role can invoke every lambda": the permissions of a role or policy any service uses are IAM's.
    const permissions = rolePermissions(p.tokens) ? answerGeneralDuty(text, p, 'iam-least-privilege') : null;
    if (permissions) return permissions;
    // Only a question about the service as a whole gets the overview; one whose words srm could not place refuses.
    if (questionTerms(p).length > 0) return unplaced(text, p, p.service, candidates);
    return answerServiceOnly(text, p, p.service);
  }
  if (p.serviceLikeWords.length > 0) return unknownService(text, p, area);
  // "IBM QRadar fired: who maintains the QRadar console appliance?": no AWS service named or mentioned, and a name
  // written with capitals that neither srm nor the dictionary knows: another vendor's product.
  const written = writtenName(text, p);
  if (written && mentionedServices(p).size === 0 && !aboutAwsItself(p)) return unknownService(text, { ...p, unknownWords: [written] }, area);
  const idp = p.tokens.find((t) => thirdPartyIdps.has(t));
  if (idp) {
    return unknown(text, p, `"${idp}" is another vendor's identity provider and no AWS service is named: its tenant is secured under that vendor's model (for federation into AWS, name the AWS side, e.g. IAM Identity Center).`, examplesFor(area), { unknownWords: [idp] });
  }
  // "our own bare-metal servers in a colo": no AWS service, and the words place the workload outside AWS.
  // (Not when it names AWS's own infrastructure or a service by its id: "on prem we racked our own HSMs; who
  // secures the HSMs behind kms?" compares.)
  if (p.offAws && !aboutAwsItself(p) && mentionedServices(p).size === 0 && !askedOfAwsAfter(p, p.offAws)) {
    return unknown(text, p, `"${p.offAws}" places this outside AWS and no AWS service is named: the AWS Shared Responsibility Model covers what runs on AWS (for Outposts or Snowball in your site, name the service).`, examplesFor(area));
  }
  // (Security of, in and on AWS as a whole are duties the ranking finds; resilience as a whole is read here.)
  const whole = wholeTopic(p);
  const general = whole === 'resilience' ? answerGeneralWhole(text, p, whole) : null;
  if (general) return general;
  // "is security on aws aws's job or ours", "the boss says we pay aws so security is their problem": security on AWS
  // as a whole, with no service and no part of it named. With nothing but "security" asked, the ranking has nothing
  // to go on (a duty that shares only the word, physical security of the data centres, comes close); with the topic
  // read as the whole, it stands unless the ranking is sure of a duty.
  // ("'security OF the cloud' — whose side is that?": one half of the model, by its name)
  const noService = mentionedServices(p).size === 0;
  const side = noService ? sideOfTheModel(p) : null;
  const sideAnswer = side ? answerGeneralDuty(text, p, side) : null;
  if (sideAnswer) return sideAnswer;
  const onAws = noService ? securityAsWhole(p, whole) : null;
  const only = onAws === 'only' ? answerGeneralDuty(text, p, 'general-security-on-aws') : null;
  if (only) return only;
  const candidates = rankCandidates(p);
  const ranked = answerByRanking(text, p, candidates);
  const asWhole = onAws && (!ranked || ranked.owner === 'unknown' || chosenByReason(p, ranked.explain?.choice?.words ?? [])) ? answerGeneralDuty(text, p, 'general-security-on-aws') : null;
  if (asWhole) return asWhole;
  if (ranked) return ranked;
  if (p.unknownWords.some((w) => !isEnglishWord(w)) && !area) {
    return unknownService(text, p, area);
  }
  if (area) return checkedByRanking(text, p, candidates, answerAreaOnly(text, p, area));
  return unknown(text, p, 'Could not tell which AWS service or responsibility the question is about.', examplesFor(undefined));
}
