import Fuse from 'fuse.js';
import { isEnglishWord, loadDictionary, swappedEnglishWord } from './dictionary.js';
import { knownPhrase, vocabularyOfDuties } from './duty-model.js';
import { listAreas, listServices, servicesByIdWords, type Service } from './model.js';
import { pastedCheck } from './pasted-check.js';
import { pastedSettings, type PastedSetting } from './pasted-setting.js';
import { acts, actAlone, appLayerTier, basisWords, combos, customerPossessives, englishSuffixes, foreignPhrases, foreignTokens, vendorProducts, generalWords, inventedHeads, thirdPartyIdps, genericTechAliases, objectAlone, objects, offAwsPhrases, ownReadings, refinementCues, stopwords, thingNouns, weakAliases, type Act, type Obj } from './lexicon.js';
import { allowedEdits, camelWords, editDistance, tokenize, typoCost } from './text.js';

/**
 * Maps free text to a service and an area. Indexes are built once at module
 * load. Service names are matched exactly (token n-grams, also with spaces
 * removed: "dynamo db"), and a single misspelt word is corrected only to a
 * known word within a small edit distance, so an unknown name never becomes
 * a known service.
 */

type Term = { kind: 'area'; id: string } | { kind: 'act'; act: Act } | { kind: 'obj'; obj: Obj };

export interface ServiceHit {
  service: Service;
  start: number;
  end: number;
  alias: string;
}

export interface ParsedQuestion {
  tokens: string[];
  corrections: { from: string; to: string }[];
  serviceHits: ServiceHit[];
  service: Service | null;
  /** An area id, or null when the question names none. */
  areaId: string | null;
  /** The words that chose the area. */
  areaPhrase: string | null;
  /** True when only a bare verb ("patching") chose the area. */
  genericArea: boolean;
  /** Words that are neither known vocabulary nor corrected to it. */
  unknownWords: string[];
  /** A coined word right after a service's name ("glue AUTOHEAL crawlers"): a feature AWS does not sell (inventedFeature). */
  coinedFeature: string | null;
  /** A word and a product noun after a service's name that no known name says together ("aurora INFINITE VAULT"). */
  coinedPair: string | null;
  /** The unknown words that look like a product name (not ordinary English, or right after "aws"/"amazon"). */
  serviceLikeWords: string[];
  /** Unknown words inside a product name written after "AWS"/"Amazon" ("AWS Compliance Autopilot"): a product srm does not know. */
  vendorNameWords: string[];
  /** Another cloud's name, if the question has one. */
  foreign: string | null;
  /** True when the question only moves away from that product or compares with it ("instead of heroku"). */
  foreignAside: boolean;
  /** A phrase placing the workload outside AWS ("on prem", "bare metal"), if any. */
  offAws: string | null;
  /** True when the service was named only by a generic technology name ("redis", "kubernetes"). */
  genericServiceName: boolean;
  /** A narrower reading of the area (areas.ts `refinements`) the question's words select, or null. */
  refinementId: string | null;
  /** The words that selected the refinement. */
  refinementCue: string | null;
  /**
   * Where the question ends when a sentence that asks nothing follows it ("who patches the servers behind
   * cognito? PENTEST VENDOR WANTS TO KNOW"): the index of the first token after the question, else null.
   */
  askedEnd: number | null;
  /** Words written in Title Case straight after another word, with only spaces between ("EC2 Fortress instances"): names. */
  titled: ReadonlySet<string>;
  /** Every word of the question, with the frame around it ("for the control matrix, …", "quick q:") that `tokens` leaves out. */
  framed: ReadonlySet<string>;
  /**
   * Names the question quotes, as words: in Title Case ("the 'Self-Healing Mode' toggle"), or in lower or camel case and
   * called a switch ("the 'auto key escrow' toggle"); and Title-Case runs outside quotes called a switch or turned on
   * ("that Auto-Quarantine toggle"): a product or feature name as someone saw it written.
   */
  quotedNames: readonly QuotedName[];
  /** Words written inside a hyphenated Title-Case compound ("Auto-Quarantine", "Encrypt-in-Place"): one name, not prose. */
  compounds: ReadonlySet<string>;
  /** Words written in capitals after the first ("PHI", "SR-IOV"): inside a Title-Case name they are words of it. */
  acronyms: ReadonlySet<string>;
  /** A compliance check the question pastes and a resource fails ("RDS.13 … should be enabled"), as written, or null. */
  pastedCheck: string | null;
  /** The question says something was or will be turned on ("if we turn it on", "we enabled …"). */
  turnsOn: boolean;
  /** Settings pasted as code ("`TenancyIsolation: dedicated`"): a made-up one is refused (features.ts). */
  pastedSettings: readonly PastedSetting[];
  /**
   * Indexes of `tokens` that start a new sentence ("cloudfront security. ITS fully aws yes?": 2), after a full stop,
   * question or exclamation mark, semicolon, colon, line break or a dash between words. Not the first token.
   */
  breaks: ReadonlySet<number>;
  /** Indexes of `tokens` after a pause: a sentence break, a comma or a bracket ("security of guardduty itself, EXEC wants…"). */
  pauses: ReadonlySet<number>;
  /** Indexes of `tokens` written inside brackets ("lambda (OUR AZURE FUNCTIONS REPLACEMENT) is on auto"). */
  bracketed: ReadonlySet<number>;
  /** "AND", "BOTH" or "PLUS" written in capitals inside a question that is not all capitals: both parts are asked ("the control plane AND our nodes"). */
  stressedBoth: boolean;
}

const MAX_N = 6;
/**
 * The first words of the service names and of the terms, and every beginning of a one-word service name: a word that
 * starts none is passed over without making the phrases of up to MAX_N words that start with it (matchServices and
 * matchTerms tried ~12 phrases per word, each a slice, a join and a lookup).
 */
const serviceStarts = new Set<string>();
const compactPrefixes = new Set<string>();
const termStarts = new Set<string>();
/** Words that only occur in service names ("connect" of "direct connect"): outside a full name they name an unknown service. */
const serviceOnlyWords = new Set<string>();
const nameStartWords = new Set<string>();
const serviceByPhrase = new Map<string, Service>();
/** Words of services' names and aliases. */
const serviceNameWords = new Set<string>();
const serviceByCompact = new Map<string, Service>();
const termByPhrase = new Map<string, Term>();
// Other vendors' names are known words too: "auth0" is not a typo of "auth".
const vocabulary = new Set<string>([...stopwords, ...generalWords, ...foreignTokens, ...thirdPartyIdps]);

for (const s of listServices()) {
  // A supporting service's id ("backup", "config", "iam") is an everyday word: only its aliases name it.
  for (const alias of [...(s.supporting ? [] : [s.id.replace(/-/g, ' ')]), ...s.aliases]) {
    const phrase = tokenize(alias).join(' ');
    serviceByPhrase.set(phrase, s);
    serviceStarts.add(phrase.split(' ')[0]!);
    // "dynamo db", "ec 2", "cloud trail": a one-word name typed in pieces.
    if (!phrase.includes(' ')) {
      serviceByCompact.set(phrase, s);
      for (let k = 0; k <= phrase.length; k++) compactPrefixes.add(phrase.slice(0, k));
    }
    for (const t of phrase.split(' ')) {
      vocabulary.add(t);
      serviceNameWords.add(t);
    }
  }
}
const addTerm = (text: string, term: Term): void => {
  const phrase = tokenize(text).join(' ');
  termByPhrase.set(phrase, term);
  termStarts.add(phrase.split(' ')[0]!);
  for (const t of phrase.split(' ')) vocabulary.add(t);
};
for (const a of listAreas()) for (const alias of a.aliases) addTerm(alias, { kind: 'area', id: a.id });
// Singular and plural of the last word ("queue policies", "security group"), unless that names something else.
for (const a of listAreas()) {
  for (const alias of a.aliases) {
    const phrase = tokenize(alias).join(' ');
    const variant = /[^s]s$/.test(phrase) ? phrase.slice(0, -1) : /(?:s|x|ch|sh)$/.test(phrase) ? null : /[^aeiou]y$/.test(phrase) ? `${phrase.slice(0, -1)}ies` : `${phrase}s`;
    // Never turn an everyday word into an area ("ha" -> "has").
    if (variant && !termByPhrase.has(variant) && !stopwords.has(variant) && !generalWords.has(variant)) addTerm(variant, { kind: 'area', id: a.id });
  }
}
for (const [act, words] of Object.entries(acts) as [Act, string[]][]) for (const w of words) addTerm(w, { kind: 'act', act });
for (const [obj, words] of Object.entries(objects) as [Obj, string[]][]) for (const w of words) addTerm(w, { kind: 'obj', obj });
// The words of documented duties (names, phrases, setting cues) are vocabulary too, the most used first.
const dutyWordOrder = new Map(vocabularyOfDuties().map((w, i) => [w, i]));
for (const w of dutyWordOrder.keys()) vocabulary.add(w);
// So are the words of services' real feature names: "Intelligent-Tiering" is no typo of "intelligence", "Backtrack" no product.
for (const s of listServices()) for (const f of s.features) for (const t of tokenize(f)) if (!/^\d+$/.test(t)) vocabulary.add(t);
// Refinement cues ("shield standard", "network layer") are vocabulary too, not unknown product names.
for (const { cues } of refinementCues) for (const cue of cues) for (const t of tokenize(cue)) if (!/^\d+$/.test(t)) vocabulary.add(t);
{
  const termWords = new Set([...termByPhrase.keys()].flatMap((p) => p.split(' ')));
  for (const phrase of serviceByPhrase.keys()) {
    for (const w of phrase.split(' ')) if (!termWords.has(w) && !stopwords.has(w) && !generalWords.has(w) && !/^\d+$/.test(w)) serviceOnlyWords.add(w);
    // "elastic" of "elastic beanstalk": a word that starts a service's name without naming one alone
    const [first = '', ...rest] = phrase.split(' ');
    if (rest.length > 0 && first !== 'aws' && first !== 'amazon' && !stopwords.has(first)) nameStartWords.add(first);
  }
  for (const phrase of serviceByPhrase.keys()) nameStartWords.delete(phrase);
}

/**
 * Bare names of tool services that are also area words ("kms", "cloudtrail", "guardduty", "waf"):
 * the service's aliases without "aws"/"amazon"/"service", kept when they name an area and nothing
 * else, and are not everyday words ("backup", "config", "organizations").
 */
const toolNames: { phrase: string; service: Service }[] = [];
for (const s of listServices()) {
  if (!s.toolFor) continue;
  const names = new Set([s.id.replace(/-/g, ' '), ...s.aliases].map((a) => tokenize(a).join(' ').replace(/^(?:aws|amazon) /, '').replace(/ service$/, '')));
  for (const phrase of names) {
    const term = termByPhrase.get(phrase);
    if (term?.kind !== 'area' || serviceByPhrase.has(phrase) || stopwords.has(phrase) || generalWords.has(phrase)) continue;
    if (!phrase.includes(' ') && englishSuffixes.test(phrase)) continue;
    toolNames.push({ phrase, service: s });
  }
}

// One small Fuse index per first letter, built on first use: a typo keeps its first letter ("lamda", "dyanmodb").
const fuseByLetter = new Map<string, Fuse<string>>();
function fuseFor(letter: string): Fuse<string> {
  let fuse = fuseByLetter.get(letter);
  if (!fuse) {
    fuse = new Fuse([...vocabulary].filter((w) => w.length >= 3 && w[0] === letter), { includeScore: true, threshold: 0.45, ignoreLocation: true });
    fuseByLetter.set(letter, fuse);
  }
  return fuse;
}
const corrections = new Map<string, string | null>();

/**
 * Builds what the matcher otherwise builds on first use (a typo index per first letter, the English word list),
 * for a long-lived process: its users' first questions then pay none of it (`srm serve`'s who thread).
 */
export function prepareMatcher(): void {
  loadDictionary();
  for (const letter of new Set([...vocabulary].map((w) => w[0] ?? ''))) if (letter) fuseFor(letter);
}

/** How many letters two words share at their start. */
function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
}

/** The known word a token stands for (itself, a plural, or a near typo), or null. */
export function correctWord(token: string): string | null {
  if (vocabulary.has(token) || /^\d+$/.test(token)) return token;
  const cached = corrections.get(token);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  // "-es" makes a plural only after s, x, z, ch, sh and o ("patches", not "pathes").
  if (/(?:s|x|z|ch|sh|o)es$/.test(token) && vocabulary.has(token.slice(0, -2))) result = token.slice(0, -2);
  else if (token.endsWith('s') && vocabulary.has(token.slice(0, -1))) result = token.slice(0, -1);
  else {
    // An ordinary English word ("choosing") is corrected by one edit at most, never into another word far away.
    const max = englishSuffixes.test(token) ? Math.min(1, allowedEdits(token.length)) : allowedEdits(token.length);
    if (max > 0) {
      let best: { word: string; d: number } | null = null;
      for (const { item } of fuseFor(token[0] ?? '').search(token, { limit: 10 })) {
        const d = editDistance(token, item, max);
        // (digits are versions, never typos: "nodejs20" is not "nodejs16"; a word without them may drop them, "…QuarantineV2")
        const digits = item.replace(/\D/g, '');
        if (d > max || (digits !== '' && digits !== token.replace(/\D/g, ''))) continue;
        // On a tie prefer a meaningful word over a stopword, then the likelier slip of the finger, then the closest
        // length, and last the word the duties use more.
        const usage = (dutyWordOrder.get(item) ?? dutyWordOrder.size) / (dutyWordOrder.size + 1);
        const rank = d * 100 + (stopwords.has(item) ? 10 : 0) + (d === 1 ? typoCost(token, item) * 5 : 0) + Math.abs(item.length - token.length) + usage;
        if (!best || rank < best.d) best = { word: item, d: rank };
      }
      result = best?.word ?? null;
      // A word of the dictionary is corrected only into a form of itself ("overwrote" → "overwrite", "lambada" →
      // "lambda"), never into another word ("sitting" is not "setting", "march" not "match").
      // (by two edits only into another form of the same word, all but the last letter of the shorter shared:
      // "exposure" → "expose", but "checkout" is not "checksum")
      if (result && token.length >= 4 && (!result.startsWith(token.slice(0, 4)) || (editDistance(token, result, 2) > 1 && sharedPrefix(token, result) < Math.min(token.length, result.length) - 1)) && isEnglishWord(token)) result = null;
    }
  }
  if (corrections.size > 10_000) corrections.clear();
  corrections.set(token, result);
  return result;
}

/** Words before a place that deny having it ("NO office servers", "WITHOUT any on prem"). */
const deniedPlaces = new Set(['no', 'without', 'zero', 'nor']);

/** Words after a place that tell of it in the past ("on prem WE HAD …", "on-prem we USED TO …"). */
const formerPlace = /^(?:(?:back then|before|previously) )?(?:we|i) (?:had|used|ran|did|kept|were|was)\b/;
/** What a "self-managed" setting is of, not a system run off AWS. */
const selfManagedSettings = new Set(['opt', 'optout', 'optouts', 'opting', 'key', 'keys', 'rotation', 'list', 'lists', 'option', 'mode', 'setting', 'settings', 'policy', 'policies', 'certificate', 'certificates', 'certs', 'cert']);

function findOffAws(tokens: string[]): string | null {
  const text = ` ${tokens.join(' ')} `;
  // (a place the question denies having is not where the thing runs: "we are all on aws, no office servers")
  return offAwsPhrases.find((p) => {
    for (let at = text.indexOf(` ${p} `); at >= 0; at = text.indexOf(` ${p} `, at + 1)) {
      const before = text.slice(0, at).trim().split(' ').slice(-2);
      const after = text.slice(at + p.length + 2);
      // (nor a setting run by the customer: "self-managed OPT-OUTS on the phone number", "self managed KEYS")
      if (p.startsWith('self ') && selfManagedSettings.has(after.split(' ', 1)[0] ?? '')) continue;
      // (nor a place the customer left, told in the past: "on-prem WE HAD tacacs+ command authorization")
      if (formerPlace.test(after)) continue;
      if (!before.some((w) => deniedPlaces.has(w))) return true;
    }
    return false;
  }) ?? null;
}

/** Words after a code host's name that make it a place, not a product asked about ("a public github repo"). */
const placeWords = new Set(['repo', 'repos', 'repository', 'repositories', 'gist', 'gists']);
/** Words after "oci" that make it the Open Container Initiative's format, not Oracle's cloud ("OCI IMAGES in ecr"). */
const containerFormatWords = new Set(['image', 'images', 'artifact', 'artifacts', 'format', 'spec', 'compliant', 'manifest', 'manifests', 'runtime', 'layout', 'index']);

function findForeign(tokens: string[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    // (a vendor's own product of two words first: "confluent cloud" is its SaaS, "confluent" alone may run on EC2)
    const pair = `${t} ${tokens[i + 1] ?? ''}`;
    if (foreignTokens.has(t) && foreignPhrases.includes(pair)) return pair;
    if (t === 'oci' && containerFormatWords.has(tokens[i + 1] ?? '')) continue;
    if (foreignTokens.has(t) && !placeWords.has(tokens[i + 1] ?? '')) return t;
    // "google pubsub", "oracle fastconnect": a vendor's name before a product word that is no English word
    const next = tokens[i + 1] ?? '';
    if (productVendors.has(t) && /^[a-z]{3,}$/.test(next) && !isEnglishWord(next) && !serviceByPhrase.has(next) && !signInWords.has(next)) return `${t} ${next}`;
  }
  const text = ` ${tokens.join(' ')} `;
  for (const p of foreignPhrases) if (text.includes(` ${p} `)) return p;
  return null;
}

/** Other clouds' vendors whose names also stand in questions about AWS ("sign in with google"): with a product word after them they name that cloud's product. */
const productVendors = new Set(['google', 'alibaba', 'ibm']);
/** Words after "google" that are about signing in to AWS with it, not a Google Cloud product. */
const signInWords = new Set(['oauth', 'oidc', 'sso', 'saml', 'idp', 'gmail', 'authenticator', 'login', 'signin']);

/** Words before another vendor's name that say the question moves away from it or compares with it. */
const leavingPairs = new Set(['instead of', 'rather than', 'coming from', 'moving from', 'moving off', 'moved off', 'moved from', 'migrating from', 'migrating off', 'away from', 'switching from', 'compared to', 'compared with', 'same as', 'similar to', 'like on', 'like with', 'kind of', 'sort of', 'thinking of']);
const leavingWords = new Set(['vs', 'versus', 'unlike', 'like', 'than', 'from', 'replacing', 'replaced', 'leaving', 'ditching', 'ditched', 'basically', 'kinda', 'aka', 'thinking']);

/** Words after another vendor's product that make it the AWS service's counterpart ("lambda, our azure functions REPLACEMENT"). */
const counterpartWords = new Set(['replacement', 'replacements', 'equivalent', 'equivalents', 'counterpart', 'analog', 'analogue', 'substitute']);

/**
 * True when every mention of `foreign` is one the question moves away from or compares with ("instead of heroku dynos",
 * "basically azure vms", "the azure ddos basic equivalent"), or an aside in brackets right after an AWS service's name
 * or after what is asked ("lambda (our azure functions replacement)", "… the s3 retention? (azure activity log was
 * just on)"). `bracketed` and `asideAt` say where brackets are and which of them hold asides.
 */
function foreignAside(tokens: readonly string[], foreign: string, bracketed: ReadonlySet<number>, asideAt: (start: number) => boolean): boolean {
  const words = foreign.split(' ');
  let seen = false;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.some((w, j) => tokens[i + j] !== w)) continue;
    seen = true;
    // (a word or two may describe it: "from OUR OLD gcp load balancer", "migrating off THE LEGACY heroku stack")
    let k = i;
    while (k > i - 2 && formerThings.has(tokens[k - 1] ?? '')) k--;
    if (leavingWords.has(tokens[k - 1] ?? '') || leavingPairs.has(`${tokens[k - 2] ?? ''} ${tokens[k - 1] ?? ''}`)) continue;
    // (or its counterpart, named after it: "our azure files REPLACEMENT", "azure ddos basic EQUIVALENT")
    if (tokens.slice(i + words.length, i + words.length + 3).some((t) => counterpartWords.has(t))) continue;
    if (bracketed.has(i)) {
      let open = i;
      while (bracketed.has(open - 1)) open--;
      if (asideAt(open)) continue;
    }
    return false;
  }
  return seen;
}

/** Words between a word of leaving and the product left that only describe it ("from our old gcp …"). */
const formerThings = new Set(['our', 'the', 'my', 'old', 'previous', 'former', 'legacy', 'existing', 'current', 'prior']);

/** Words that, right before a service's name, say it is not the one meant. */
const negatingWords = new Set(['not', 'non', 'unlike']);
/** Two words that do the same ("postgres on ec2 instead of rds"). */
const negatingPairs = new Set(['instead of', 'rather than', 'not on', 'not in', 'not using', 'not via', 'not through', 'not thru', 'without using', 'moved off', 'away from', 'migrated off', 'migrating off']);

/** Words that start the next clause, after a service set aside ("on ec2, no rds. WHO patches …"). */
const clauseStarts = new Set(['who', 'whom', 'whose', 'what', 'which', 'how', 'does', 'do', 'is', 'are', 'we', 'i', 'so', 'but', 'and', 'just', 'only', 'then']);
/** "no" before a service's name that ends its clause: "oracle self-managed on ec2, NO RDS. who patches the engine" sets RDS aside. */
export function deniedAside(tokens: readonly string[], start: number, end: number): boolean {
  return tokens[start - 1] === 'no' && (end >= tokens.length || clauseStarts.has(tokens[end] ?? ''));
}

/** The hits that name a service outright, not by a generic noun ("instances", "cluster", "vms"). */
export function namedOutright(hits: readonly ServiceHit[]): ServiceHit[] {
  return hits.filter((h) => !thingNouns.has(h.alias));
}

/**
 * The services the hits name. A generic noun that names a service ("instances" for EC2) beside a service named
 * outright is that service's thing, no service of its own: "the instances" of a DocumentDB cluster are its DB
 * instances, "the fleet instances" of GameLift its fleet's.
 */
export function servicesNamed(hits: readonly ServiceHit[]): Set<string> {
  const outright = namedOutright(hits);
  return new Set((outright.length > 0 ? outright : hits).map((h) => h.service.id));
}

/** The sentence `tokens[i]` is in, by the question's `breaks`: [start, end). */
export function sentenceAt(p: { readonly tokens: readonly string[]; readonly breaks: ReadonlySet<number> }, i: number): [number, number] {
  let start = 0;
  let end = p.tokens.length;
  for (const b of p.breaks) {
    if (b <= i && b > start) start = b;
    else if (b > i && b < end) end = b;
  }
  return [start, end];
}

/** True when `tokens[i]` is a word of a service's name the question gave ("rds" in "rds custom"). */
export function inServiceName(p: { readonly serviceHits: readonly { start: number; end: number }[] }, i: number): boolean {
  return p.serviceHits.some((h) => h.start <= i && i < h.end);
}

/** True when the words before `tokens[i]` say it is not the one meant ("not custom rds", "instead of rds"). */
export function negatedAt(tokens: readonly string[], i: number): boolean {
  return i > 0 && (negatingWords.has(tokens[i - 1] ?? '') || negatingPairs.has(`${tokens[i - 2] ?? ''} ${tokens[i - 1] ?? ''}`));
}

/** Words right before a service's name that bring it in only to compare ("like on ec2", "same as a colo"). */
const comparingPairs = new Set(['like on', 'like in', 'like with', 'like for', 'as with', 'as on', 'as for', 'same as', 'similar to', 'compared to', 'compared with', 'than on', 'than with', 'than in']);

/** Words that make "like" a verb ("we'd like", "would like"), not a comparison. */
const likingWords = new Set(['would', 'd', 'we', 'i', 'you', 'they', 'dont', 'really', 'also', 'to', 'not']);
/** "like" as "such as": after a plural ("managed SERVICES like rds"), or before a list ("like rds AND s3"). */
function suchAs(tokens: readonly string[], likeAt: number, i: number): boolean {
  const before = tokens[likeAt - 1] ?? '';
  const plural = before.length > 3 && before.endsWith('s') && !before.endsWith('ss') && !/^(?:this|does|has|was|its|is|us|yes|thus|plus)$/.test(before);
  return plural || ['and', 'or'].includes(tokens[i + 1] ?? '');
}

/** Words for the ordinary kind of a service ("like REGULAR rds"). */
const plainWords = new Set(['regular', 'normal', 'plain', 'standard', 'classic', 'vanilla', 'ordinary', 'usual', 'good', 'old']);

/** Words between "like"/"as" and the compared name: "like THEY DO FOR rds", "as AWS DOES WITH aurora". */
const comparingFillers = new Set(['they', 'it', 'aws', 'amazon', 'you', 'we', 'do', 'does', 'did', 'already', 'for', 'on', 'in', 'with']);

/** True when the words before `tokens[i]` bring it in for comparison only. */
export function comparedAt(tokens: readonly string[], i: number): boolean {
  if (i > 0 && tokens[i - 1] === 'unlike') return true;
  // ("a maintenance window LIKE RDS", "license-included LIKE REGULAR rds"; not "such as": "managed services like rds and s3")
  const likeAt = tokens[i - 1] === 'like' ? i - 1 : tokens[i - 2] === 'like' && plainWords.has(tokens[i - 1] ?? '') ? i - 2 : -1;
  if (likeAt > 0 && !likingWords.has(tokens[likeAt - 1] ?? '') && !suchAs(tokens, likeAt, i)) return true;
  if (i > 1 && comparingPairs.has(`${tokens[i - 2] ?? ''} ${tokens[i - 1] ?? ''}`)) return true;
  // "like they do for rds": "like"/"as" up to four words back, only fillers between, one of them a verb of doing.
  let verb = false;
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const w = tokens[j] ?? '';
    if ((w === 'like' || w === 'as') && verb && j < i - 2) return true;
    if (!comparingFillers.has(w)) return false;
    if (w === 'do' || w === 'does' || w === 'did') verb = true;
  }
  return false;
}

/**
 * The services a question names, in order; names it negates ("not rds custom") go to `negated` when given.
 * A name brought in for comparison ("patch runs like on ec2") is not the one asked about when another is named.
 */
function matchServices(tokens: string[], negated?: ServiceHit[]): ServiceHit[] {
  const hits: ServiceHit[] = [];
  const compared: ServiceHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    let hit: ServiceHit | null = null;
    const first = tokens[i]!;
    // ("SELF managed kafka", "self managed airflow": the opposite of the managed service whose name follows "self")
    const named = serviceStarts.has(first) && !(first === 'managed' && tokens[i - 1] === 'self');
    const compact = compactPrefixes.has(first);
    for (let n = Math.min(MAX_N, tokens.length - i); n >= 1 && !hit && (named || compact); n--) {
      const words = tokens.slice(i, i + n);
      const phrase = words.join(' ');
      const service = (named ? serviceByPhrase.get(phrase) : undefined) ?? (n > 1 && compact ? serviceByCompact.get(words.join('')) : undefined);
      if (service) hit = { service, start: i, end: i + n, alias: phrase };
    }
    if (hit && (negatedAt(tokens, i) || deniedAside(tokens, i, hit.end))) {
      // "not custom rds", "not ec2 but fargate": the negated name is not the service asked about; a longer
      // name is read again without its first word ("custom rds" -> "rds").
      negated?.push(hit);
      i = hit.end - hit.start > 1 ? i + 1 : hit.end;
      continue;
    }
    if (hit) {
      (comparedAt(tokens, i) ? compared : hits).push(hit);
      i = hit.end;
    } else i++;
  }
  if (hits.length === 0) return compared;
  negated?.push(...compared);
  return hits;
}

interface TermHit {
  term: Term;
  start: number;
  end: number;
  phrase: string;
}

function matchTerms(tokens: string[], serviceSpans: ServiceHit[]): TermHit[] {
  const hits: TermHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    let hit: TermHit | null = null;
    for (let n = termStarts.has(tokens[i]!) ? Math.min(MAX_N, tokens.length - i) : 0; n >= 1 && !hit; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const term = termByPhrase.get(phrase);
      if (term) hit = { term, start: i, end: i + n, phrase };
    }
    if (hit) {
      const h = hit;
      // Words inside a service's own name ("application load balancer") say nothing about the area.
      if (!serviceSpans.some((s) => s.start <= h.start && h.end <= s.end)) hits.push(h);
      i = h.end;
    } else i++;
  }
  return hits;
}

/** Services that tell about other services' resources (AWS Health's events): beside another service, that one is asked about. */
const reporters = new Set(['aws-health']);
/** Verbs a reporter tells with ("aws health says …", "the health dashboard shows …"). */
const tellingVerbs = new Set(['says', 'said', 'shows', 'showed', 'reports', 'reported', 'notified', 'notifies', 'warns', 'warned', 'told', 'tells', 'flagged', 'flags', 'sent', 'sends', 'lists', 'listed', 'mentions', 'mentioned', 'emailed', 'announced', 'posted']);

const pairRules: [string, string, string][] = [
  ['eks', 'fargate', 'eks-fargate'],
  ['ecs', 'fargate', 'fargate'],
  ['rds', 'aurora', 'aurora'],
  ['rds', 'rds-custom', 'rds-custom'],
  ['s3', 'glacier', 'glacier'],
  ['kinesis', 'firehose', 'firehose'],
  ['elasticache', 'memorydb', 'memorydb'],
];

function chooseService(hits: ServiceHit[]): Service | null {
  if (hits.length === 0) return null;
  let ids = hits.map((h) => h.service.id);
  for (const [a, b, into] of pairRules) {
    if (ids.includes(a) && ids.includes(b)) ids = ids.map((id) => (id === a || id === b ? into : id));
  }
  // "aws health says our vpn tunnels get maintenance": a service that reports on others is the messenger, not what is asked about.
  if (ids.some((id) => !reporters.has(id))) ids = ids.filter((id) => !reporters.has(id));
  const chosen = ids.map((id) => listServices().find((s) => s.id === id)).filter((s): s is Service => s !== undefined);
  return chosen.find((s) => !s.supporting) ?? chosen[0] ?? null;
}

interface Candidate {
  areaId: string;
  score: number;
  start: number;
  phrase: string;
  generic: boolean;
}

/** Words that open a question: an object before one of them is not the object of a verb after it. */
const questionOpeners = new Set(['who', 'whose', 'whos', 'which']);

function chooseArea(hits: TermHit[], tokens: readonly string[]): Candidate | null {
  const candidates: Candidate[] = [];
  const objs = hits.filter((h) => h.term.kind === 'obj');
  for (const h of hits) {
    const len = h.end - h.start;
    if (h.term.kind === 'area') candidates.push({ areaId: h.term.id, score: weakAliases.has(h.phrase) ? 10.5 : len * 10 + 1, start: h.start, phrase: h.phrase, generic: false });
    else if (h.term.kind === 'act') {
      const act = h.term.act;
      let combined = false;
      for (const o of objs) {
        if (o.term.kind !== 'obj') continue;
        const areaId = combos[act][o.term.obj];
        if (!areaId) continue;
        // (".net core api on fargate: who patches the host os": the runtime names the workload, the verb's object follows it)
        if (o.end <= h.start && tokens.slice(o.end, h.start).some((t) => questionOpeners.has(t))) continue;
        combined = true;
        candidates.push({ areaId, score: (len + o.end - o.start) * 10 + 2, start: Math.min(h.start, o.start), phrase: `${h.phrase} ${o.phrase}`, generic: areaId === 'service' });
      }
      const alone = actAlone[act];
      // "configure" alone is the vaguest verb: any other reading of the question wins over it.
      if (!combined && alone) candidates.push({ areaId: alone, score: len * 10 - (act === 'configure' ? 1 : 0), start: h.start, phrase: h.phrase, generic: true });
    } else {
      const areaId = objectAlone[h.term.obj];
      if (areaId) candidates.push({ areaId, score: len * 10, start: h.start, phrase: h.phrase, generic: areaId === 'service' });
    }
  }
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.score > best.score || (c.score === best.score && c.start < best.start)) best = c;
  // A runtime that ships in a container image ("lambda functions that use container images") is the image's.
  if (best?.areaId === 'runtime-patching') best = candidates.find((c) => (c.areaId === 'container-images' && c.phrase.includes('image')) || c.areaId === 'custom-runtimes') ?? best;
  return best;
}

const slotWords = new Set(['for', 'on', 'in', 'of', 'with', 'using', 'to', 'by']);
/** Words before a name that do not change what it names ("the", "our", "aws"). */
export const determiners = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'this', 'that', 'aws', 'amazon']);

/**
 * An unknown word reads as a product name when it follows "aws"/"amazon", fills the slot after
 * "for"/"on"/"of"… ("physical security for zorblax", "of the flux capacitor"), or ends the
 * question without looking like ordinary English. Other unknown words are extra words.
 */
function looksLikeServiceName(tokens: string[], i: number, known: (t: string) => boolean): boolean {
  const t = tokens[i] ?? '';
  const prev = tokens[i - 1];
  if (prev === 'aws' || prev === 'amazon') return true;
  // (an instance type is no product name: "using c6in w/ ena express")
  if (isInstanceFamily(t)) return false;
  // (an English ending marks an English word, unless the word is two English words run together as a brand writes
  // them: "claimcenter", "powerschool")
  const english = englishSuffixes.test(t) && !runTogether(t);
  if (i === tokens.length - 1 && !english) return true;
  // "elastic transcoder": a word no dictionary knows after the first word of a service's name ("elastic").
  if (prev !== undefined && nameStartWords.has(prev) && /^[a-z]{4,}$/.test(t) && !isEnglishWord(t)) return true;
  // A name in front of what it runs ("vsphere hosts", "vmware vsphere hosts").
  const next = tokens[i + 1];
  // So does a name in front of a generic technology ("supabase postgres", "upstash redis").
  if (next !== undefined && !english && (thingNouns.has(next) || genericTechAliases.has(next) || (!known(next) && looksLikeServiceName(tokens, i + 1, known)))) return true;
  let j = i - 1;
  while (j >= 0 && (determiners.has(tokens[j] ?? '') || !known(tokens[j] ?? ''))) j--;
  // (not the body an auditor comes from: "the auditor of the CNBV is asking")
  if (tokens[j] === 'of' && examinerNouns.has(tokens[j - 1] ?? '')) return false;
  return j >= 0 && slotWords.has(tokens[j] ?? '');
}

/** Those who examine a company for a regulator or a standard: "of" after them names the body, not a product. */
const examinerNouns = new Set(['auditor', 'auditors', 'regulator', 'regulators', 'examiner', 'examiners', 'assessor', 'assessors', 'supervisor', 'supervisors']);

/** Two English words of four letters or more written as one ("claim|center", "power|school"). */
function runTogether(word: string): boolean {
  for (let cut = 4; cut <= word.length - 4; cut++) if (isEnglishWord(word.slice(0, cut)) && isEnglishWord(word.slice(cut))) return true;
  return false;
}

/**
 * An unknown word inside a product name written after the vendor: "AWS Compliance Autopilot" (a run of
 * capitalised words after "AWS"/"Amazon"), or "amazon kinesis lakehouse" (a word that is neither srm's nor
 * English right after "amazon"/"aws" and a service's name; "amazon ec2 spot" is English). Either names a
 * product srm does not know.
 */
function inVendorName(tokens: readonly string[], i: number, capitalised: ReadonlySet<string>, breaks: ReadonlySet<number>): boolean {
  const j = vendorBefore(tokens, i, 4);
  // (the word right after the vendor: looksLikeServiceName and ordinaryWord decide)
  if (j < 0 || j === i - 1) return false;
  // (a name does not go on into the next sentence: "Re Amazon RDS. DRAFT wording: …")
  for (let k = j + 1; k <= i; k++) if (breaks.has(k)) return false;
  return titledFrom(tokens, j, i, capitalised) || (serviceByPhrase.has(tokens.slice(j + 1, i).join(' ')) && !isEnglishWord(tokens[i] ?? ''));
}

/** Where the nearest "aws" or "amazon" stands within `reach` words before the word at `i`, or -1. */
function vendorBefore(tokens: readonly string[], i: number, reach: number): number {
  for (let j = i - 1; j >= Math.max(0, i - reach); j--) if (tokens[j] === 'aws' || tokens[j] === 'amazon') return j;
  return -1;
}

/** True when every word after the vendor at `j`, up to and including the word at `i`, is written capitalised ("AWS Nitro Compliance Attestor"). */
function titledFrom(tokens: readonly string[], j: number, i: number, capitalised: ReadonlySet<string>): boolean {
  return tokens.slice(j + 1, i + 1).every((w) => capitalised.has(w));
}

/** Nouns that name a variant of a product ("turbo EDITION", "platinum TIER"); bundles and devices only where the service sells them. */
const variantNouns = new Set(['edition', 'editions', 'tier', 'tiers', 'sku', 'skus']);
const variantNounsOf: Record<string, string[]> = { workspaces: ['bundle', 'bundles'], lightsail: ['bundle', 'bundles'], snowball: ['device', 'devices'], s3: ['class', 'classes'], glacier: ['class', 'classes'] };
/** Words for a variant of any service that are real (the AWS Free Tier, GovCloud, "the standard tier"…). */
const anyServiceVariants = ['free', 'paid', 'basic', 'standard', 'default', 'legacy', 'classic', 'gov', 'govcloud', 'provisioned', 'serverless', 'demand'];
/**
 * The services that sell editions, tiers, plans, bundles or storage classes, and their real words (engine
 * editions of RDS, Cognito's feature plans, QuickSight editions, WorkSpaces bundles, S3 storage classes,
 * CloudFront plans, Amazon Q tiers, Support plans, Shield): any other word there is not a real variant.
 */
const variantsOf: Record<string, string[]> = {
  rds: ['enterprise', 'express', 'web', 'developer', 'se2', 'ee', 'se', 'sql', 'server', 'oracle'],
  'rds-custom': ['enterprise', 'express', 'web', 'developer', 'se2', 'ee', 'se', 'sql', 'server', 'oracle'],
  cognito: ['lite', 'essentials', 'plus', 'advanced'],
  quicksight: ['enterprise', 'reader', 'author', 'pro', 'q'],
  workspaces: ['value', 'performance', 'power', 'powerpro', 'graphics', 'graphicspro', 'pro', 'general', 'purpose', 'core', 'personal', 'pools', 'custom', 'image', 'images'],
  s3: ['storage', 'intelligent', 'tiering', 'infrequent', 'access', 'ia', 'one', 'zone', 'glacier', 'instant', 'flexible', 'deep', 'archive', 'express', 'reduced', 'redundancy', 'outposts', 'retrieval'],
  glacier: ['storage', 'instant', 'flexible', 'deep', 'archive', 'retrieval'],
  dynamodb: ['infrequent', 'access', 'ia'],
  cloudfront: ['pro', 'business', 'premium'],
  'amazon-q': ['business', 'lite', 'pro', 'developer'],
  shield: ['advanced'],
  lightsail: ['micro', 'small', 'medium', 'large', 'nano'],
  snowball: ['edge', 'compute', 'optimized', 'storage'],
  ec2: ['spot', 'reserved', 'dedicated', 'savings', 'compute', 'optimized', 'storage', 'memory', 'accelerated', 'general', 'purpose', 'burstable', 'nano', 'micro', 'small', 'medium', 'large', 'xlarge', 'mini'],
  aurora: ['io', 'optimized', 'standard', 'compatible'],
  documentdb: ['compatible', 'elastic'],
  elasticache: ['serverless', 'valkey', 'redis', 'memcached'],
  'directory-service': ['standard', 'enterprise'],
  kendra: ['developer', 'enterprise', 'genai'],
};
/** The real variant words and variant nouns of the services a question names, made once per question. */
interface Variants {
  words: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
}
/** Words of a service's real feature names that name a variant ("Warm tier" of IoT SiteWise, "Priority tier" of Bedrock). */
const featureVariantWords = new Map<string, string[]>();
function featureVariants(service: Service): string[] {
  let words = featureVariantWords.get(service.id);
  if (!words) {
    const nouns = new Set([...variantNouns, ...(variantNounsOf[service.id] ?? [])]);
    words = service.features.flatMap((f) => {
      const t = tokenize(f);
      return t.flatMap((w, i) => (i > 0 && nouns.has(w) ? [t[i - 1]!] : []));
    });
    featureVariantWords.set(service.id, words);
  }
  return words;
}

function variantsFor(hits: readonly ServiceHit[]): Variants {
  return {
    words: new Set([...anyServiceVariants, ...hits.flatMap((h) => [...(variantsOf[h.service.id] ?? []), ...featureVariants(h.service)])]),
    nouns: new Set([...variantNouns, ...hits.flatMap((h) => variantNounsOf[h.service.id] ?? [])]),
  };
}

/**
 * A word srm does not know between a service's name and "edition", "tier", "bundle"…: a variant of the
 * product that AWS does not sell ("rds turbo edition", "transfer family platinum tier", "snowball titan
 * device"), so not the product srm knows. Real variant words ("sql server enterprise edition") are not.
 */
function unknownVariant(tokens: readonly string[], i: number, serviceHits: readonly ServiceHit[], variants: Variants, unknownWord = false): boolean {
  const t = tokens[i] ?? '';
  const { words, nouns } = variants;
  // (a version is no edition: "greengrass v2 core device")
  // (nor is a layer of an application: "our ec2 WEB tier", "the rds DATA tier")
  // (nor an article before a real one: "cloudfront - THE free tier, shield standard")
  if (words.has(t) || /\d/.test(t) || appLayerTier([t], tokens[i + 1] ?? '') || determiners.has(t)) return false;
  // "s3 infinite archive tier": the noun may follow a real variant word, and the unknown word may follow one.
  // A word nobody knows may sit one word from either ("glacier cryo-shred tier", "rds kernel livepatch tier").
  const between = (w: string | undefined): boolean => w !== undefined && (words.has(w) || (unknownWord && !stopwords.has(w)));
  const noun = nouns.has(tokens[i + 1] ?? '') || (between(tokens[i + 1]) && nouns.has(tokens[i + 2] ?? ''));
  return noun && serviceHits.some((h) => h.end === i || (h.end === i - 1 && between(tokens[i - 1])));
}

/** Words inside a variant's name that name no variant themselves ("glacier deep archive STORAGE class"). */
const variantRunFillers = new Set(['storage', 'bucket', 'buckets', 'object', 'objects', 'data', 'file', 'files']);
/**
 * A name of two words or more between a service's name and its variant noun, with a word that is no real
 * variant word of the service: "s3 glacier HIPAA locker storage class" is a storage class AWS does not sell
 * ("glacier deep archive storage class" is one). The name as written, the service's own words first, or null.
 */
function unknownVariantRun(tokens: readonly string[], serviceHits: readonly ServiceHit[], variants: Variants): string[] | null {
  for (const h of serviceHits) {
    const run: string[] = [];
    for (let i = h.end; i < Math.min(tokens.length, h.end + 7); i++) {
      const t = tokens[i] ?? '';
      if (variants.nouns.has(t)) {
        const odd = run.length >= 2 && run.some((w) => !variants.words.has(w) && !/\d/.test(w) && !variantRunFillers.has(w) && !thingNouns.has(w));
        if (odd) return [...tokens.slice(h.start, h.end), ...run.filter((w) => !variantRunFillers.has(w))];
        break;
      }
      if (stopwords.has(t) || basisWords.has(t) || serviceHits.some((o) => o.start === i)) break;
      run.push(t);
    }
  }
  return null;
}

/**
 * The engines AWS runs for each managed database, cache, search and broker service. Another well-known
 * engine written as the service's own ("rds for cassandra", "aurora oracle-compatible edition",
 * "elasticache for mongodb") names a product AWS does not sell.
 */
const enginesOf: Record<string, readonly string[]> = {
  rds: ['mysql', 'postgres', 'postgresql', 'mariadb', 'oracle', 'db2', 'mssql', 'sqlserver'],
  'rds-custom': ['oracle', 'mssql', 'sqlserver'],
  aurora: ['mysql', 'postgres', 'postgresql'],
  elasticache: ['redis', 'valkey', 'memcached'],
  memorydb: ['redis', 'valkey'],
  documentdb: ['mongodb', 'mongo'],
  neptune: [],
  keyspaces: ['cassandra'],
  opensearch: ['elasticsearch', 'opensearch'],
  msk: ['kafka'],
  mq: ['activemq', 'rabbitmq'],
  timestream: ['influxdb'],
  'directory-service': ['microsoft', 'active'],
  fsx: ['windows', 'lustre', 'netapp', 'ontap', 'openzfs'],
};
const knownEngines = new Set([...Object.values(enginesOf).flat(), 'couchbase', 'couchdb', 'cockroachdb', 'scylladb', 'scylla', 'neo4j', 'sybase', 'teradata', 'clickhouse', 'sqlite', 'hbase', 'timescaledb', 'firebird', 'informix', 'openldap', 'ldap', 'freeipa', 'ceph', 'gluster', 'glusterfs', 'beegfs', 'gpfs', 'zfs', 'dragonfly', 'dragonflydb', 'keydb', 'garnet', 'yugabyte', 'yugabytedb', 'tidb', 'singlestore', 'arangodb', 'influx', 'questdb', 'elassandra', 'solr', 'ase', 'mumps', 'hana', 'intersystems', 'openedge', 'ingres', 'maxdb', 'hsqldb', 'derby']);
/** Words after an engine's name that make it the product's ("aurora ORACLE-COMPATIBLE", "rds cassandra EDITION"). */
const engineHeads = new Set(['compatible', 'edition', 'engine', 'flavor', 'flavour']);

/** Words after "for" that start a purpose, not an engine's name ("rds for OUR windows app"). */
const purposeDeterminers = new Set(['some', 'our', 'a', 'an', 'the', 'my', 'this', 'that', 'these', 'those', 'their', 'your', 'each', 'every', 'all', 'any', 'one', 'two', 'several', 'many']);

/**
 * The engine word of "<service> for <engine>" or "<service> <engine>-compatible" when the service does not run that
 * engine: another product's known engine, or, right after "for", a word srm does not know that is no English word or
 * starts a name written with capitals ("rds for zorbdb", "RDS for Epic Chronicles"), as an engine's name is.
 */
function unknownEngine(tokens: readonly string[], serviceHits: readonly ServiceHit[], unknown: ReadonlySet<string>, capitalised: ReadonlySet<string>): string | null {
  for (const h of serviceHits) {
    const engines = enginesOf[h.service.id];
    if (!engines) continue;
    let at = -1;
    // (a determiner after "for" makes it a purpose: "managed microsoft ad for some windows app" names no engine)
    if (tokens[h.end] === 'for') at = purposeDeterminers.has(tokens[h.end + 1] ?? '') ? -1 : tokens[h.end + 1] === 'apache' ? h.end + 2 : h.end + 1;
    else if (engineHeads.has(tokens[h.end + 1] ?? '')) at = h.end;
    // (the engine's name may be two words or three, a vendor's first: "rds for SAP ASE (Sybase)")
    for (const engine of at >= 0 ? tokens.slice(at, at + 3) : []) if (knownEngines.has(engine) && !engines.includes(engine)) return engine;
    if (at < 0 || tokens[h.end] !== 'for') continue;
    const named = tokens[at] ?? '';
    if (unknown.has(named) && !foreignTokens.has(named) && !vendorProducts.has(named) && (!isEnglishWord(named) || (capitalised.has(named) && capitalised.has(tokens[at + 1] ?? '')))) return named;
  }
  return null;
}

/** Words that name a premium tier of a product ("shield PREMIUM", "direct connect ULTRA"): not a variant unless the service sells it. */
const tierWords = new Set(['premium', 'platinum', 'titanium', 'diamond', 'elite', 'ultra', 'turbo', 'deluxe', 'pro', 'supreme', 'ultimate', 'lite', 'nano', 'mini', 'hyperscale', 'enterprise']);
/** A tier word right after a service's name that the service does not sell ("sqs premium queues"). */
function unknownTier(tokens: readonly string[], i: number, serviceHits: readonly ServiceHit[], variants: Variants): boolean {
  const t = tokens[i] ?? '';
  return tierWords.has(t) && !variants.words.has(t) && (serviceHits.some((h) => h.end === i) || vendorlessNames.has(tokens[i - 1] ?? ''));
}
/** A service's name without "aws"/"amazon" that is no alias of its own because it is an everyday word ("shield" of "aws shield"). */
const vendorlessNames = new Set(
  [...serviceByPhrase.keys()].flatMap((p) => {
    const [vendor, name, ...rest] = p.split(' ');
    return (vendor === 'aws' || vendor === 'amazon') && name && rest.length === 0 && !serviceByPhrase.has(name) ? [name] : [];
  }),
);

/** Other vendors' names long enough to read through a typo ("googl cloud", "azzure"). */
const vendorNames = [...foreignTokens, ...productVendors].filter((v) => v.length >= 5);
/** The vendor a word no dictionary knows misspells by one letter ("googl" → "google"), or undefined. */
function vendorTypo(token: string): string | undefined {
  // (a word srm knows is no typo; the dictionary is read only for a word srm does not know)
  if (token.length < 4 || vocabulary.has(token)) return undefined;
  const corrected = correctWord(token);
  if (corrected !== null) return foreignTokens.has(corrected) ? corrected : undefined;
  if (isEnglishWord(token)) return undefined;
  return vendorNames.find((v) => Math.abs(v.length - token.length) <= 1 && editDistance(token, v, 1) <= 1);
}

/**
 * A word of the question (a token: letters and digits) as the question wrote it, standing alone (not inside a
 * hyphenated id or a longer word), its first occurrence in any case ("QRadar" for "qradar"), or with
 * `exactCase` only one written exactly so; undefined when there is none.
 */
export function wordAsWritten(question: string, word: string, exactCase = false): string | undefined {
  return new RegExp(`(?<![\\w-])${word}(?![\\w-])`, exactCase ? '' : 'i').exec(question)?.[0];
}

/** Words that make the name after them the customer's own thing ("our ec2 jenkins box", "the s3 acmelogs bucket"). */
const ownThingWords = new Set(['our', 'my', 'the', 'their', 'your', 'this', 'that', 'these', 'those', 'a', 'an', 'his', 'her', 'its']);
/** A word made of two English words of three letters or more run together ("autoheal", "hyperlock"), as product names are coined. */
function coinedWord(t: string): boolean {
  for (let k = 3; k <= t.length - 3; k++) if (isEnglishWord(t.slice(0, k)) && isEnglishWord(t.slice(k))) return true;
  return false;
}

/**
 * A word neither srm nor the dictionary knows, coined from two English words, right after a service's name and
 * before a word srm knows, with no "our"/"the" in front ("glue autoheal crawlers", "s3 hyperlock tiers"): a
 * feature AWS does not sell. (Jargon such as "textract async output" or "gateway iscsi targets" is no coinage.)
 */
function inventedFeature(tokens: readonly string[], i: number, serviceHits: readonly ServiceHit[]): boolean {
  const t = tokens[i] ?? '';
  const next = tokens[i + 1] ?? '';
  if (!/^[a-z]{6,}$/.test(t) || isEnglishWord(t) || !coinedWord(t) || !next || stopwords.has(next) || correctWord(next) === null) return false;
  // (or after one word of a feature's name that follows the service: "ec2 nitro VAULTGUARD attestation"; not after a
  // thing of the customer's, "s3 bucket acmelogs")
  const lead = tokens[i - 1] ?? '';
  const featureWord = /^[a-z]{3,}$/.test(lead) && !stopwords.has(lead) && !thingNouns.has(lead) && correctWord(lead) === lead;
  return serviceHits.some((h) => (h.end === i || (h.end === i - 1 && featureWord)) && !ownThingWords.has(tokens[h.start - 1] ?? ''));
}

/** Nouns a product name ends with ("AWS Quantum FIREWALL", "Amazon Flux STUDIO"). */
const productHeads = new Set(['firewall', 'gateway', 'vault', 'locker', 'lockbox', 'engine', 'hub', 'studio', 'manager', 'guard', 'store', 'lake', 'mesh', 'pipeline', 'shield', 'center', 'centre', 'cloud', 'link', 'stream', 'streams', 'sync', 'inspector', 'detective', 'monitor', 'insights', 'analyzer', 'service']);

/** Product-name nouns that name nothing but a product after "aws"/"amazon" and a word ("aws sovereign CLOUD" is a place). */
const namedOnlyHeads = new Set(['manager', 'vault', 'guard', 'shield', 'hub', 'studio', 'inspector', 'detective', 'analyzer', 'firewall', 'insights', 'monitor', 'locker', 'lockbox']);

/** An unknown word between "aws"/"amazon" and a product-name noun: "aws quantum firewall" names a product srm does not know. */
function vendorProduct(tokens: readonly string[], i: number): boolean {
  const prev = tokens[i - 1];
  return (prev === 'aws' || prev === 'amazon') && productHeads.has(tokens[i + 1] ?? '');
}

/** Pronouns that stand as a verb's object ("aws nerfs them"), never as part of a product's name. */
const objectPronouns = new Set(['them', 'it', 'us', 'me', 'him', 'her']);

/**
 * An unknown word that is not a product name: an ordinary English word ("basically", "fleet") outside a
 * product slot, or the name of the customer's own thing ("our jenkins iam user": a possessive, the word,
 * then words srm knows).
 */
function ordinaryWord(tokens: string[], i: number, capitalised: ReadonlySet<string>): boolean {
  const t = tokens[i] ?? '';
  const prev = tokens[i - 1] ?? '';
  // "AWS basically", "something AWS covers": an English word after the vendor's name is a product name
  // only when written as one (capitalised) or followed by "service".
  // "Amazon <word>" is always a product name ("amazon lex"); "AWS <word>" only when written as one.
  if (prev === 'amazon') return false;
  const afterVendor = prev === 'aws' || (tokens.slice(Math.max(0, i - 3), i).some((w) => w === 'aws' || w === 'amazon') && tokens[i + 1] === 'service');
  if ((isEnglishWord(t) || swappedEnglishWord(t)) && (!afterVendor || !capitalised.has(t))) return true;
  const next = tokens[i + 1];
  // "aws nerfs them": a word between the vendor and an object pronoun is what the vendor does, not a product
  if (prev === 'aws' && objectPronouns.has(next ?? '') && !capitalised.has(t)) return true;
  return customerPossessives.has(prev) && next !== undefined && correctWord(next) !== null && !stopwords.has(next);
}

/** Why a question is asked: "for our soc 2 audit", "for the pci assessment", "for a friend". */
const purpose = '(?:a friend|compliance reasons|(?:our|the|an|my|a) (?:(?:upcoming|annual|yearly|next|internal|external|first|current) )?(?:(?:soc ?[123]?(?: type ?(?:1|2|i|ii))?|pci(?: dss)?|iso(?: 27001)?|hipaa|fedramp|gdpr|compliance|security|vendor|risk|customer) )?(?:audit|audits|auditor|auditors|review|assessment|questionnaire|report|certification|evidence|paperwork|documentation|ticket|control matrix|statement of applicability|soa|risk register|board briefing|control mapping|postmortem(?: template| doc)?|post mortem|rca|retro|writeup|write up|runbook|wiki|onboarding doc|template))';
/** "q" for question, not Amazon Q's own names ("q business is showing people…", "q developer scans…"). */
const shortQuestion = String.raw`q(?! (?:business|developer|apps?|index|in (?:connect|quicksight))\b)`;

/**
 * Words that frame a question without being part of it: a greeting, "quick q", "sanity check", or who is
 * asking ("our auditor asked", "the security team wants to know"). "Auditor" would otherwise read as a
 * question about audits, and "q" as an unknown product.
 */
const frames = [
  /^(?:hey|hi|hello|yo|morning)(?: (?:team|all|folks|everyone|y all|there|guys))? /,
  new RegExp(`^(?:(?:quick|random|dumb|stupid|noob|newbie|beginner|rookie|silly|basic|simple|small|another) )?(?:${shortQuestion}|qq|question|sanity check|fyi|psa|ask|check) `),
  /^(?:(?:our|the|an|my|a) )?(?:(?:external|internal|new|soc|soc2|soc 2|pci|pci dss|iso|iso 27001|hipaa|fedramp|qsa) )*(?:auditors?|assessors?|qsa|(?:compliance|security|platform|devops|sre|infra|infrastructure|cloud|data|ops|dev|engineering|finance|legal|risk|grc|audit) team|ciso|cto|cfo|ceo|boss|manager|customer|client|pm|lead)(?: (?:just|keeps|also))? (?:asked|asks|is asking|are asking|wants to know|want to know|wanted to know|needs to know|need to know|asking|here|question)(?: (?:us|me|about))* /,
  // Context that says where, not what: "in our prod account", "on the staging env".
  /^(?:in|on|for) (?:our|the|a) (?:prod|production|staging|stage|dev|development|test|sandbox|main|shared|payments|security|master|management) (?:aws )?(?:account|accounts|environment|env|org|organization) /,
  /^(?:can|could|would) (?:someone|anyone|somebody|you|u) (?:please )?(?:confirm|tell me|tell us|explain|clarify|help me understand|remind me|double check)(?: (?:whether|if|that))? /,
  /^(?:soc ?[123]?|pci(?: dss)?|iso(?: 27001)?|hipaa|fedramp|audit|compliance) (?:scoping|prep|preparation|question|review|evidence|walkthrough) /,
  /^(?:(?:a|an|one|another) )?(?:simple|quick|easy|basic|dumb|silly|short) (?:one|question|q)(?: (?:from|for) (?:the|our|my) (?:cfo|ceo|cto|ciso|boss|board|manager|auditors?|team|lead))? /,
  // "for the audit -", "for our soc 2 questionnaire:" (the punctuation is gone by now).
  new RegExp(`^(?:(?:this is|asking|asked) )?for ${purpose} `),
  /^(?:sorry|apologies)(?: (?:if|for)(?: (?:this is|the))?(?: an?)? (?:dumb|stupid|basic|silly|noob|obvious) (?:question|q))?(?: but)? /,
  // Where the answer goes: "filling in the RACI:", "for the raci", "postmortem action item:".
  /^(?:(?:filling|fill|filling out|fill out|writing|updating|doing) (?:in |out )?)?(?:(?:for|in|on) )?(?:the|our|a|my) (?:raci|raci matrix|responsibility matrix|risk register|asset register|control matrix|control narratives?|control descriptions?|system security plan|ssp|threat model|runbook|postmortem|post mortem|rca)(?: (?:for|of) (?:the|our) (?:audit|review|assessment|platform|service|team))? /,
  new RegExp(`^(?:(?:postmortem|post mortem|retro|rca|incident) )?(?:action item|follow up|followup|question|${shortQuestion}) `),
  // A section of a document being written: "i'm writing up the security section of a grant proposal and …".
  /^(?:(?:i m|im|we re|were|i am|we are) )?(?:writing|filling|drafting|doing|updating)(?: (?:up|out|in))? (?:the|our|a|my) (?:security|compliance|risk|data protection) (?:section|chapter|part|appendix|questionnaire)(?: of (?:the|our|a|an|my)(?: [a-z0-9]+){0,3}? (?:proposal|application|plan|report|doc|document|submission|questionnaire|policy))?(?: (?:and|so))? /,
];
/** The same at the end: why it is asked ("asking for our soc2 audit", "for the auditors", "asking for a friend"). */
const trailingFrames = [
  new RegExp(` (?:(?:i m |we re |we are |this is |just )?(?:asking|asked) )?for ${purpose}$`),
  / (?:(?:i m |we re |just )?asking )?for a friend$/,
  / (?:(?:i m |we re |we are |just )?trying to )?settl(?:e|ing) (?:a|an|the|this) (?:debate|argument|bet|disagreement)(?: (?:here|on the team|in the team))?$/,
  / (?:thanks|thank you|thx|ty|tia|cheers|pls|please)(?: (?:in advance|a lot|all|team|everyone|folks))?$/,
  // What the answer is for: "… so i can mark those controls as inherited in the risk register".
  / (?:so|so that) (?:i|we) (?:can|could|may) (?:mark|record|put|note|list|document|fill in|update|tick|write down|write|enter|log)(?: [a-z0-9]+){0,8}? (?:in|on|into) (?:the|our|my) (?:risk register|register|soa|statement of applicability|control matrix|matrix|spreadsheet|raci|raci matrix|audit report|report|questionnaire|evidence pack)$/,
];

/**
 * Where a finding was written down, inside the question: "… got FLAGGED IN THE POA&M", "was LISTED ON OUR PENTEST
 * REPORT". The list or report names no task ("the POA&M" would read as AWS's own FedRAMP deliverables); the finding is.
 */
const findingVenue = / (?:got |was |were |is |are |been )?(flagged|listed|tracked|logged|raised|reported|cited|noted) (?:in|on|by) (?:the|our|a|an|this|last) (?:(?:monthly|annual|latest|last|quarterly) )?(?:poa m|poam|poams|scan|scans|scanner|report|audit|assessment|pentest|pen test|findings|finding list|3pao report|sar)(?= |$)/;

/** Why it is asked, inside the question, before the question proper: "security of ecs overall FOR THE AUDIT - is it all us or split?" */
let purposeBeforeAsking: RegExp | undefined;

/**
 * A sentence that only sets the scene of an audit, before or after the sentence that asks: "As part of preparing the
 * ISO 27001 audit, I am assigning a control owner to every line in the risk register.", "Context: our SOC 2 auditors
 * sampled this control and asked for the named control owner." It names the paperwork (an audit, a register, the
 * board) and what is done with it (preparing, assigning, recording), no service and no control of the model, and asks
 * nothing. Its words would read as a question about audits, or make "this control" the model's patching control.
 */
const auditPaperwork = /\b(?:audit|audits|auditor|auditors|soc ?[123]|type ii|iso(?: ?2700[12])?|annex a|risk register|risk committee|statement of applicability|soa|board|certification body|control owners?|control mapping|control matrix|questionnaire|assessors?|qsa|itgcs?|sox)\b/i;
const sceneActs = /\b(?:preparing|prepare|prep|assigning|assign|record|recording|presenting|present|reconciling|reconcile|mapping|sampled|sampling|asked for|wants the same|filling|documenting|briefing|populating|updating|writing)\b/i;
/** Words of the model's shared controls and of asking, which a scene-setting sentence does not have. */
const notScene = /\b(?:patch\w*|vuln\w*|configuration management|config management|awareness|training|who|whose|whom)\b|\?/i;
/** What is left of an asking sentence once its service, question and filler words are gone: what it asks about. */
const askingFillers = new Set(['who', 'whose', 'whom', 'owns', 'own', 'owner', 'responsible', 'responsibility', 'job', 'aws', 'amazon', 'us', 'we', 'ours', 'or', 'is', 'it', 'this', 'that']);

/**
 * A client's or a company's name: one or two words written with capitals before a noun companies are named with
 * ("for Crestview Builders", "Maple Accounting wants HA"). It names no product; its words are not read. Not when a word
 * is of an AWS service's name or another vendor's ("Comprehend Medical", "Snowflake …").
 */
const organisationName = /\b((?:[A-Z][a-z]+[ \t]+){1,2})(?:Builders|Accounting|Realty|Logistics|Inc|LLC|Ltd|GmbH|Corp|Corporation|Holdings|Partners|Dental|Clinic|Law|Legal|Bank|Insurance|Foods|Motors|Consulting|Capital|Ventures|Properties|Homes|Construction|Manufacturing|Credit|Financial|Hotels|Airlines|Bakery|Pharmacy|Realtors|Plumbing|Roofing|Trucking|Freight|Brewing|Winery|Outfitters)\b\.?/g;
function withoutOrganisations(question: string): string {
  return question.replace(organisationName, (whole, name: string) => {
    const words = tokenize(name);
    return words.some((w) => serviceNameWords.has(w) || foreignTokens.has(w) || w === 'aws' || w === 'amazon') ? whole : ' ';
  });
}

function withoutAuditScene(question: string): string {
  const sentences = question.split(/(?<=[.!?])\s+|\n+/);
  if (sentences.length < 2) return question;
  const scene = sentences.map((s) => !notScene.test(s) && auditPaperwork.test(s) && sceneActs.test(s) && matchServices(tokenize(s).map((t) => correctWord(t) ?? t)).length === 0);
  if (!scene.includes(true) || scene.every(Boolean)) return question;
  const rest = sentences.filter((_, i) => !scene[i]).join(' ');
  // (the rest must ask about something of its own: "who owns it for s3?" needs the scene's words)
  const restTokens = tokenize(rest).map((t) => correctWord(t) ?? t);
  const named = new Set(matchServices(restTokens).flatMap((h) => restTokens.slice(h.start, h.end)));
  const asked = restTokens.filter((t) => !named.has(t) && !stopwords.has(t) && !askingFillers.has(t));
  return asked.length >= 2 && /\?|\b(?:who|whose|whom)\b/i.test(rest) ? rest : question;
}

function withoutFrame(tokens: string[]): string[] {
  purposeBeforeAsking ??= new RegExp(` for ${purpose}(?= (?:is|are|who|whos|whose) )`);
  let text = tokens.join(' ').replace(findingVenue, ' $1').replace(purposeBeforeAsking, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const frame of frames) {
      const m = frame.exec(`${text} `);
      if (m && m[0].length < text.length) {
        text = text.slice(m[0].length);
        changed = true;
      }
    }
    for (const frame of trailingFrames) {
      const m = frame.exec(text);
      if (m && m.index > 0) {
        text = text.slice(0, m.index);
        changed = true;
      }
    }
  }
  return text ? text.split(' ') : [];
}

/** An EC2 (or SageMaker, RDS, ElastiCache) instance type's family: "m5", "c7g", "i4i", "ml.g5", "db.r6g" (not "r53"). */
const instanceFamily = String.raw`(?:ml\.|db\.|cache\.)?(?!r53\b)(?:a1|(?:c|d|f|g|h|i|im|is|inf|m|mac|p|r|t|trn|u|vt|x|z|hpc|dl)\d+[a-z-]*)`;
let instanceFamilyWord: RegExp | undefined;
/** True when the word is an instance family ("c6in", "m7g", "trn1"). */
function isInstanceFamily(t: string): boolean {
  instanceFamilyWord ??= new RegExp(`^${instanceFamily}$`);
  return instanceFamilyWord.test(t);
}

/**
 * What a chat message carries that is no word of the question: emoji shortcodes (":thinking_face:"), Region
 * codes and zone ids ("eu-west-1", "us-west-2-lax-1a", "use1-az1"), and resource ids ("i-0abc123", "sg-0f…").
 */
const chatNoise = [
  // instance types are context, not products: "m5.large", "ml.g5.xlarge", and a family before "instance(s)", "nodes"…
  new RegExp(String.raw`\b${instanceFamily}\.(?:nano|micro|small|medium|large|\d*xlarge|metal)\b`, 'gi'),
  new RegExp(String.raw`\b${instanceFamily}(?=\s+(?:[a-z]+\s+)?(?:instances?|instance store|nodes?|box(?:es)?|hosts?|fleet|workers?)\b)`, 'gi'),
  /:[a-z0-9_+-]+:/gi,
  // a Slack channel named in passing ("someone in #fw said", "<#C024BE91L|sec-alerts>")
  /<#[A-Z0-9]+(?:\|[^>]*)?>|(?<![\w&])#[a-z0-9][a-z0-9_-]*/gi,
  /\btl;? ?dr\b:?/gi,
  // control references ("164.312(a)(2)(iv)")
  /\b\d+(?:\.\d+)+(?:\([a-z0-9]+\))+/gi,
  // SOC 2 criteria ("CC6.1", "CC6.2/CC6.3", "A1.2")
  /(?<![\w.])(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}(?![\w.])/g,
  // a regime's numbered requirement ("req 11.5", "requirement 8.4.2", "PCI DSS 6.4.3" keeps "PCI DSS")
  /\breq(?:uirement)?s?\.?\s*\d{1,2}(?:\.\d{1,2}){0,3}\b/gi,
  /(?<=\b(?:pci|dss)\s+)\d{1,2}(?:\.\d{1,2}){1,3}\b/gi,
  // NIST SP 800-53 control ids ("CM-3", "PS-3", "SI-2(2)", "ac-2"): the family's letters, a hyphen, a number
  /\b(?:ac|at|au|ca|cm|cp|ia|ir|ma|mp|pe|pl|pm|ps|pt|ra|sa|sc|si|sr)-\d{1,2}(?:\s?\(\d{1,2}\))?(?![\w-])/gi,
  // an organisation's own control ids ("HR-07", "HW-MAINT-03", "ITGC-AC-07", "KM-SAAS-01"), written in capitals
  /(?<![\w-])[A-Z]{2,6}(?:-[A-Z]{2,6}){0,3}-\d{1,3}[a-z]?(?![\w-])/g,
  // a resource named for its environment ("acme-exports-prod", "prod-pg"): a name, not a product
  /(?<![\w-])(?:[a-z0-9]+-)+(?:prod|prd|production|dev|staging|stg|qa|uat|sandbox)(?![\w-])|(?<![\w-])(?:prod|prd|production|dev|staging|stg|qa|uat|sandbox)(?:-[a-z0-9]+)+(?![\w-])/g,
  /\b(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)-\d{1,2}(?:-[a-z]{3}-\d[a-z]?|[a-z])?\b/gi,
  /\b[a-z]{3,4}\d-az\d{1,2}\b/gi,
  // (also cut short in a paste: "i-0a12…")
  /\b(?:i|vpc|subnet|vol|snap|ami|eni|igw|nat|rtb|acl|tgw|vpce|pcx|eipalloc|lt|fs|fsvol)-[0-9a-f]{4,17}(?:\b|(?=[.…]))[.…]*/gi,
  // durations ("down for 2h", "a 15m window"), and amounts ("a rate limit of 100k", "3x the traffic", "40gb")
  /\b\d+(?:ms|s|m|h|d|w|hrs?|mins?|secs?)\b/gi,
  /\b\d+(?:\.\d+)?(?:k|bn|x|kb|mb|gb|tb|rps|qps|tps)\b/gi,
  // a host name of the customer's, of three labels or more ("corp.paygrid.example", "api.acme.io"): not an AWS
  // endpoint ("d111.cloudfront.net"), nor a platform's own domain ("fly.io")
  /(?<![\w.@\/-])(?![\w.-]*(?:amazonaws|cloudfront|awsapps|amazon|aws))(?:[a-z0-9-]+\.){2,}(?:example|local|internal|corp|lan|com|net|org|io)(?![\w.-])/gi,
  // who the answer is for and the form it should take ("management wants a one word answer", "for the exec deck")
  /\b(?:(?:my |our |the )?(?:management|manager|boss|leadership|execs?|cto|ciso|vp) (?:wants|needs|asked for|asks for) )?(?:a |an )?(?:one|single|1)[ -]word answer\b/gi,
  // file system paths ("leftover files in /tmp", "/var/log/secure")
  /(?<![\w./])\/(?:[\w.-]+\/?)+/g,
];

/** Code pasted in backticks: an AWS CLI command keeps its service ("`aws s3 rm --recursive`" is about s3), other code is context. */
function withoutCode(question: string): string {
  return question.replace(/`+([^`]*)`+/g, (_, code: string) => {
    const cli = /^\s*aws\s+([a-z0-9-]+)/i.exec(code)?.[1];
    // (a setting pasted with its value, "`PubliclyAccessible: true`", is read as its words, as outside code)
    const setting = !cli && code.length <= 60 && !code.includes('\n') && /^\s*["']?[A-Za-z][\w.]*["']?\s*[:=]\s*["']?[\w.-]+["']?\s*$/.test(code);
    return ` ${cli ?? (setting ? code : '')} `;
  });
}

/** An API action or metric name of two words ("GetRecords", "PutObject"): its words, not a product's name. */
const apiAction = /\b(Get|Put|List|Describe|Create|Delete|Update|Assume|Invoke|Send|Receive|Start|Stop|Attach|Detach|Run|Terminate|Modify|Batch|Enable|Disable|Decrypt|Encrypt|Generate|Schedule|Rotate|Detect|Lookup|Publish|Subscribe|Query|Scan|Copy|Restore|Tag|Untag|Associate|Disassociate|Register|Deregister|Leave|Accept|Decline|Reject|Invite|Remove|Add|Set|Reset|Change|Authorize|Revoke|Cancel|Upload|Import|Export|Allocate|Release|Reboot|Replace|Apply|Verify|Validate|Sign|Confirm|Initiate|Complete|Abort|Retrieve|Upgrade|Purchase|Console|Switch|Admin|Share|Unshare|Move|Allow|Deny)([A-Z][a-z]+|[A-Z]{2,})\b/g;

/** An API name written in CamelCase ("AutoMinorVersionUpgrade"): three or more capitalised words joined. */
const camelCase = /\b[A-Z]?[a-z]+(?:[A-Z][a-z]+){2,}\b|\b[A-Z]{2,}(?:[A-Z][a-z]+){2,}\b/g;

/** A KMS key alias of an AWS managed key ("aws/s3", "aws/ebs"): the key, not the service. */
const awsManagedKeyAlias = /(?<![\w.])aws\/(?:[a-z0-9-]+\b|\*)(?!\/)/gi;
/** Software makers whose products share a word with an AWS service's name ("IBM MQ", "Oracle EBS", the E-Business Suite). */
const softwareMakers = new Set(['ibm', 'oracle', 'microsoft', 'google', 'sap', 'cisco', 'vmware', 'redhat']);
/**
 * A service's name right after a software maker's is that maker's product ("IBM MQ on ec2", "Oracle EBS"), unless the
 * service is sold for the maker's software ("Oracle RDS" is RDS for Oracle, "Microsoft AD" is AWS Managed Microsoft AD).
 */
function madeByVendor(tokens: readonly string[], hit: ServiceHit): boolean {
  const maker = tokens[hit.start - 1] ?? '';
  if (!softwareMakers.has(maker)) return false;
  return !hit.service.aliases.some((a) => a.split(' ').includes(maker)) && !hit.service.name.toLowerCase().split(' ').includes(maker);
}

/** Hosts named by what runs on them are the customer's machines, not AWS's physical hosts: "the EC2 Oracle hosts", "our web hosts". */
const roleHosts = /\b(web|app|application|oracle|sql|mysql|postgres|postgresql|sap|hana|bastion|jump|build|ci|worker|batch|api|backend|frontend|windows|linux|ubuntu|rhel|iis|tomcat|jenkins|nginx|apache|citrix|exchange|sharepoint)(\s+servers?)?\s+hosts?\b/gi;
/** The key types said the long way round: "the keys managed by AWS" are AWS managed keys. */
const keysManagedBy = /\b((?:kms )?keys?)\s+(?:that are |which are |that get |which get )?managed by (aws|amazon)\b/gi;
/** Other vendors' product names made of everyday words, with their vendor: the product only when written in Title Case or with the vendor named. */
const everydayForeignNames = new Map([['app service', 'azure']]);
/** Whether a product name of everyday words is meant as the product: "Azure App Service", "App Service", not "our app service logins". */
function meantAsProduct(name: string, question: string, tokens: readonly string[]): boolean {
  const vendor = everydayForeignNames.get(name);
  if (vendor === undefined) return true;
  const titled = name.split(' ').map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`).join(' ');
  return question.includes(titled) || tokens.includes(vendor);
}
/** Security teams' short names of tool services that are no alias of their own ("gd findings"; "sechub" is Security Hub's alias). */
const toolShortNames: [RegExp, string][] = [[/\bgd\b/gi, 'guardduty']];

/** "U.S." (and "U.S.A."): the country, not the words "u" and "s". */
const unitedStates = /\bU\.S\.(?:A\.)?(?!\w)/g;

/** A GuardDuty finding type ("UnauthorizedAccess:EC2/SSHBruteForce", "Recon:IAMUser/MaliciousIPCaller.Custom"): a finding, whatever its words. */
const findingType = /\b[A-Z][A-Za-z]+:[A-Za-z0-9]+\/[A-Za-z0-9.!_-]+/g;
/**
 * An Amazon Macie finding type: sensitive data ("SensitiveData:S3Object/Personal") or a policy finding about a bucket
 * ("Policy:IAMUser/S3BlockPublicAccessDisabled"); GuardDuty's own policy findings name no S3 setting after "IAMUser/".
 */
const macieFindingType = /\b(?:SensitiveData:S3Object|Policy:IAMUser\/S3)[A-Za-z0-9\/._-]*/g;

/** An IAM access key id, whole or cut short ("AKIAIOSFODNN7EXAMPLE", "AKIA...", "ASIA…"): an IAM access key. */
const accessKeyId = /\b(?:AKIA|ASIA)(?:[A-Z0-9]{4,}|\b|(?=[.…]))[.…]*/g;

/** A security group's id ("sg-0a12", "sg-0f3c9d2e"): the security group, which is often what is asked about. */
const securityGroupId = /\bsg-[0-9a-f]{4,17}\b/gi;
/** The security groups the EC2 console's launch instance wizard names ("launch-wizard-3"): an EC2 security group, not AWS Launch Wizard. */
const launchWizardGroup = /\blaunch-wizard-\d+\b/gi;

/**
 * A container image reference ("aws/codebuild/amazonlinux-x86_64-standard:5.0", "public.ecr.aws/lambda/nodejs:20"):
 * the repository's path says whose image it is, the image's own name and tag are no words of the question.
 */
const imageReference = /(?<![\w./:-])([\w.-]+(?:\/[\w.-]+)*)\/[\w.-]+:[\w.-]+/g;

/** Shorthands written for a longer name srm knows ("win2022", "KB5034439", "hw", "tde"). */
const shorthands: [RegExp, string][] = [
  // (the guest OS, not "Windows Server": the words of Amazon's AMI releases would pull an instance's patching there)
  [/\bwin ?(20\d\d)\b/gi, ' windows os '],
  [/\bwin ?2k(\d\d)\b/gi, ' windows os '],
  // a Windows update's knowledge-base number
  [/\bKB\d{6,8}\b/gi, ' windows update '],
  [/\bhw\b/gi, ' hardware '],
  // Amazon Linux as image names write it ("aws/codebuild/amazonlinux2-x86_64-standard", "amazonlinux:2023")
  [/\bamazonlinux(?=\d|\b)/gi, ' amazon linux '],
  [/\bshield adv\b/gi, ' shield advanced '],
  [/\btde\b/gi, ' transparent data encryption '],
  // a function's or task's execution role ("the lambda exec role")
  [/\bexec roles?\b/gi, ' execution role '],
  // Lambda's runtime update mode as the API writes it (two CamelCase words, which are otherwise kept as one name)
  [/\bFunctionUpdate\b/g, ' function update '],
  // an IAM action with a wildcard ("s3:*", "kms:*"): a service's word would name the service
  [/\b[a-z0-9-]+:\*(?=[\s,.;)"']|$)/gi, ' wildcard permissions '],
];

/**
 * A key of pasted JSON or YAML written in camel case ("eventName":, "IpProtocol:", "PubliclyAccessible=true"): its
 * words ("event name", "ip protocol", "publicly accessible"), which srm knows, not one word it does not. (Not a
 * finding type's "SensitiveData:S3Object/…", whose colon has no value after it.)
 */
const pastedKey = /\b(?:[a-z]+|[A-Z][a-z]+)(?:[A-Z][a-z]+)+(?=["']?\s*[:=](?:\s|["'\d{[]|true|false|$))/g;

/**
 * A name put right in brackets after a word srm does not know: "AWS Artefact (sorry, Artifact)", "Amazon Macy
 * (Macie?)", "Cloud Trial (i mean CloudTrail)". The bracket's name stands for the word when it is a service's name
 * and says it corrects the word (a "sorry", "i mean", a question mark) or is spelt like it (the same first two
 * letters); "our database (rds)" keeps both.
 */
const selfCorrection = /\b([A-Za-z][\w-]*)\s*\(\s*((?:sorry|oops|sic|i mean|i meant|meant|correction)\b[,:]?\s*)?([A-Za-z][\w -]{1,30}?)\s*(\?)?\s*\)/gi;
function corrected(text: string): string {
  return text.replace(selfCorrection, (whole, before: string, marker: string | undefined, name: string, asked: string | undefined) => {
    const word = before.toLowerCase();
    const phrase = tokenize(name).join(' ');
    // (a service's alias, or its id, supporting services' included: "macie", "audit manager")
    if (vocabulary.has(word) || !(serviceByPhrase.has(phrase) || servicesByIdWords().has(phrase))) return whole;
    return marker || asked || word.slice(0, 2) === name.toLowerCase().slice(0, 2) ? ` ${name} ` : whole;
  });
}

function withoutChatNoise(question: string): string {
  const pasted = shorthands
    .reduce((t, [pattern, to]) => t.replace(pattern, to), corrected(withoutCode(question)))
    .replace(pastedKey, camelWords)
    .replace(imageReference, (_, path: string) => ` ${path.replaceAll('/', ' ')} image `)
    .replace(unitedStates, ' united states ')
    .replace(macieFindingType, ' macie finding ')
    .replace(findingType, ' guardduty finding ')
    .replace(securityGroupId, ' security group ')
    .replace(launchWizardGroup, ' ec2 security group ')
    .replace(accessKeyId, ' iam access key ');
  const text = toolShortNames.reduce((t, [pattern, name]) => t.replace(pattern, name), chatNoise.reduce((t, pattern) => t.replace(pattern, ' '), pasted).replace(awsManagedKeyAlias, ' aws managed key ').replace(keysManagedBy, ' aws managed $1 ').replace(roleHosts, '$1 instances'));
  return text.replace(camelCase, camelWords).replace(apiAction, '$1 $2');
}

/** A Slack emoji's shortcode standing alone (":thinking_face:", ":+1:"), not the colons inside an ARN. */
const emojiShortcode = /(?<=^|\s):[a-z0-9_+-]+:(?=\s|$)/gi;

/** Reads a question: which service, which area, which words it did not know. */
export function parseQuestion(asked: string): ParsedQuestion {
  // (an emoji's shortcode between words, ":thinking_face:", is no pasted setting nor a name)
  const question = withoutAuditScene(withoutOrganisations(asked.replace(emojiShortcode, ' ')));
  const plain = withoutChatNoise(question);
  const spoken = tokenize(plain);
  const raw = withoutFrame(spoken);
  const sentences = sentenceBreaks(plain, spoken, raw);
  const quoted = quotedNames(question);
  // Everyday words written in lower case after "Amazon's" or "AWS's": what AWS owns, not a product's name.
  const possessed = new Set([...question.matchAll(/\b(?:amazon|aws|AWS|Amazon)['’]s\s+([a-z][a-z0-9]*)\b/g)].flatMap((m) => (m[1] && isEnglishWord(m[1]) ? [m[1]] : [])));
  // Words written with a capital inside the sentence ("Amazon Forecast"): product names are written so.
  const capitalised = new Set([...question.matchAll(/(?<=\S\s+)[A-Z][A-Za-z0-9]*/g)].map((m) => m[0].toLowerCase()));
  // (a product name of everyday words is the product only as its maker writes it: "Azure App Service", not "our app
  // service logins")
  // (a form's label in quotes is the form's words, in whatever language: none of them names a product)
  const labelWords = formLabelWords(question);
  const found = findForeign(raw.map((t) => vendorTypo(t) ?? t));
  const foreign = found && meantAsProduct(found, question, raw) ? found : null;
  const fixes: { from: string; to: string }[] = [];
  const unknownWords: string[] = [];
  const serviceLikeWords: string[] = [];
  const vendorNameWords: string[] = [];
  /** Adds words of a product name srm does not know, each once. */
  const addVendorWords = (...words: string[]): void => {
    for (const w of words) if (!vendorNameWords.includes(w)) vendorNameWords.push(w);
  };
  const tokens = raw.map((t, i) => {
    // (a noun products are named with is no typo of a word srm knows: "redshift guardian" is not "guarding")
    const fixed = correctWord(t);
    // (nor is a product's name after the vendor's, unless a slip of one letter or a service's name: "amazon CIPHERDB" is
    // not "amazon ciphers"; "amazon cognitio" is Cognito)
    // (nor the last word of a Title-Case name after it, "AWS Nitro Compliance Attestor" is not "attests")
    const vendor = vendorBefore(raw, i, 3);
    const vendorSlot = (vendor === i - 1 || (vendor >= 0 && titledFrom(raw, vendor, i, capitalised))) && fixed !== null && fixed !== t && !serviceNameWords.has(fixed) && editDistance(t, fixed, 2) > 1;
    const c = (fixed !== t && inventedHeads.has(t)) || vendorSlot ? null : fixed;
    // (a single letter is no unknown word: "lab A can't read lab B")
    if (c === null && t.length < 2) return t;
    if (c === null) {
      unknownWords.push(t);
      const vendorName = inVendorName(raw, i, capitalised, sentences.breaks);
      if (vendorName) vendorNameWords.push(t);
      // (not a time of day or a period: "the finding at 3am", "we need 7y", "90d retention")
      // (nor such a unit after a number: "2 yrs ago")
      const time = /^\d{1,2}(?:am|pm)$|^\d*(?:y|yr|yrs|d|mo|mos|w|wk|wks|h|hr|hrs|min|mins)$/.test(t) && (/\d/.test(t) || /^\d+$/.test(raw[i - 1] ?? ''));
      // (nor an everyday word AWS is said to own: "entirely Amazon's LOOKOUT")
      if (vendorName || (!time && !possessed.has(t) && !labelWords.has(t) && looksLikeServiceName(raw, i, (w) => correctWord(w) !== null) && !ordinaryWord(raw, i, capitalised))) serviceLikeWords.push(t);
      return t;
    }
    if (c !== t) fixes.push({ from: t, to: c });
    return c;
  });
  const negatedHits: ServiceHit[] = [];
  // "aws health says our vpn tunnels get maintenance": a service that reports on others, telling something, is the messenger.
  const serviceHits = matchServices(tokens, negatedHits).filter((h) => !(reporters.has(h.service.id) && tellingVerbs.has(tokens[h.end] ?? '')) && !madeByVendor(tokens, h));
  tokens.forEach((t, i) => {
    // A word of a service's name used alone ("connect" of "direct connect") names an unknown service, unless
    // it is an ordinary English word ("connect the regions") or part of a name the question negates.
    const named = (h: ServiceHit): boolean => h.start <= i && i < h.end;
    if (serviceOnlyWords.has(t) && !serviceHits.some(named) && !negatedHits.some(named) && !ordinaryWord(tokens, i, capitalised)) {
      unknownWords.push(t);
      serviceLikeWords.push(t);
    }
  });
  const variants = variantsFor(serviceHits);
  const unknown = new Set(unknownWords);
  let coined: string | null = null;
  for (const t of unknown) {
    // (the words as written: "bundle" is not corrected to "bundled" here)
    const at = raw.indexOf(t);
    if (unknownVariant(raw, at, serviceHits, variants, true) || unknownTier(raw, at, serviceHits, variants) || vendorProduct(raw, at)) vendorNameWords.push(t);
    // (written as a word of its own, in lower case: not "EncryptionType" or the "managedinstance" of a rule's id)
    if (!coined && inventedFeature(raw, at, serviceHits) && wordAsWritten(question, t, true) !== undefined) coined = t;
  }
  const oddRun = unknownVariantRun(raw, serviceHits, variants);
  if (oddRun) addVendorWords(...oddRun);
  // A word srm knows but that names no variant the service sells ("lambda PRO tier", "fargate DEDICATED edition").
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] ?? '';
    if (!unknown.has(t) && (unknownVariant(raw, i, serviceHits, variants) || unknownTier(raw, i, serviceHits, variants))) addVendorWords(t);
  }
  // "AWS PHI Shield", "Amazon Data Vault": "aws"/"amazon", a word of no service's name and a product noun written with
  // a capital, named by no service ("AWS Network Firewall" is one): a product srm does not know.
  for (let i = 1; i + 1 < raw.length; i++) {
    if (!vendorProduct(raw, i) || serviceHits.some((h) => h.start <= i + 1 && i < h.end)) continue;
    const head = raw[i + 1] ?? '';
    // (or run together in CamelCase: "AWS ExportGuard")
    const written = wordAsWritten(question, head) ?? wordAsWritten(question, `${raw[i] ?? ''}${head}`) ?? '';
    // (in lower case too, for a head that only products are named with and two words no name srm knows has: "amazon
    // bastion manager", not "aws patch manager")
    const coined = namedOnlyHeads.has(head) && !knownPhrase([raw[i] ?? '', head]);
    if ((/^[A-Z]/.test(written) || coined) && !vendorNameWords.includes(raw[i] ?? '')) vendorNameWords.push(raw[i] ?? '', head);
  }
  // "AWS Group Policy Manager", "AWS CMMC Compliance Manager": two words written as a name between the vendor's name and a
  // noun only products are named with, in no service's name, the three (or the last two) words in no name srm knows.
  for (let i = 1; i + 2 < raw.length; i++) {
    const words = raw.slice(i, i + 3);
    if ((raw[i - 1] !== 'aws' && raw[i - 1] !== 'amazon') || !namedOnlyHeads.has(words[2] ?? '') || serviceHits.some((h) => h.start <= i + 2 && i < h.end)) continue;
    // (in lower case too, when no word is a stopword and neither the three nor the last two are a name srm knows:
    // "amazon colo rack manager", "aws cardholder data firewall")
    const titled = words.every((w) => /^[A-Z]/.test(wordAsWritten(question, w) ?? ''));
    if ((!titled && words.some((w) => stopwords.has(w))) || knownPhrase(words) || knownPhrase(words.slice(1))) continue;
    addVendorWords(...words);
  }
  // (and three, one of them a number, all written as a name: "AWS Part 11 Compliance Manager")
  for (let i = 1; i + 3 < raw.length; i++) {
    const words = raw.slice(i, i + 4);
    if ((raw[i - 1] !== 'aws' && raw[i - 1] !== 'amazon') || !namedOnlyHeads.has(words[3] ?? '') || serviceHits.some((h) => h.start <= i + 3 && i < h.end)) continue;
    const numbered = words.some((w) => /^\d+$/.test(w));
    const named = words.every((w) => /^\d+$/.test(w) || /^[A-Z]/.test(wordAsWritten(question, w) ?? ''));
    if (!numbered || !named || knownPhrase(words) || knownPhrase(words.slice(1)) || knownPhrase(words.slice(2))) continue;
    addVendorWords(...words);
  }
  // "With AWS Breach Notify turned on": a name in Title Case after "AWS"/"Amazon", said to be turned on or called a
  // switch, naming no service and no name srm knows: a product srm does not know.
  for (const { words, unquoted } of quoted) {
    if (!unquoted || (words[0] !== 'aws' && words[0] !== 'amazon') || words.length < 3) continue;
    const rest = words.slice(1);
    if (matchServices(rest).length > 0 || knownPhrase(rest)) continue;
    addVendorWords(...words);
  }
  // "aws key ESCROW service", "amazon fleet patch AUTOPILOT": a noun only invented products are named with, at most two
  // words after the vendor's name, with no service named between: a product srm does not know.
  for (let i = 1; i < raw.length; i++) {
    if (raw[i - 1] !== 'aws' && raw[i - 1] !== 'amazon') continue;
    const k = [i, i + 1, i + 2].find((j) => inventedHeads.has(raw[j] ?? ''));
    if (k === undefined || serviceHits.some((h) => h.start <= k && h.end > i)) continue;
    addVendorWords(...raw.slice(i, k + 1));
  }
  // "dynamodb ETERNAL VAULT": a service's name, then a word that no name, duty, area or service srm knows says, and a
  // product noun: a feature srm does not know.
  // (the last reading tried: `coinedPair`, after every other)
  let coinedPair: string | null = null;
  for (const h of serviceHits) {
    const [word, head] = [tokens[h.end] ?? '', tokens[h.end + 1] ?? ''];
    // (written as one name, the two words side by side: "s3 (generation, protection, rotation)" is a list)
    if (!coinedPair && productHeads.has(head) && /^[a-z]{4,}$/.test(word) && !stopwords.has(word) && !serviceHits.some((o) => o.start === h.end + 1) && !knownPhrase([word]) && new RegExp(`\\b${word}\\s+${head}\\b`, 'i').test(question)) coinedPair = `${word} ${head}`;
  }
  const engine = unknownEngine(tokens, serviceHits, unknown, capitalised);
  if (engine) addVendorWords(engine);
  let service = chooseService(serviceHits);
  // "self-managed kubernetes on ec2": a generic technology name yields to the AWS service named beside it.
  const named = serviceHits.filter((h) => !genericTechAliases.has(h.alias));
  const own = serviceHits.filter((h) => h.service.id === service?.id);
  if (named.length > 0 && own.length > 0 && own.every((h) => genericTechAliases.has(h.alias))) service = chooseService(named);
  let area = chooseArea(matchTerms(tokens, serviceHits), tokens);
  // "who manages kms key policies": with no service named, a tool's bare name that is also an area
  // word ("kms", "guardduty", "macie") names the tool when the other words of the question, without
  // it, still ask about the tool's own area (here "key policies" → key management).
  if (!service && serviceLikeWords.length === 0 && !foreign) {
    for (const t of toolNames) {
      const n = t.phrase.split(' ').length;
      const at = tokens.findIndex((_, i) => tokens.slice(i, i + n).join(' ') === t.phrase);
      if (at < 0) continue;
      const restTokens = [...tokens.slice(0, at), ...tokens.slice(at + n)];
      const rest = chooseArea(matchTerms(restTokens, []), restTokens);
      if (!rest || rest.generic || weakAliases.has(rest.phrase) || rest.areaId !== t.service.toolFor) continue;
      service = t.service;
      serviceHits.push({ service: t.service, start: at, end: at + n, alias: t.phrase });
      area = rest;
      break;
    }
  }
  // "our soc 2 report": a customer possessive in front of an AWS-owned area means the customer's own counterpart.
  if (area && ownReadings[area.areaId] && customerPossessives.has(tokens[area.start - 1] ?? '')) area = { ...area, areaId: ownReadings[area.areaId] ?? area.areaId };
  // Naming only a tool ("aws waf", "amazon guardduty") asks about the area the tool serves.
  const tool = serviceHits.find((h) => h.service.toolFor);
  let areaId = area?.areaId ?? tool?.service.toolFor ?? null;
  // "who configures shield advanced for cloudfront": a bare "configure" is about the tool's own area.
  if (area?.generic && area.areaId === actAlone.configure && tool?.service.toolFor) areaId = tool.service.toolFor;
  if (areaId === 'service') areaId = service ? service.patchArea : 'guest-os-patching';
  // On a service with a database or broker engine, plain "users" are the engine's users, not IAM users.
  if (areaId === 'iam' && service?.patchArea === 'database-engine-patching' && (area?.phrase === 'users' || area?.phrase === 'user')) areaId = 'database-users';
  const serviceNames = service ? serviceHits.filter((h) => h.service.id === service.id) : [];
  const refinement = areaId ? findRefinement(tokens, areaId) : null;
  return {
    tokens,
    corrections: fixes,
    serviceHits,
    service,
    areaId,
    areaPhrase: area?.phrase ?? tool?.alias ?? null,
    genericArea: area?.generic ?? false,
    unknownWords,
    serviceLikeWords,
    vendorNameWords,
    foreign,
    foreignAside: foreign !== null && foreignAside(raw, foreign, sentences.bracketed, (open) => serviceHits.some((h) => h.end === open) || raw.slice(0, open).some((t) => t === 'who' || t === 'whose')),
    offAws: findOffAws(tokens),
    genericServiceName: serviceNames.length > 0 && serviceNames.every((h) => genericTechAliases.has(h.alias)),
    refinementId: refinement?.id ?? null,
    refinementCue: refinement?.cue ?? null,
    askedEnd: trailingContextAt(question, raw),
    coinedFeature: coined,
    coinedPair,
    // (a name in CamelCase of three words or more is read as its words, as the tokens are: "IVS StreamKeyGuard")
    titled: new Set([...question.matchAll(/(?<=[A-Za-z0-9](?:\s+|-))[A-Z][a-z][A-Za-z0-9]*/g)].flatMap((m) => [m[0].toLowerCase(), ...(/^(?:[A-Z][a-z]+){3,}$/.test(m[0]) ? tokenize(camelWords(m[0])) : [])])),
    pastedCheck: pastedCheck(question),
    pastedSettings: pastedSettings(question),
    ...sentences,
    turnsOn: turnsOnPattern.test(question),
    stressedBoth: /\b(?:AND|BOTH|PLUS)\b/.test(question) && /[a-z]/.test(question),
    framed: new Set(spoken),
    quotedNames: quoted,
    compounds: new Set([...question.matchAll(/\b[A-Z][a-z]+(?:-[A-Za-z]+)*-[A-Z][a-z]+\b/g)].flatMap((m) => tokenize(m[0]))),
    acronyms: new Set([...question.matchAll(/(?<=[A-Za-z0-9](?:\s+|-))[A-Z]{2,}[0-9]?(?![A-Za-z])/g)].map((m) => m[0].toLowerCase())),
  };
}

export interface QuotedName {
  words: string[];
  /** Written in Title Case (a product's or a document's title), not in lower or camel case. */
  titled: boolean;
  /** Not in quotes: a Title-Case run called a switch ("that Auto-Quarantine toggle") or said to be turned on ("we enabled S3 Ransomware Shield"). */
  unquoted?: 'switch' | 'enabled';
  /** One word in CamelCase, unquoted ("that CheatScan fleet setting"), as its parts: a name only when srm knows no such word. */
  camel?: string[];
  /** Quoted right after or before the switch it is a value of ("update mode 'Lockdown'", "the 'Strict' setting"). */
  switchValue?: boolean;
}

/** Nouns a switch is called by, right before or after a quoted value of it. */
const switchNounBefore = /\b(?:mode|setting|toggle|option)\s*$/i;
const switchNounAfter = /^\s*(?:mode|setting|toggle|option)\b/i;

/** A name in quotes, one to six words: "the 'Auditor Seal' export", “PHI Guard Mode”, 'auto key escrow', 'SecureMode'. */
const quotedName = /(?<=^|[\s(])['"‘“]([A-Za-z][\w-]*(?:[ :-][\w-]+|\s\([\w -]+\)){0,5})['"’”](?=[\s.,;:?!)]|$)/g;
/** Words that make a quoted name a switch or a feature someone turned on ("the 'auto cve shield' toggle", "turned on 's3 auto lockdown'"). */
const switchAfter = /^\s*(?:\w+\s+)?(?:toggle|mode|setting|settings|option|checkbox|check box|box|flag|feature|switch|button|tier|autopilot|add-?on|addon|plugin|plug-in)\b|^\s*[—–-]*\s*(?:if|once|when|after)\s+(?:we|i|you)\s+(?:enable|turn on|turned on|flip|switch on|tick|check)\b/i;
/** Verbs that say a switch was turned on ("we enabled …", "after turning on …"). */
const turnedOn = String.raw`enabled?|enabling|turn(?:ed)? on|turning on|flip(?:ped)?|switch(?:ed)? on|opted into`;
const turnsOnPattern = new RegExp(String.raw`\b(?:${turnedOn}|turn(?:s|ing)? (?:it|them|this|that) on|switch(?:es|ing)? (?:it|them|this|that) on)\b`, 'i');
const switchBefore = new RegExp(String.raw`\b(?:${turnedOn}|toggled?|checked|ticked|has|have|got|called|opt into|(?:launched|created|configured|deployed) with|set to)\s+(?:\w+\s+)?(?:the\s+|that\s+|a\s+|an\s+|new\s+)*$`, 'i');

/**
 * The names a question quotes, as words: those written in Title Case ("'Control Inheritance Matrix'"), and those
 * in lower or camel case that it calls a switch or says were turned on ("the 'auto key escrow' toggle", "we
 * enabled 'SecureMode'"). Not an identifier written in quotes: a Config rule's name, a CA's, an API action's
 * ("'s3-bucket-public-read-prohibited'", "'rds-ca-rsa2048-g1'", "'CreateUser'"), which have no switch words.
 */
function quotedNames(question: string): QuotedName[] {
  const names: QuotedName[] = [];
  for (const m of question.matchAll(quotedName)) {
    const name = m[1] ?? '';
    // (an acronym counts as a capitalised word: 'FIPS Lock')
    const titled = (name.match(/(?:^|[ -])[A-Z][a-z]/g) ?? []).length >= 1 && (name.match(/(?:^|[ -])[A-Z]/g) ?? []).length >= 2;
    // (a service's own short name may have a digit: 's3 auto lockdown')
    const identifier = /_|[A-Za-z-]\w*\d\w{2,}|\w{3,}\d/.test(name) || /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(name);
    const switched = switchAfter.test(question.slice(m.index + m[0].length)) || switchBefore.test(question.slice(0, m.index)) || /\b(?:mode|autopilot|toggle)$/i.test(name);
    const words = tokenize(name);
    // (a name the customer gave its own thing is no feature: "we publish a 'Lab Starter' product", "our 'Ledger' stack",
    // "permission set 'DBA-ReadOnly'", "the 'Prod-Admins' group")
    if (ownNameBefore.test(question.slice(0, m.index)) || resourceBefore.test(question.slice(0, m.index)) || resourceAfter.test(question.slice(m.index + m[0].length))) continue;
    // (nor is a form's label: "the compliance form has field 'infra patching for queueing'")
    if (formLabelBefore.test(question.slice(0, m.index))) continue;
    // (a console setting's label starts with what it does, "'Always encrypt new EBS volumes'", "'Block all public
    // access'"; a setting's value is made of option words, "MFA set to 'Never (disabled)'")
    if (labelStart.test(name) || words.every((t) => optionWords.has(t))) continue;
    const after = switchNounBefore.test(question.slice(0, m.index));
    const switchValue = after || switchNounAfter.test(question.slice(m.index + m[0].length));
    // (one capitalised word quoted right after the switch it names is that switch's value: "update mode 'Lockdown'")
    const modeValue = words.length === 1 && /^[A-Z][a-z]+$/.test(name) && after;
    if (titled || modeValue || (!identifier && switched && (words.length >= 2 || /[a-z][A-Z]/.test(name)))) names.push({ words, titled, ...(switchValue ? { switchValue } : {}) });
  }
  // Unquoted: a run in Title Case (two words or more, or one hyphenated) that is called a switch or said to be
  // turned on ("that Auto-Quarantine toggle", "we enabled S3 Ransomware Shield on the bucket").
  for (const m of question.matchAll(titledRun)) {
    // (a sentence's first word is capitalised as a sentence's, not as a name's: "WITH AWS Breach Notify turned on, …")
    const name = (m[1] ?? '').replace(sentenceOpeners, '');
    const compound = /[A-Z][a-z]+-[A-Z][a-z]/.test(name);
    // (one word of capitalised parts, as features are named: "CheatScan", "SnapStart"; alone or last after a service's
    // name: "the S3 AutoEncryptAll toggle")
    // (an upper-case tag after it is no part of the name's words: "AutoEncryptAll-PAN")
    const last = (name.split(/\s+/).at(-1) ?? '').replace(/-[A-Z0-9]+$/, '');
    const camel = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(last);
    if (!compound && !camel && (name.match(/(?:^|\s)[A-Z][a-z]/g) ?? []).length < 2) continue;
    const switched = switchAfter.test(question.slice(m.index + m[0].length));
    if (!switched && !enabledBefore.test(question.slice(0, m.index)) && !enabledAfter.test(question.slice(m.index + m[0].length))) continue;
    names.push({ words: tokenize(name), titled: true, unquoted: switched ? 'switch' : 'enabled', ...(camel ? { camel: tokenize(camelWords(last)) } : {}) });
  }
  return names;
}

/**
 * A form's or a checklist's part right before a quote, which is then its label ("has field '…'", "a line for '…'",
 * "control matrix row: '…'"), or a tool that flagged what the quote titles ("Trusted Advisor flagged '…'").
 */
const formLabelBefore = /\b(?:field|line|row|column|section|item|entry|heading|cell|label|box)(?:\s*:|\s+(?:for|called|named|titled|labell?ed))?\s*$|\b(?:flagged|flags|raised|reported)\s*:?\s*$/i;
/** A form's label in quotes, whatever its language (formLabelBefore): its words name no product. */
const formLabel = /(?<=^|[\s(])['"‘“]([^'"‘’“”\n]{3,120})['"’”]/g;

/** The words of the form labels a question quotes ("a line for 'effacement sécurisé des supports'"). */
function formLabelWords(question: string): Set<string> {
  const words = new Set<string>();
  for (const m of question.matchAll(formLabel)) if (formLabelBefore.test(question.slice(0, m.index))) for (const t of tokenize(m[1] ?? '')) words.add(t);
  return words;
}

/** Nouns of the customer's own resources right before or after a quoted name, which is then that resource's name. */
const resourceNouns = String.raw`permission sets?|roles?|polic(?:y|ies)|users?|groups?|buckets?|tables?|functions?|queues?|topics?|stacks?|clusters?|secrets?|repos?|repositor(?:y|ies)|projects?|accounts?|ous?|organizational units?|alarms?|rule groups?|web acls?|aliases|alias|pipelines?|workgroups?|databases?|schemas?|profiles?|distributions?|stages?|state machines?|user pools?|identity pools?|domains?|vaults?|backup plans?|plans?`;
const resourceBefore = new RegExp(String.raw`\b(?:${resourceNouns})\s*(?:named|called)?\s*$`, 'i');
const resourceAfter = new RegExp(String.raw`^\s*(?:${resourceNouns})\b`, 'i');
/** What a console setting's label starts with: what the setting does ("Always encrypt …", "Block all public access"). */
const labelStart = /^(?:(?:always|automatically|auto-?)\s+)?(?:encrypt|enable|disable|block|allow|require|manage|use|turn|deny|restrict|rotate|send|publish|log|keep|retain|protect|apply|delete|assign|enforce|prevent|include|copy|create)\b/i;
/** Words a setting's value is made of ("Never (disabled)", "Every time they sign in", "On", "Required"). */
const optionWords = new Set([
  'never', 'always', 'disabled', 'enabled', 'on', 'off', 'required', 'optional', 'none', 'default', 'auto', 'manual', 'yes', 'no', 'true',
  'false', 'every', 'time', 'they', 'sign', 'in', 'only', 'when', 'if', 'not', 'and', 'or', 'all', 'any', 'context', 'aware', 'allowed', 'denied',
  'strict', 'relaxed', 'immediately', 'later', 'hours', 'days', 'weekly', 'daily', 'monthly',
]);

/** Words right before a quoted name that make it the customer's own ("our 'Ledger' stack", "we publish a 'Lab Starter' product"). */
const ownNameBefore = /\b(?:our|my|we (?:publish|published|created|built|made|wrote|named|deploy|deployed|maintain|run|ship|shipped)(?: (?:an?|the|our))?)\s*$/i;

/** A run of words in Title Case outside quotes ("S3 Ransomware Shield", "Auto-Quarantine"). */
const titledRun = /(?<![\w'"‘“-])([A-Z][\w]*(?:-[A-Za-z]+)*(?:\s+[A-Z][\w]*(?:-[A-Za-z]+)*){0,4})(?![\w'"’”-])/g;
/** Words that open a sentence before a name written in Title Case. */
const sentenceOpeners = /^(?:(?:With|Without|The|Our|My|We|Once|If|When|After|Since|So|And|But|Now|Then|Is|Are|Does|Do|Did|Has|Have)\s+)+(?=[A-Z])/;
/** The same verbs right before an unquoted name ("we enabled S3 Ransomware Shield"). */
const enabledBefore = new RegExp(String.raw`\b(?:${turnedOn})\s+(?:the\s+|a\s+|an\s+|new\s+)?$`, 'i');
/** The same said after the name ("with SiteWise Edge Firewall policies enabled"). */
const enabledAfter = /^\s*(?:[a-z]+\s+)?(?:is\s+|are\s+)?(?:enabled|turned on|switched on|activated)\b/;

/** Words that continue the question after its question mark ("…? and aurora", "…? or is it on us"). */
const continuing = new Set(['and', 'or', 'also', 'plus', 'what', 'how', 'which', 'who', 'whose', 'is', 'does', 'do', 'are', 'can', 'should', 'would', 'will', 'but', 'so', 'if', 'aws', 'amazon', 'us', 'we']);
/** The index in `raw` where a trailing sentence that asks nothing starts, after the question's last question mark. */
function trailingContextAt(question: string, raw: readonly string[]): number | null {
  const mark = question.lastIndexOf('?');
  if (mark < 0) return null;
  const rest = tokenize(question.slice(mark + 1));
  if (rest.length < 2 || continuing.has(rest[0] ?? '') || rest.length >= raw.length) return null;
  // (the words after the mark end the question's words, or begin them when a frame after them was taken off: "…?
  // tables are encrypted by default anyway thanks in advance!")
  for (let n = rest.length; n >= 2; n--) {
    const at = raw.length - n;
    if (rest.slice(0, n).every((t, i) => raw[at + i] === t)) return at;
  }
  return null;
}

/** Where a sentence ends: a run of stops before a space or the end ("e.g." and "vs." excepted), a line break, or a dash between spaces. */
const sentenceEnd = String.raw`(?<!\b(?:e\.g|i\.e|vs|etc|approx|incl|esp)\.?)[.?!;:]+(?=\s|$)|\n+|\s+(?:-+|[–—])\s+`;
/** A pause: a sentence's end (the group `end`), a comma, or a bracket. */
// (a bracket takes no space with it: "s3 + (glacier)" keeps the " + " that normalize reads as "and", as the whole text does)
const pause = new RegExp(String.raw`(?<end>${sentenceEnd})|,+|[()[\]]`, 'gi');

/**
 * The indexes of `raw` (the spoken words without their frame, a run of them) at which a new sentence (`breaks`) or a
 * new part of one (`pauses`, which include the breaks) starts, from the text the spoken words were read from.
 */
function sentenceBreaks(text: string, spoken: readonly string[], raw: readonly string[]): { breaks: ReadonlySet<number>; pauses: ReadonlySet<number>; bracketed: ReadonlySet<number> } {
  const breaks = new Set<number>();
  const pauses = new Set<number>();
  const bracketed = new Set<number>();
  if (raw.length === 0) return { breaks, pauses, bracketed };
  // (where the frame taken off the front ends: the words of `raw` are spoken's from there on)
  const offset = spoken.findIndex((_, i) => raw.every((t, k) => spoken[i + k] === t));
  if (offset < 0) return { breaks, pauses, bracketed };
  let count = 0;
  let from = 0;
  /** Where the open bracket's words start (an index of `raw`), or null outside brackets. */
  let opened: number | null = null;
  for (const m of text.matchAll(pause)) {
    count += tokenize(text.slice(from, m.index)).length;
    from = m.index + m[0].length;
    const at = count - offset;
    if (m[0] === '(' || m[0] === '[') opened = at;
    else if ((m[0] === ')' || m[0] === ']') && opened !== null) {
      for (let i = Math.max(0, opened); i < Math.min(at, raw.length); i++) bracketed.add(i);
      opened = null;
    }
    if (at <= 0 || at >= raw.length) continue;
    pauses.add(at);
    if (m.groups?.['end'] !== undefined) breaks.add(at);
  }
  return { breaks, pauses, bracketed };
}

/** The one refinement of `areaId` whose cues the question has (none when cues of two refinements occur). */
function findRefinement(tokens: string[], areaId: string): { id: string; cue: string } | null {
  const text = ` ${tokens.join(' ')} `;
  const found = new Map<string, string>();
  for (const { area, refinement, cues } of refinementCues) {
    if (area !== areaId) continue;
    const cue = [...cues].sort((a, b) => b.length - a.length).find((c) => text.includes(` ${tokenize(c).join(' ')} `));
    if (cue && !found.has(refinement)) found.set(refinement, cue);
  }
  if (found.size !== 1) return null;
  const [[id, cue]] = [...found.entries()] as [[string, string]];
  return { id, cue };
}

// Suggestions rank ids and short names by edit distance: cheap enough for every refusal.
const suggestionNames = listServices().flatMap((s) => [s.id.replace(/-/g, ''), normalizeName(s.name).replace(/ /g, '')].map((name) => ({ name, service: s })));
const suggestionCache = new Map<string, Service[]>();

function normalizeName(name: string): string {
  return tokenize(name.replace(/^(Amazon|AWS) /, '').replace(/\(.*\)/, '')).join(' ');
}

/** Known services whose names are closest to `text` (for suggestions only, never for answers). */
export function closestServices(text: string, limit = 3): Service[] {
  const compact = tokenize(text).join('').slice(0, 40);
  const key = `${limit}:${compact}`;
  const hit = suggestionCache.get(key);
  if (hit) return hit;
  const best = new Map<string, { service: Service; score: number }>();
  for (const { name, service } of suggestionNames) {
    const max = Math.max(2, Math.floor(Math.max(name.length, compact.length) / 2));
    const d = editDistance(compact, name, max);
    if (d > max) continue;
    const score = d / Math.max(name.length, compact.length);
    const prev = best.get(service.id);
    if (!prev || score < prev.score) best.set(service.id, { service, score });
  }
  const found = [...best.values()].sort((a, b) => a.score - b.score).slice(0, limit).map((b) => b.service);
  if (suggestionCache.size > 1000) suggestionCache.clear();
  suggestionCache.set(key, found);
  return found;
}

/** Every word the matcher knows (for tests and docs). */
export function knownVocabulary(): ReadonlySet<string> {
  return vocabulary;
}

/** Every phrase → service id (for tests: no alias may name two services). */
export const servicePhrases: ReadonlyMap<string, Service> = serviceByPhrase;
