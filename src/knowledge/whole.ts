import { reasonConjunctions, thingNouns } from './lexicon.js';
import { determiners, inServiceName, sentenceAt, type ParsedQuestion } from './matcher.js';
import { servicesByIdWords } from './model.js';
import type { Service } from './schema.js';
import { termsOfWords } from './terms.js';

/**
 * A question about a service's security (or its data protection) as a whole:
 * "is security on our lambdas aws's or ours", "securing an eks cluster end to
 * end", "who is responsible for data protection in Amazon Translate". Every
 * "Security in <service>" page answers it the same way: security is a shared
 * responsibility, AWS secures the infrastructure that runs the service and
 * the customer secures what it puts in and configures ("The shared
 * responsibility model applies to data protection in <service>"). Such a
 * question is not about any one duty, so no duty's owner answers it.
 *
 * It is read as whole when the question's topic is the umbrella ("security",
 * "securing", "data protection") and names no aspect (encryption, keys,
 * patching, access, network, hardware…). Words that say "the whole of it"
 * ("overall", "end to end", "both … and") keep the reading even when the
 * question lists two or more aspects, as one enumerating the parts of the
 * whole does; a single aspect is a question about that aspect.
 */

export type WholeTopic = 'security' | 'data-protection' | 'resilience';

/** Words after "security" that leave it the whole topic ("security of", "security responsibility", "security overall"); any other makes a thing of its own ("security groups", "security checks"). */
const securityThen = new Set([
  '', 'vs', 'versus', 'of', 'for', 'on', 'in', 'at', 'with', 'when', 'while', 'there', 'here', 'overall', 'generally', 'is', 'was', 'sit', 'sits',
  'fall', 'falls', 'lie', 'lies', 'rest', 'rests', 'responsibility', 'responsibilities', 'wise', 'and', 'aws', 'amazon', 'our',
  'ours', 'us', 'my', 'mine', 'we', 'the', 'a', 'job', 'duty', 'posture', 'then', 'now', 'too', 'as', 'end', 'e2e', 'part',
  'story', 'piece', 'side', 'stuff', 'picture', 'review', 'reviews', 'section', 'thing', 'things', 'bit', 'model',
  // "is s3 security entirely aws's job", "dynamodb security all on aws?", "lambda security handled by amazon"
  'all', 'entirely', 'fully', 'completely', 'totally', 'solely', 'purely', 'just', 'only', 'mostly', 'basically', 'really',
  'actually', 'handled', 'managed', 'covered', 'owned', 'done', 'taken', 'someone', 'somebody', 'who', 'whose', '100', 'percent',
  'becomes', 'become', 'became',
]);

/** The words of "disaster recovery", "BC/DR", "business continuity". */
const drUmbrellaWords = new Set(['disaster', 'recovery', 'dr', 'bc', 'bcdr', 'business', 'continuity']);
/** Doing a part of recovery: designing, testing, restoring (the customer's duties, not the topic as a whole). */
const drWorkWords = new Set(['design', 'designs', 'designing', 'designed', 'architect', 'architects', 'architecting', 'test', 'tests', 'testing', 'tested', 'build', 'builds', 'building', 'runbook', 'runbooks', 'drill', 'drills', 'plan', 'plans', 'planning', 'rto', 'rpo', 'restore', 'restores', 'restoring', 'backup', 'backups', 'replicate', 'replication', 'configure', 'configuring', 'set', 'setup']);

/** Words before "security" that name one kind of it ("pod security", "network security"). */
const securityKinds = new Set([
  'network', 'physical', 'application', 'app', 'container', 'runtime', 'pod', 'host', 'os', 'infrastructure', 'infra', 'endpoint', 'iam',
  'transport', 'layer', 'cloud', 'perimeter', 'api', 'web', 'email', 'identity', 'account', 'device', 'edge', 'code', 'supply',
  'workload', 'database', 'db', 'hardware', 'platform', 'session', 'port', 'row', 'column', 'field', 'object', 'bucket', 'tier',
  // "row-level security", "cell-level security": a feature's own name
  'level', 'cell', 'table', 'item',
  // ("physical custody/security of the device": its safekeeping)
  'custody',
]);

/** Word stems that name one aspect of security: a question with one of them is about that aspect. */
const aspectStems = [
  'encrypt', 'decrypt', 'cipher', 'kms', 'cmk', 'tls', 'ssl', 'https', 'certificat', 'backup', 'snapshot', 'replica', 'replicat',
  'rotat', 'patch', 'upgrad', 'updat', 'access', 'permission', 'polic', 'iam', 'password', 'credential', 'secret', 'mfa', 'network',
  'firewall', 'vpc', 'subnet', 'logging', 'audit', 'monitor', 'physical', 'hardware', 'disk', 'datacent', 'facilit', 'classif',
  'retention', 'retain', 'delet', 'durab', 'availab', 'failover', 'ddos', 'vulnerab', 'malware', 'hypervisor', 'kernel', 'runtime',
  'isolat', 'underlying', 'infrastructure', 'authenticat', 'authoriz', 'authoris',
  'internet', 'reachab', 'expos',
  'recover', 'resilien', 'fail', 'outage', 'uptime', 'disaster', 'disposal', 'destr', 'wip', 'sanitiz', 'sanitis', 'masking', 'tokeniz', 'anonymi', 'pseudonym',
];
const aspectWords = new Set(['group', 'groups', 'host', 'hosts', 'key', 'keys', 'role', 'roles', 'user', 'users', 'log', 'logs', 'port', 'ports', 'os', 'plane', 'rest', 'transit', 'dr', 'hsm', 'hsms', 'waf', 'acl', 'acls', 'oac', 'oai', 'scp', 'scps', 'sg', 'sgs', 'pod', 'pods', 'media', 'version', 'versions', 'engine',
  // (a finding is one event, not the topic as a whole: "macie FOUND passport numbers in s3, who protects that data")
  'found', 'flagged', 'detected', 'finding', 'findings']);

/** What "the whole" of is everyone, not all of a topic ("open to the whole internet"). */
const everyoneWords = new Set(['internet', 'world', 'web', 'planet']);
/** What "the whole" of is one resource, not all of a topic ("a role that can read the whole s3 BUCKET"). */
const resourceNouns = new Set(['bucket', 'buckets', 'table', 'tables', 'account', 'accounts', 'database', 'databases', 'db', 'org', 'organization', 'cluster', 'dataset', 'prefix', 'folder', 'volume', 'disk', 'repo', 'repository', 'directory', 'filesystem', 'drive']);
/** "whole" (or "entire") of everyone or of one resource ("the whole internet", "the entire s3 bucket"): no question about everything. */
function wholeOfThing(tokens: readonly string[], i: number): boolean {
  const [next, after] = [tokens[i + 1] ?? '', tokens[i + 2] ?? ''];
  return everyoneWords.has(next) || resourceNouns.has(next) || resourceNouns.has(after);
}
/** "The whole of it": the question asks about everything together. */
const wholeWords = new Set(['overall', 'whole', 'entire', 'entirely', 'generally', 'altogether', 'everything', 'holistically', 'holistic', 'e2e', 'general']);
const wholePhrases = ['end to end', 'as a whole', 'all of it', 'in its entirety', 'top to bottom', 'soup to nuts', 'big picture'];
/** A range from one layer of the stack to another ("from the hardware up to our app", "from the metal to the code"). */
const layers = '(?:hardware|metal|silicon|host|hosts|hypervisor|infrastructure|infra|network|os|kernel|runtime|platform|app|apps|application|applications|code|data|ground|bottom|top)';
const layerRange = new RegExp(` from (?:the )?${layers} (?:up |all the way )?(?:to|thru|through) (?:the |our |my )?${layers} `);
/** A misconception about the whole ("is securing it all on us", "just amazon's"): the umbrella's whole, not a split. */
const claimedWholePhrases = ['all on', 'all ours', 'all aws', 'all amazon', 'part of it', 'just amazon', 'just aws', 'entirely aws', 'entirely on'];
/**
 * A claim that the whole of it is one side's, next to the umbrella ("all of its security is AWS's job", "key
 * security is totally on them", "keeping them safe is fully aws's thing"): the question is the misconception
 * about the whole, whatever part it gives as the reason ("it's AWS hardware, so…").
 */
const claimedAllPhrases = ['all of its', 'all of the', 'totally on', 'fully on', 'completely on', 'totally aws', 'fully aws', 'completely aws', 'totally amazon', 'fully amazon', 'entirely aws', 'entirely on', 'all on', 'all aws', 'all amazon', '100 on', '100 aws', '100 amazon', '100 percent', 'fully their', 'totally their', 'all their', 'secure by default', 'nothing is left', 'nothing left'];
/** Words that start a reason clause ("…, since it's a managed warehouse"): what follows is not what is secured. */
const reasonWords = new Set([...reasonConjunctions, 'as']);
/** A kind of security that is the whole of a service of that kind ("container security" on ECS, "network security" of a VPC). */
const kindOfService: Record<string, ReadonlySet<string>> = { container: new Set(['ecs', 'eks', 'fargate', 'app-runner']), network: new Set(['vpc']) };
/** "network security" of a managed service as a whole: AWS's network and infrastructure, the customer's VPC settings. */
const managedNetworkSecurity = (p: ParsedQuestion): boolean => p.service !== null && p.service.model !== 'infrastructure';
/** Verbs whose object "security" is the whole topic ("who OWNS security"). */
const owningVerbs = new Set(['owns', 'own', 'handles', 'handle', 'covers', 'cover', 'does', 'manages', 'manage']);
/** What a security team does ("security SAYS…", "security is YELLING", "security keeps ASKING"): "security" is then the team, not the topic. */
const teamActs = new Set(['says', 'said', 'say', 'wants', 'wanted', 'asks', 'asked', 'asking', 'yelling', 'screaming', 'complaining', 'pinged', 'pinging', 'flagged', 'flagging', 'flags', 'needs', 'insists', 'thinks', 'told', 'escalated', 'chasing', 'nagging', 'blocked', 'blocking', 'approved', 'signed']);
const teamAuxiliaries = new Set(['is', 'are', 'was', 'were', 'keeps', 'kept', 'has', 'have', 'just', 'now', 'also', 'team', 'folks', 'guys', 'people']);

/** True when "security" at `at` is the security team doing something ("security is yelling", "security team asked"). */
function securityTeam(tokens: readonly string[], at: number): boolean {
  let i = at + 1;
  while (teamAuxiliaries.has(tokens[i] ?? '') && i <= at + 3) i++;
  return teamActs.has(tokens[i] ?? '');
}

/** Words after "security" that make a thing of it ("security groups", "security hub", "security patches"). */
const securityCompounds = new Set(['group', 'groups', 'hub', 'patch', 'patches', 'update', 'updates', 'key', 'keys', 'token', 'tokens', 'check', 'checks', 'finding', 'findings', 'lake', 'policy', 'policies', 'setting', 'settings', 'standard', 'standards', 'control', 'controls', 'officer', 'team', 'review', 'reviews', 'profile', 'profiles', 'posture', 'questionnaire', 'configuration', 'configurations', 'zone', 'zones', 'context', 'credentials', 'role', 'roles', 'level', 'levels', 'bulletin', 'bulletins', 'advisory', 'advisories', 'tooling', 'tools', 'scan', 'scans', 'scanning', 'alerts', 'events', 'incident', 'incidents', 'training', 'awareness', 'testing', 'test', 'tests', 'assessment', 'assessments', 'audit', 'audits']);

/** What "protecting …" protects when it is the data as a whole ("protecting that data", "who protects the event payloads", "protecting what we store"). */
const protectedThings = new Set(['data', 'content', 'contents', 'payload', 'payloads', 'pii', 'phi', 'information', 'stored']);
const protectVerbs = new Set(['protect', 'protects', 'protecting', 'protected', 'protection', 'safeguard', 'safeguarding', 'safeguards']);
const secureVerbs = new Set(['secure', 'securing', 'secured', 'secures']);

/** Words that are an aspect only as what is secured, right after the umbrella ("security of our web application"). */
const objectAspects = new Set(['app', 'apps', 'application', 'applications', 'code', 'website', 'site', 'api', 'apis']);

function isAspect(tokens: readonly string[], i: number, umbrellaAt: number): boolean {
  const t = tokens[i] ?? '';
  if (objectAspects.has(t)) return i > umbrellaAt && i - umbrellaAt <= 5;
  // "at rest" (encryption), not a REST API.
  if (t === 'rest') return tokens[i - 1] === 'at';
  // "data centre" (a facility), not a contact centre.
  if (t === 'center' || t === 'centre' || t === 'centers' || t === 'centres') return tokens[i - 1] === 'data';
  return aspectWords.has(t) || aspectStems.some((s) => t.startsWith(s));
}

/** The umbrella topic the question asks about, with the positions of its words, or null. */
function umbrella(p: ParsedQuestion): { topic: WholeTopic; at: Set<number>; verb: boolean } | null {
  const tokens = p.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const next = tokens[i + 1] ?? '';
    const prev = tokens[i - 1] ?? '';
    // "data protection", "protecting (the mailbox) data", "data security": the data, as a whole.
    if (protectVerbs.has(t) || (t === 'security' && prev === 'data')) {
      const near = [i - 3, i - 2, i - 1, i + 1, i + 2, i + 3, i + 4].find((j) => protectedThings.has(tokens[j] ?? '') || (tokens[j] === 'store' && tokens[j - 1] === 'we'));
      // "protects our data from the partner": protection from one thing is that thing's duty.
      if (near !== undefined && tokens[Math.max(i, near) + 1] !== 'from') return { topic: 'data-protection', at: new Set([i, near]), verb: false };
    }
    // "container security" on a container service, "network security" of a VPC: the service's security as a whole.
    const serviceKind = (kindOfService[prev]?.has(p.service?.id ?? '') ?? false) || (prev === 'network' && managedNetworkSecurity(p));
    const kind = securityKinds.has(prev) && !serviceKind;
    // (not a feature's name: Cognito's "advanced security" features)
    if (t === 'security' && prev !== 'advanced' && (securityThen.has(next) || reasonWords.has(next) || p.breaks.has(i + 1)) && !kind && !securityTeam(tokens, i)) return { topic: 'security', at: new Set(serviceKind ? [i - 1, i] : [i]), verb: false };
    if ((t === 'resiliency' || t === 'resilience') && securityThen.has(next)) return { topic: 'resilience', at: new Set([i]), verb: false };
    // "who's responsible for disaster recovery of our workloads", "BC/DR … that's on AWS since they have multiple AZs?":
    // recovery as a whole, unless the question is about doing a part of it (designing, testing, restoring).
    if (((t === 'disaster' && next === 'recovery') || t === 'dr' || t === 'bcdr' || (t === 'business' && next === 'continuity')) && !tokens.some((w) => drWorkWords.has(w))) {
      return { topic: 'resilience', at: new Set(tokens.flatMap((w, j) => (drUmbrellaWords.has(w) ? [j] : []))), verb: false };
    }
    // "keeping them safe", "keeping them secure": securing what is kept (the service itself when it is a pronoun or its name).
    const keep = (t === 'safe' || t === 'secure') ? tokens.slice(Math.max(0, i - 3), i).findIndex((w) => w === 'keep' || w === 'keeping' || w === 'keeps') : -1;
    if (keep >= 0) {
      const from = Math.max(0, i - 3) + keep + 1;
      return { topic: 'security', at: new Set([i]), verb: !isTheService(p, from, i) };
    }
    // "who secures X" names what is secured: only the whole of it ("securing it end to end") is the whole topic.
    if (secureVerbs.has(t)) return { topic: 'security', at: new Set([i]), verb: true };
    // "who owns security, netapp, aws or us?": security as what is owned, not a thing named "security …".
    if (t === 'security' && owningVerbs.has(prev) && !securityCompounds.has(next)) return { topic: 'security', at: new Set([i]), verb: false };
    if ((t === 'lock' || t === 'locking' || t === 'locked') && tokens.slice(i + 1, i + 4).includes('down')) {
      const down = tokens.indexOf('down', i + 1);
      // "locking those down", "lock our workspaces down": the thing before "down" is what is secured.
      // ("lock the bucket down TO cloudfront only" restricts one path: a part, not the whole)
      // ("still public-read, should be behind OAC. whose job locking it down": "it" is the problem just described)
      return { topic: 'security', at: new Set([i, down]), verb: tokens[down + 1] === 'to' || !isTheService(p, i + 1, down) || partNamedBefore(p, i) };
    }
  }
  return null;
}

/**
 * True when the question names a responsibility area, by more than a bare verb, before word `at`: then what is
 * secured there is that part ("the bucket is public-read … whose job locking it down"), not the service as a whole.
 */
function partNamedBefore(p: ParsedQuestion, at: number): boolean {
  if (!p.areaId || p.genericArea || !p.areaPhrase) return false;
  const words = p.areaPhrase.split(' ');
  const start = p.tokens.findIndex((_, i) => words.every((w, k) => p.tokens[i + k] === w));
  return start >= 0 && start < at;
}

/** Words for a service named before ("securing IT now"). */
const pronouns = new Set(['it', 'this', 'that', 'them', 'those', 'these', 'everything']);
/** Pronouns that point back at things just named ("security of THAT" after a list), not at the service ("of it"). */
const demonstratives = new Set(['that', 'those', 'these']);
/** Words for the service itself as what is locked down or kept safe ("locking THOSE down", "keeping IT secure"). */
const itselfWords = new Set(['it', 'them', 'those', 'these', 'everything']);

/**
 * True when tokens [from, to) name the service itself: a pronoun for it or its name, with determiners ("lock
 * our workspaces down"); "lock THAT down" is usually the situation just described, not the service.
 */
function isTheService(p: ParsedQuestion, from: number, to: number): boolean {
  if (from >= to) return false;
  return p.tokens.slice(from, to).every((w, j) => (itselfWords.has(w) && !thingsBefore(p, from + j)) || (determiners.has(w) && w !== 'that' && w !== 'this') || inServiceName(p, from + j));
}
/**
 * True when things are named between the service's name and the pronoun at `at`: "snowball unlock code and
 * manifest file - who keeps THOSE safe" keeps the code and the file safe, not Snowball.
 */
function thingsBefore(p: ParsedQuestion, at: number): boolean {
  const end = Math.max(-1, ...p.serviceHits.filter((h) => h.end <= at).map((h) => h.end));
  if (end < 0) return false;
  // (the words that go with the service's name, up to a preposition or a pause: "appstream fleets TO partners")
  let stop = end;
  while (stop < at && !phraseEnds.has(p.tokens[stop] ?? '') && (stop === end || !p.pauses.has(stop))) stop++;
  const named = p.tokens.slice(end, stop).filter((w) => !keepingWords.has(w) && !thingNouns.has(w) && !usageWords.has(w) && !serviceThings.has(w));
  return termsOfWords(named).length > 0;
}
/** Words that end the words going with a service's name ("appstream fleets TO partners", "the bucket FOR logs"). */
const phraseEnds = new Set(['to', 'for', 'in', 'on', 'at', 'with', 'from', 'by', 'into', 'is', 'are', 'was', 'who', 'whos', 'whose']);
/** A service's own resources, which stand for the service itself ("our appstream FLEETS"). */
const serviceThings = new Set(['fleet', 'fleets', 'stack', 'stacks', 'resource', 'resources', 'account', 'accounts']);
/** Words of asking who keeps something safe, which name no thing ("who KEEPS those safe", "whose JOB is keeping them secure"). */
const keepingWords = new Set(['who', 'whos', 'whose', 's', 'keep', 'keeps', 'keeping', ...secureVerbs, 'job', 'responsible', 'responsibility', 'task', 'duty', 'supposed', 'has', 'have', 'needs', 'need', 'to', 'is', 'are', 'for', 'the', 'so', 'and', 'then', 'now', 'we', 'aws', 'us', 'our', 'ok', 'okay', 'but']);

/**
 * "securing RDS", "is securing our eks aws's thing or ours": what the verb secures is the service itself and
 * nothing after it ("securing a lambda function URL" secures a feature), so the whole of it.
 */
function securesService(p: ParsedQuestion, verbAt: number): boolean {
  let i = verbAt + 1;
  // ("is securing THAT on aws's side or ours": the pronoun for the service named before, though "that" can be a determiner)
  // (not when things were named after the service: "the job script and the jdbc creds in the glue connection — who secures THOSE")
  if (p.service && pronouns.has(p.tokens[i] ?? '') && atBoundary(p, i + 1)) return !thingsBefore(p, i);
  while (determiners.has(p.tokens[i] ?? '') && !inServiceName(p, i)) i++;
  // "replacing our sftp box with transfer family. who's responsible for securing it now?": the service named before.
  // (what follows, without the service's names: "securing our kafka ON MSK")
  const rest = (from: number): string[] => untilReason(p.tokens.slice(from).filter((_, j) => !inServiceName(p, from + j)));
  if (p.service && pronouns.has(p.tokens[i] ?? '')) return termsOfWords(rest(i + 1)).length === 0;
  if (i >= p.tokens.length || !inServiceName(p, i)) return false;
  while (i < p.tokens.length && inServiceName(p, i)) i++;
  // "securing our iot core DEPLOYMENT", "our msk SETUP": the customer's use of the service as a whole
  if (usageWords.has(p.tokens[i] ?? '')) i++;
  return termsOfWords(rest(i)).length === 0;
}

/** Words after a service's name for the customer's use of it as a whole ("our iot core deployment"). */
const usageWords = new Set(['deployment', 'deployments', 'setup', 'environment', 'environments', 'estate', 'footprint', 'usage', 'stack']);

/** Words after what is secured that ask whose it is ("…fall on aws", "…something aws takes care of"). */
const askingWords = new Set(['amazons', 'care', 'take', 'takes', 'taking', 'handle', 'handles', 'handled', 'something', 'down', 'responsible', 'right', 'yeah', 'no', 'does', 'do', 'it', 'customer', 'customers', 'problem', 'issue', 'concern', 'ours', 'theirs', 'or']);

/** Where the question's first reason starts ("SINCE it's managed", "AS we use lambda"), or -1. */
function reasonAt(tokens: readonly string[]): number {
  return tokens.findIndex((t) => reasonWords.has(t));
}

/**
 * Security on AWS asked as a whole with a reason after it ("isn't security basically aws's job SINCE WE'RE ALL IN ON
 * MANAGED SERVICES"): true when the words a duty was chosen by come from the reason, not from what is asked (a
 * duty about managed services is the reason's topic, not the question's).
 */
export function chosenByReason(p: ParsedQuestion, words: readonly string[]): boolean {
  const at = reasonAt(p.tokens);
  if (at < 0 || words.length === 0) return false;
  const asked = new Set(p.tokens.slice(0, at));
  return words.every((w) => !asked.has(w) || w === 'security');
}

/** What follows what is secured, without a reason clause ("since it's a managed warehouse") and words that ask whose it is. */
function untilReason(tokens: readonly string[]): string[] {
  const at = reasonAt(tokens);
  return tokens.slice(0, at < 0 ? tokens.length : at).filter((t) => !securityThen.has(t) && !askingWords.has(t));
}

/** Where what is secured ends: the end of the question, or words that ask whose it is or give a reason ("…, aws or us?", "… since it's managed"). */
function atBoundary(p: ParsedQuestion, i: number): boolean {
  const t = p.tokens[i];
  // (or where a sentence that asks nothing follows the question: "msk security? one word answer pls")
  // (or where a clause about it begins: "security of amazon cloudwatch - WHERE all our logs go")
  // (or after a pause: "cloudfront security. its fully aws yes?", "security of guardduty itself, exec wants one word")
  // (or where what it includes follows: "security of the service INCL how we configure it")
  return t === undefined || i === p.askedEnd || p.pauses.has(i) || (securityThen.has(t) && t !== 'of' && t !== 'for') || askingWords.has(t) || reasonWords.has(t) || t === 'where' || t === 'incl' || t === 'including';
}

/** Determiners before a service's name, not "that"/"this", which stand for the service as pronouns. */
function skipDeterminers(p: ParsedQuestion, i: number): number {
  while (determiners.has(p.tokens[i] ?? '') && !pronouns.has(p.tokens[i] ?? '') && !inServiceName(p, i)) i++;
  return i;
}

/**
 * Whether "security" at `at` is the named service's own, with nothing narrower after it: "cloudfront security - since
 * it's a CDN…", "security of IAM, aws or us?", "the security of it overall", "security responsibility for step
 * functions?". Such a question asks about the service as a whole, whatever else it gives as context (the WAF logs a
 * stream carries, the firewall being AWS's).
 */
function ownSecurity(p: ParsedQuestion, at: number): boolean {
  if (!p.service) return false;
  const tokens = p.tokens;
  // (not in a doubt after a question already asked about parts: "who designs the subnets, route tables and nacls for
  // our vpc? i believe aws provides a default vpc but i'm unsure whether ITS SECURITY is then their issue")
  if (askedPartsBefore(p, at)) return false;
  // ("eks CLUSTER security", "ITS security overall": the service by a noun it is, or by a pronoun)
  const before = tokens[at - 1] ?? '';
  // ("PHYSICAL security of outposts" is one kind of it; "network security" of a VPC is the VPC's own)
  if (securityKinds.has(before) && !kindOfService[before]?.has(p.service.id) && !(before === 'network' && managedNetworkSecurity(p))) return false;
  if (securityTeam(tokens, at)) return false;
  // (not across a pause: "… on the prod cluster, security is …")
  const itself = at > 0 && !p.pauses.has(at) && (inServiceName(p, at - 1) || before === 'its' || (thingNouns.has(before) && !securityKinds.has(before)));
  if (itself && headingBefore(p, new Set([at]))) return false;
  if (itself && atBoundary(p, at + 1)) return true;
  let of = at + 1;
  if (tokens[of] === 'responsibility' || tokens[of] === 'responsibilities') of++;
  if (tokens[of] !== 'of' && tokens[of] !== 'for') return false;
  let i = skipDeterminers(p, of + 1);
  // (not when a later question asks about things named before, by a plural pronoun: "… so aws handles security of
  // it?? who was supposed to turn THOSE on" asks about the settings the pentest named)
  // (nor when "that"/"those" stands for things named before it: "the aws network behind the dx location, api, etc.
  // security of THAT is aws?")
  if (pronouns.has(tokens[i] ?? '')) return atBoundary(p, i + 1) && !asksAboutThingsNamed(tokens, i + 1) && !(demonstratives.has(tokens[i] ?? '') && thingsBefore(p, i));
  // ("security of THE WHOLE CLUSTER — control plane + worker nodes together": what the service is, whole)
  if ((tokens[i] === 'whole' || tokens[i] === 'entire') && thingNouns.has(tokens[i + 1] ?? '')) return atBoundary(p, pastWholeTail(tokens, i + 2));
  // (the service's own words, where the question names it a second time: "IAM itself - security of IAM")
  const named = (j: number): boolean => inServiceName(p, j) || (p.service !== null && p.serviceHits.some((h) => h.service.id === p.service?.id && tokens.slice(h.start, h.end).includes(tokens[j] ?? '')));
  if (!named(i)) return false;
  while (named(i)) i++;
  if (atBoundary(p, pastWholeTail(tokens, i))) return true;
  // (past a deployment of it, with a tail that says the whole, or with nothing more asked in that sentence: "security
  // of our lambda@edge functions OVERALL", "security for our ec2 based app - is that aws's job or ours"; not "… for our
  // neptune cluster: who writes the security group rules")
  const j = pastSetup(p, i);
  const k = pastWholeTail(tokens, j);
  return j > i && atBoundary(p, k) && (k > j || !asksMoreInSentence(p, k));
}

/** The sides a question offers ("THEIRS or ours", "aws, us, BOTH"): no task. */
const sideTerms = new Set(termsOfWords(['theirs', 'their', 'both', 'either', 'side', 'sides', 'party', 'one']).map((x) => x.term));
/** Whether the sentence that goes on at `from` names a task of its own, not only whose it is. */
function asksMoreInSentence(p: ParsedQuestion, from: number): boolean {
  let end = from + 1;
  while (end < p.tokens.length && !p.breaks.has(end)) end++;
  return termsOfWords(p.tokens.slice(from, end)).some((x) => !askingTerms.has(x.term) && !sideTerms.has(x.term));
}

/** Nouns for a deployment of a service as a whole ("the ecs on ec2 SETUP as a whole", "our ec2 BASED app"). */
const setupNouns = new Set(['setup', 'set', 'deployment', 'deployments', 'stack', 'stacks', 'environment', 'environments', 'env', 'estate', 'footprint', 'app', 'apps', 'application', 'applications', 'workload', 'workloads', 'pipeline', 'pipelines', 'backend', 'site', 'website']);
/**
 * Past the words after a service's name that still name the service as a whole: what it is ("lambda@edge FUNCTIONS
 * overall"), what it runs on ("ecs ON EC2 setup"), a deployment of it ("ec2 BASED APP"); at most four words, and
 * none of them a part of it.
 */
function pastSetup(p: ParsedQuestion, i: number): number {
  const tokens = p.tokens;
  const onService = (j: number): boolean => p.serviceHits.some((h) => h.start <= j && j < h.end);
  let j = i;
  while (j < i + 4) {
    const t = tokens[j] ?? '';
    if (thingNouns.has(t) || setupNouns.has(t) || onService(j) || t === 'based' || t === 'hosted' || ((t === 'on' || t === 'with') && onService(j + 1))) j++;
    // (a word naming what the deployment does, before its noun: "lambda based CDR pipeline")
    else if ((tokens[j - 1] === 'based' || tokens[j - 1] === 'hosted') && setupNouns.has(tokens[j + 1] ?? '')) j += 2;
    else break;
  }
  return j;
}

/** Whether a sentence before the one `at` is in asks who does something named ("who designs the subnets … ?"). */
function askedPartsBefore(p: ParsedQuestion, at: number): boolean {
  const [start] = sentenceAt(p, at);
  if (start === 0) return false;
  const before = p.tokens.slice(0, start);
  const who = before.findIndex((t) => t === 'who' || t === 'whose');
  return who >= 0 && termsOfWords(before.slice(who + 1)).some((x) => !askingTerms.has(x.term) && !sideTerms.has(x.term));
}

/** Plural pronouns: things the question named, never the one service. */
const pluralPronouns = new Set(['those', 'these', 'them']);
/** A question after `from` ("who", "whose") that asks about things by a plural pronoun. */
function asksAboutThingsNamed(tokens: readonly string[], from: number): boolean {
  const ask = tokens.findIndex((t, j) => j >= from && (t === 'who' || t === 'whose'));
  return ask >= 0 && tokens.slice(ask + 1).some((t) => pluralPronouns.has(t));
}

/**
 * A tool service named by its bare id after "security of" ("who is responsible for security of macie as a
 * service"), in a question that names no service otherwise: the tool's own security, as ownSecurity reads it for
 * a named service.
 */
export function securityOfTool(p: ParsedQuestion): Service | null {
  if (p.service) return null;
  const tokens = p.tokens;
  // ("GUARDDUTY SECURITY in general", "GUARDDUTY AS A WHOLE, security wise"): the tool's name, then its security, or a
  // word for its whole and security right after
  for (let i = 0; i < tokens.length; i++) {
    for (const { service, end } of toolsAt(tokens, i)) {
      const tail = pastWholeTail(tokens, end);
      if (tokens[end] === 'security' && atBoundary(p, pastWholeTail(tokens, end + 1))) return service;
      if (tail > end && tokens[tail] === 'security' && atBoundary(p, tail + 1 + (tokens[tail + 1] === 'wise' ? 1 : 0))) return service;
    }
  }
  for (let at = 0; at < tokens.length; at++) {
    if (tokens[at] !== 'security' || (tokens[at + 1] !== 'of' && tokens[at + 1] !== 'for')) continue;
    const i = skipDeterminers(p, at + 2);
    // ("guardduty itself, overall security of THE SERVICE", "… security of IT"): the one tool named before
    const back = tokens[i] === 'service' || pronouns.has(tokens[i] ?? '') ? toolNamedBefore(tokens, at) : null;
    if (back && atBoundary(p, pastWholeTail(tokens, i + 1))) return back;
    for (const { service, end } of toolsAt(tokens, i)) if (atBoundary(p, pastWholeTail(tokens, end))) return service;
  }
  return null;
}

/**
 * The tool services named by their id at `i`, longest name first, each with where its name ends (a tool service by
 * its id: "macie", "guardduty", "security hub"; named so, it is an area word, not p.service).
 */
function toolsAt(tokens: readonly string[], i: number): { service: Service; end: number }[] {
  return [2, 1].flatMap((n) => {
    const service = servicesByIdWords().get(tokens.slice(i, i + n).join(' '));
    return service?.toolFor ? [{ service, end: i + n }] : [];
  });
}

/** The one tool service named by its id before `at` ("guardduty itself, …"), or null (none, or two). */
function toolNamedBefore(tokens: readonly string[], at: number): Service | null {
  const found = new Set<Service>();
  for (let i = 0; i < at; i++) for (const { service } of toolsAt(tokens, i)) found.add(service);
  return found.size === 1 ? [...found][0]! : null;
}

/** Words after a service's name that say its whole again ("security of athena as a service", "… end to end"). */
const wholeTails = [['as', 'a', 'service'], ['as', 'a', 'whole'], ['end', 'to', 'end'], ['overall'], ['itself'], ['in', 'general'], ['generally']];

/** Where the words after a service's name at `i` go on, past such a tail ("security of macie AS A SERVICE, aws or us"). */
function pastWholeTail(tokens: readonly string[], i: number): number {
  const tail = wholeTails.find((w) => w.every((t, k) => tokens[i + k] === t));
  return i + (tail?.length ?? 0);
}

/** Words that claim all of something for one side when AWS (or "on", "their") follows ("PURELY aws's problem", "BASICALLY on them"). */
const claimWords = new Set(['purely', 'solely', 'entirely', 'totally', 'fully', 'completely', 'basically', 'wholly', 'exclusively']);
const claimedSides = new Set(['aws', 'amazon', 'on', 'their', 'theirs']);

/** A claim of the whole ("all of its security", "totally on them", "purely aws's problem") near the umbrella. */
function claimedAll(tokens: readonly string[], at: number): boolean {
  const window = tokens.slice(Math.max(0, at - 4), at + 9);
  const near = ` ${window.join(' ')} `;
  return claimedAllPhrases.some((w) => near.includes(` ${w} `)) || window.some((t, i) => claimWords.has(t) && claimedSides.has(window[i + 1] ?? ''));
}

/** The topic's words open the question as a heading, and what follows the pause names a part of it: "Zone security: segregating prod and non-prod via transit gateway route tables - whose control?". */
function headingBefore(p: ParsedQuestion, at: ReadonlySet<number>): boolean {
  const last = Math.max(...at);
  // (not a claim about all of it after the pause: "cloudfront security - it sits on amazon edge locations so surely it is
  // ALL theirs")
  return Math.min(...at) <= 2 && p.pauses.has(last + 1) && askedTerms(p, last + 1).length >= 2 && !p.tokens.slice(last + 1).some((t) => allOfIt.has(t));
}
const allOfIt = new Set(['all', 'fully', 'entirely', 'completely', 'whole', 'entire', 'everything', 'overall', 'both']);

/**
 * The whole topic a question asks about (security, data protection or resilience of a named service, or of
 * AWS as a whole when it names none), or null when it asks about a part.
 */
export function wholeTopic(p: ParsedQuestion): WholeTopic | null {
  const tokens = p.tokens;
  // "… reach the secure enclave. is the security of Amazon WorkSpaces AWS's or ours?": the service's own security, wherever it is asked
  if (tokens.some((t, i) => t === 'security' && ownSecurity(p, i))) return 'security';
  const found = umbrella(p);
  if (!found) return null;
  const first = Math.min(...found.at);
  // (what is made resilient, "our core banking app", is no aspect of resilience)
  const aspects = new Set(tokens.filter((t, i) => !found.at.has(i) && !inServiceName(p, i) && !(found.topic === 'resilience' && objectAspects.has(t)) && isAspect(tokens, i, first)));
  const text = ` ${tokens.join(' ')} `;
  // ("aws and us, or both", "aws, us, or both")
  const both = tokens.includes('both') && (tokens.includes('and') || orBothOfSides(tokens));
  // ("open to THE WHOLE INTERNET" is everyone, "read THE WHOLE S3 BUCKET" one resource, not all of the topic)
  const whole = both || tokens.some((t, i) => wholeWords.has(t) && !wholeOfThing(tokens, i)) || [...wholePhrases, ...claimedWholePhrases].some((w) => text.includes(` ${w} `));
  // (a range from one layer to another is all of them: "from the hardware up to our app")
  if (layerRange.test(text)) return found.topic;
  // (not when a part names the kind of security: "is the data plane security all on aws")
  // (nor when the question has named a part before: "no authorizer, resource policy missing. isn't it secure by default?")
  if (found.topic === 'security' && claimedAll(tokens, first) && !partNamedBefore(p, first) && ![first - 1, first - 2].some((j) => j >= 0 && !found.at.has(j) && isAspect(tokens, j, first))) return found.topic;
  // (not a heading before the part asked about: "Zone security: segregating prod and non-prod via transit gateway route
  // tables - whose control?")
  if (!whole && headingBefore(p, found.at)) return null;
  if (aspects.size === 0) return !found.verb || whole || (securesService(p, first) && !partNamedBefore(p, first)) ? found.topic : null;
  // (or when the one part is what is secured: "end to end security of our app in the wavelength zone")
  return whole && (aspects.size >= 2 || [...aspects].every((t) => objectAspects.has(t))) ? found.topic : null;
}

/** Words that name a side of the model, before "or both" ("aws, us or both"). */
const sideWords = new Set(['aws', 'amazon', 'amazons', 'us', 'we', 'ours', 'our', 'customer', 'customers', 'you', 'yours', 'them', 'they', 'theirs', 'me', 'mine', 'side', 'sides', 'either', 'team', 'shared']);
/** "AWS, us, or both": "or both" after the sides; not after other options ("public, private or both"). */
function orBothOfSides(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => t === 'or' && tokens[i + 1] === 'both' && tokens.slice(Math.max(0, i - 4), i).some((w) => sideWords.has(w)));
}

/** Words that ask how a task is split between AWS and the customer ("engine patching vs db users: split?"). */
const splitWords = new Set(['vs', 'versus', 'split', 'splits', 'divided', 'division']);
/** Words for the whole of several parts (not "in general", which asks about every service, nor "everything runs on…"). */
const splitWholeWords = new Set(['overall', 'altogether', 'holistically', 'e2e']);
const splitPhrases = ['one owner', 'single owner', 'one name', 'single name', 'and also', 'as well as', 'one owner or two', 'net owner', 'so overall', 'the whole function', 'whole thing', 'the whole stack', 'who owns what', 'who secures what', 'secures what', 'responsible for what', 'who does what', 'who handles what', 'whose is what', 'one owner or', 'each side', 'which parts', 'which part', 'both of us', 'shared right', 'is that shared', 'or is it shared', 'between us and aws', 'between aws and us', 'as one control', 'as a single control', 'one control', 'single control'];
/** "the whole ec2 web stack", "the entire app stack": a stack named as a whole, a few words between. */
const wholeStack = / (?:the|our|my) (?:whole|entire|full) (?:[a-z0-9]+ ){0,3}stack /;

const awsSubjects = new Set(['aws', 'amazon']);
const ownSubjectWords = new Set(['we', 'i', 'us']);
/** Words of a clause that name no task of its own ("or do we need to do it ourselves"). */
const clauseFiller = new Set(['have', 'has', 'to', 'need', 'needs', 'it', 'that', 'this', 'them', 'ourselves', 'ourself', 'myself', 'do', 'our', 'the', 'a', 'on', 'off', 'still', 'also', 'too', 'both', 'right', 'manually', 'gotta', 'must', 'should', 'handle', 'own', 'responsible', 'for', 'is', 'are', 'be', 'by']);
const auxiliaries = new Set(['does', 'do', 'is', 'are', 'will', 'should', 'must', 'did']);
/**
 * Two clauses with AWS and the customer as their subjects, one verb and an object of its own each: "does aws
 * patch the hypervisor or do we patch our instances?". Not "does aws patch rds or do we?", which asks for one
 * owner of one task.
 */
function twoClauses(tokens: readonly string[]): ClauseTerms | null {
  for (let i = 1; i < tokens.length - 4; i++) {
    if (tokens[i] !== 'or' && tokens[i] !== 'and') continue;
    const next = auxiliaries.has(tokens[i + 1] ?? '') ? i + 2 : i + 1;
    const subject = tokens[next] ?? '';
    const firstSubjects = awsSubjects.has(subject) ? ownSubjectWords : ownSubjectWords.has(subject) ? awsSubjects : null;
    const from = firstSubjects ? tokens.slice(0, i).findLastIndex((t) => firstSubjects.has(t)) : -1;
    if (from < 0 || i - from > 8) continue;
    // (each clause has a verb and an object of its own: "or do we patch our instances", not "or do we have to")
    const first = termsOfWords(tokens.slice(from + 1, i).filter((t) => !clauseFiller.has(t))).map((t) => t.term);
    const second = termsOfWords(tokens.slice(next + 1).filter((t) => !clauseFiller.has(t))).map((t) => t.term);
    if (first.length < 2 || second.length < 2) continue;
    // One verb, two objects: "does aws PATCH the hypervisor or do we PATCH our instances". Two verbs are most often
    // two ways of doing one task ("do we need a cron job to back up cloudhsm or does aws snapshot it"), and an object
    // both clauses name is one task asked about twice.
    const objects = second.slice(1);
    if (first[0] === second[0] && !first.slice(1).some((t) => objects.includes(t))) {
      const [aws, own] = firstSubjects === ownSubjectWords ? [second, first] : [first, second];
      return { aws: new Set(aws), customer: new Set(own) };
    }
  }
  return null;
}

/** The index terms of the two clauses of twoClauses: the one AWS is the subject of, and the customer's. */
export interface ClauseTerms {
  aws: ReadonlySet<string>;
  customer: ReadonlySet<string>;
}

const conclusionStarts = new Set(['so', 'then', 'ok', 'okay', 'and', 'thus', 'therefore']);
const whoWords = new Set(['who', 'whose', 'whos', 'which']);
/** Words a clause's subject is followed by that make no clause of it ("aws or us", "aws s side"). */
const notVerbs = new Set(['or', 'and', 'nor', 's', 'side', 'vs', 'versus']);

/** A question's words, where its sentences start, and (when read) where it names services. */
interface PartyWords {
  tokens: readonly string[];
  breaks: ReadonlySet<number>;
  serviceHits?: readonly { start: number; end: number }[];
}

/**
 * A premise that says what AWS does and what the customer does, then asks who owns the topic it opened with: "tls for
 * player traffic thru cloudfront: aws runs the edge termination but we choose the security policy. SO WHO OWNS TLS?",
 * "rds availability: aws runs the multi-az infra and does the failover, we pick multi-az. so who owns db
 * availability?". The question concludes from both sides, so it asks about the whole. Not when what it asks is a
 * word of one side's clause alone ("aws patches the host, we patch the guest os. so who patches the GUEST OS?") or
 * a thing the premise never named ("… so who patches the HYPERVISOR?"). A task named as a topic ("PATCHING is whose
 * then", "owner of 'rds PATCHING'?", "who owns RESILIENCE of our rds workload?") is the whole the two clauses are
 * parts of, even when one clause uses its word ("aws produces the patches … we choose the track. patching = ?").
 */
export function concludesFromBothSides(p: PartyWords): boolean {
  const t = p.tokens;
  const parties = partyClauses(p);
  if (!parties) return false;
  const { aws: a, own: w, asked: last } = parties;
  let q = last;
  while (conclusionStarts.has(t[q] ?? '')) q++;
  const sentence = t.slice(q);
  const named = topicAsked(sentence);
  // ("… we have our app controls. SO?": the conclusion asked for, nothing more)
  if (!whoWords.has(t[q] ?? '') && named.size === 0 && !asksOwner(sentence) && !(sentence.length === 0 && q > last)) return false;
  const clauseEnd = (from: number): number => {
    let i = from + 1;
    while (i < last && i !== a && i !== w && !p.breaks.has(i) && t[i] !== 'but') i++;
    return i;
  };
  const termsIn = (from: number, to: number): Set<string> => new Set(termsOfWords(t.slice(from, to)).map((x) => x.term));
  const awsClause = termsIn(a + 1, clauseEnd(a));
  const ownClause = termsIn(w + 1, clauseEnd(w));
  // (the topic: the premise outside both clauses, "tls for player traffic thru cloudfront:", or a task named as one)
  const topic = termsIn(0, Math.min(a, w));
  for (const x of named) topic.add(x);
  const asked = askedTerms(p, whoWords.has(t[q] ?? '') ? q + 1 : q).filter((x) => !askingTerms.has(x));
  // (nothing asked but whose it is, "how does ownership land?", "shared?": the premise's topic, whole)
  if (asked.length > 0 && !asked.some((x) => topic.has(x))) return false;
  // (an aspect the premise never named is a new question: "… so who patches the HYPERVISOR?"; after a task named as
  // a topic only AWS's own things are, "so is NODE OS patching on aws or us" narrows the topic the premise split)
  const premise = termsIn(0, last);
  const newAspect = (w: string, i: number): boolean => isAspect(t, i, -1) && (named.size === 0 || awsOwnThings.has(w)) && termsOfWords([w]).some((x) => !premise.has(x.term) && !named.has(x.term));
  if (t.some((w, i) => i > q && newAspect(w, i))) return false;
  // (a split asked for outright, "… a split thing BETWEEN US AND THEM?", whatever words each side used)
  const text = ` ${sentence.join(' ')} `;
  if (splitAskedPhrases.some((x) => text.includes(` ${x} `))) return true;
  return !asked.some((x) => !topic.has(x) && awsClause.has(x) !== ownClause.has(x));
}
const splitAskedPhrases = ['between us and them', 'between us and aws', 'between aws and us', 'between them and us'];

/** AWS's own things, an aspect of their own after any topic ("so HYPERVISOR patching is whose"). */
const awsOwnThings = new Set(['hypervisor', 'hypervisors', 'hardware', 'host', 'hosts', 'datacenter', 'datacenters', 'facility', 'facilities', 'infrastructure', 'infra', 'firmware', 'nitro']);
/** Tasks named as a topic, as nouns ("PATCHING is whose", "RESILIENCE of our workload"), not as a verb with its object ("who patches the guest os"). */
const topicNouns = new Set(['patching', 'resilience', 'resiliency', 'availability', 'durability', 'compliance', 'custody', 'security', 'securing', 'maintenance', 'upkeep', 'hardening']);
/**
 * The terms of the tasks a last sentence names as its topic, when it asks who owns them: with a word of asking
 * ("whose", "owner of", "how do i record ownership of …") or with nothing else of its own ("patching = ?", "so
 * patching of beanstalk is…").
 */
function topicAsked(sentence: readonly string[]): Set<string> {
  const nouns = sentence.filter((x) => topicNouns.has(x));
  if (nouns.length === 0) return new Set();
  const asks = sentence.some((x) => whoWords.has(x)) || asksOwner(sentence) || sentence.length <= 4;
  return asks ? new Set(termsOfWords(nouns).map((x) => x.term)) : new Set();
}
/**
 * A sentence that asks whose something is without "who": "OWNERSHIP of…", "how do i CLASSIFY it", "is that a SHARED
 * control?", "on AWS OR US?", "what do i PUT for backup in the matrix", "how should that ROW read".
 */
function asksOwner(sentence: readonly string[]): boolean {
  const text = ` ${sentence.join(' ')} `;
  return sentence.some((x) => ownerWords.has(x) || whoWords.has(x)) || askingPhrases.some((x) => text.includes(` ${x} `));
}
const ownerWords = new Set(['owner', 'owners', 'ownership', 'owns', 'own', 'owned', 'responsibility', 'responsible', 'classify', 'classified', 'classification', 'shared']);
const askingPhrases = ['aws or us', 'aws or we', 'us or aws', 'we or aws', 'aws or ours', 'ours or aws', ...splitAskedPhrases, 'what do i put', 'what should i put', 'what to put', 'row read', 'row say'];
/** Terms of asking whose something is and of where the answer goes, which name no task ("is that a SHARED CONTROL", "how does ownership LAND"). */
const askingTerms = new Set(termsOfWords(['shared', 'share', 'split', 'thing', 'between', 'them', 'control', 'row', 'matrix', 'sheet', 'register', 'registry', 'spreadsheet', 'workpaper', 'land', 'lands', 'put', 'read', 'say', 'classify', 'aws', 'us', 'we', 'ours', 'there', 'here', 'then', 'record']).map((x) => x.term));
/** Words right before a subject that make its clause a question ("DOES aws patch…", "does that MEAN we…"). */
const askingBefore = new Set(['does', 'do', 'did', 'is', 'are', 'will', 'would', 'can', 'could', 'should', 'mean', 'means', 'isnt', 'arent', 'doesnt', 'dont', 'wont', 'shouldnt', 'wouldnt', 'cant']);
/**
 * Where the premise (before the last sentence) says what AWS does and what the customer does: "AWS configures the db
 * hosts, WE do param groups", each subject followed by a verb. Null when it does not say both.
 */
export function partyClauses(p: PartyWords): { aws: number; own: number; asked: number } | null {
  const t = p.tokens;
  // ("if we use AWS Audit Manager": a service's name, no subject)
  const inName = (i: number): boolean => p.serviceHits?.some((h) => h.start <= i && i < h.end) ?? false;
  const last = Math.max(0, ...p.breaks);
  if (last === 0) return null;
  // (a subject followed by a word that makes no clause of it: "aws OR us", "customer MANAGED keys")
  // (nor a subject asked about: "does that MEAN aws patches our ec2 now?", "DOES aws patch it?" states nothing)
  const subjectAt = (subjects: ReadonlySet<string>, noClause: ReadonlySet<string>, reported: (i: number) => boolean = () => false): number =>
    t.findIndex((w, i) => i < last && subjects.has(w) && !noClause.has(t[i + 1] ?? '') && i + 1 < last && !askingBefore.has(t[i - 1] ?? '') && !inName(i) && !reported(i));
  // ("the AWS MANAGED base ami", "an aws owned key": a thing of AWS's, no clause)
  // (nor AWS in what someone believes or asks: "customer THOUGHT aws keeps it patched", "asks IF aws scans …")
  const aws = subjectAt(awsSubjects, notAwsVerbs, (i) => t.slice(Math.max(0, i - 3), i).some((w) => reportingWords.has(w)));
  // ("the CLIENT has to order redundant links", "CUSTOMER picks the window": the customer named in the third person,
  // not a "customer managed key" or a "client certificate")
  const [we, client] = [subjectAt(weSubjects, notVerbs), subjectAt(thirdPersonCustomer, notCustomerVerbs)];
  const own = we < 0 ? client : client < 0 ? we : Math.min(we, client);
  // (or each side as what something IS: "storage replication IS AWS but db users and sgs ARE OURS")
  const said = (owners: ReadonlySet<string>): number =>
    t.findIndex((w, i) => i < last && owners.has(w) && copulas.has(t[i - 1] ?? '') && (p.breaks.has(i + 1) || clauseJoins.has(t[i + 1] ?? '')));
  const [awsAt, ownAt] = [aws < 0 ? said(awsPredicates) : aws, own < 0 ? said(ownPredicates) : own];
  return awsAt < 0 || ownAt < 0 ? null : { aws: awsAt, own: ownAt, asked: last };
}
/**
 * Words that report a belief or a question rather than state what a side does ("thought", "asks if"); not "if"
 * alone: "if aws runs the hardware and we run the os, …" sets out both sides.
 */
const reportingWords = new Set(['thought', 'thinks', 'think', 'believes', 'believe', 'believed', 'assumes', 'assume', 'assumed', 'expects', 'expect', 'expected', 'asks', 'asked', 'wonders', 'wondering', 'wondered', 'claims', 'claimed', 'insists']);
const copulas = new Set(['is', 'are']);
const clauseJoins = new Set(['but', 'and', 'while', 'whereas', 'though', 'so']);
const awsPredicates = new Set(['aws', 'awss', 'amazons']);
const ownPredicates = new Set(['ours', 'mine', 'us']);
const thirdPersonCustomer = new Set(['client', 'customer', 'clients', 'customers']);
/** Words after "aws" that make a thing of it ("aws MANAGED keys", "aws PROVIDED images"), or no clause. */
// (nor AWS's other customers: "isolation from other AWS CUSTOMERS' functions")
const notAwsVerbs = new Set([...notVerbs, 'managed', 'owned', 'provided', 'supplied', 'customer', 'customers', 'tenant', 'tenants']);
/** Words after "customer"/"client" that make a thing of it ("customer MANAGED keys", "client CERTIFICATES", "customer PII"), or no clause. */
const notCustomerVerbs = new Set([...notVerbs, 'managed', 'owned', 'provided', 'supplied', 'data', 'content', 'pii', 'phi', 'records', 'record', 'information', 'info', 'details', 'files', 'emails', 'payments', 'key', 'keys', 'facing', 'gateway', 'gateways', 'account', 'accounts', 'app', 'apps', 'application', 'code', 'id', 'ids', 'portal', 'portals', 'success', 'support', 'service', 'services', 'certificate', 'certificates', 'cert', 'certs', 'vpn', 'secret', 'secrets', 'credentials', 'traffic', 'request', 'requests', 'ip', 'ips', 'master', 'mfa', 'experience', 'agreement', 'agreements', 'specific', 'responsibility', 'responsibilities', 'controls', 'control', 'want', 'wants', 'ask', 'asks', 'asked', 'says', 'said', 'thinks', 'thought', 'believes', 'assumed', 'assumes', 'expects', 'expected']);

const weSubjects = new Set(['we', 'somebody', 'someone']);

/** The content terms of the question's last sentence, beyond asking who owns it ("so whose is it", "owner?": none). */
export function askedTerms(p: { tokens: readonly string[] }, from: number): string[] {
  return termsOfWords(p.tokens.slice(from)).map((x) => x.term).filter((x) => !ownershipTerms.has(x));
}

/** Terms of asking who owns something ("who OWNS", "who is RESPONSIBLE for"), not of what is asked about. */
const ownershipTerms = new Set(termsOfWords(['own', 'owns', 'owner', 'responsible', 'responsibility', 'handles', 'job', 'duty', 'classify', 'classified', 'classification']).map((x) => x.term));

/** A question that asks how a task is split, and, when "vs" is its only split word, the words on each side of it. */
export interface SplitCue {
  /** "current vs trailing track" may weigh two options of one setting: the two parts must stand on either side. */
  versus: [Set<string>, Set<string>] | null;
  /** The premise said what each side does and the question concludes from both (`concludesFromBothSides`). */
  bothSides: boolean;
  /**
   * Two clauses alone asked for the split, one with AWS as its subject and one with the customer ("does aws patch
   * our ec2 now? or do we still own the baselines"): each part belongs to the clause of its owner.
   */
  clauses?: ClauseTerms;
}

/**
 * The question asks outright whether the work is split or asks for the whole ("… or is it split?", "big picture",
 * "overall", "end to end"), not only which part is whose.
 */
export function asksSplitOrWhole(p: { tokens: readonly string[] }): boolean {
  const text = ` ${p.tokens.join(' ')} `;
  // (not "division", which is also a part of a company)
  return p.tokens.some((t, i) => (splitWordAt(p.tokens, i) && t !== 'division') || splitWholeWords.has(t)) || wholePhrases.some((w) => text.includes(` ${w} `));
}

/** A word of splitting the work at `i` ("split", "divided"): not "vs", which weighs two options, nor a VPN's "split tunnel". */
function splitWordAt(tokens: readonly string[], i: number): boolean {
  const t = tokens[i] ?? '';
  return splitWords.has(t) && t !== 'vs' && t !== 'versus' && !(t === 'split' && tokens[i + 1]?.startsWith('tunnel'));
}

/**
 * "responsible for WHAT DATA GOES in the payloads": "what" asking which thing, a clause after it, not who owns which part
 * ("who owns what", "responsible for what parts").
 */
const whatClause = / what (?!parts?\b|pieces?\b|bits?\b|sides?\b|exactly\b|here\b|there\b)([a-z0-9]+) (?=(?:goes|go|gets|get|is|are|lands|ends|flows|comes|leaves|we|they|can|should|may|will) )/g;

/**
 * The split a question asks about (between AWS and the customer, or the whole of several parts: "overall", "end to
 * end"), or null: two documented duties with different owners that it names then answer it together, as shared.
 */
export function splitCue(p: ParsedQuestion): SplitCue | null {
  const text = ` ${p.tokens.join(' ')} `.replace(whatClause, ' which $1 ');
  const other =
    p.tokens.some((t, i) => splitWordAt(p.tokens, i) || splitWholeWords.has(t)) ||
    [...splitPhrases, ...wholePhrases].some((w) => text.includes(` ${w} `)) ||
    orBothOfSides(p.tokens) ||
    wholeStack.test(text) ||
    // ("the control plane AND our node group", "hypervisor + host AND the guest os": both parts, stressed)
    p.stressedBoth;
  const bothSides = concludesFromBothSides(p);
  if (other || bothSides) return { versus: null, bothSides };
  const clauses = twoClauses(p.tokens);
  if (clauses) return { versus: null, bothSides, clauses };
  const at = p.tokens.findIndex((t) => t === 'vs' || t === 'versus');
  if (at < 0) return null;
  const terms = (words: string[]): Set<string> => new Set(termsOfWords(words).map((t) => t.term));
  return { versus: [terms(p.tokens.slice(Math.max(0, at - 3), at)), terms(p.tokens.slice(at + 1, at + 4))], bothSides: false };
}

/**
 * Compliance with a regime as a whole ("is HIPAA compliance AWS's responsibility or ours?", "who's responsible
 * for PCI compliance here?"): shared, as the model's opening line says (AWS's attestations cover its part, the
 * workload's own controls are the customer's). Not eligibility or AWS's own reports. A workload's compliance
 * with a regime ("who's responsible for PCI compliance of our payment app"), or a workload said to be compliant
 * because AWS is ("is our app automatically
 * PCI compliant?", "AWS is HIPAA eligible, so we're good?") is the same shared answer, correcting the
 * misconception; the customer's own controls, a tool's report or an ISMS certificate are the customer's.
 */
const regimes = new Set(['hipaa', 'pci', 'soc2', 'fedramp', 'gdpr', 'hitrust', 'iso27001', 'nydfs', 'dora', 'nis2', 'glba', 'ferpa', 'ccpa', 'cpra', 'sox', 'fisma', 'cmmc', 'irap', 'ismap', 'c5']);
/** A regulator's rules as what is met ("our REGULATOR'S REQUIREMENTS", "REGULATORY obligations"). */
const regulatorWords = new Set(['regulator', 'regulators', 'regulatory']);
const ruleWords = new Set(['requirements', 'requirement', 'rules', 'obligations', 'obligation', 'expectations', 'mandates']);
const narrowerCompliance = new Set(['eligible', 'eligibility', 'artifact', 'report', 'reports', 'attestation', 'attestations', 'certificate', 'certification', 'certifications', 'certified', 'code', 'list', 'scope', 'which', 'controls', 'failing', 'failed', 'isms', 'retention', 'history', 'erasure']);
/**
 * The customer's workload as the thing that is compliant ("is our card processing app PCI compliant because AWS
 * is certified?"): compliance of a workload on AWS is shared, AWS's attestation covering its part (the
 * misconception it corrects: AWS's certificate does not make the workload compliant).
 */
const awsAttestationWords = new Set(['eligible', 'certified', 'accredited', 'attested', 'level', 'baa']);
/** Tools whose green report is the customer's own judgement, not AWS's attestation ("the conformance pack is green, so are we compliant?"). */
const toolWords = new Set(['conformance', 'pack', 'packs', 'audit', 'manager', 'config', 'rules', 'hub', 'license']);
const workloadWords = new Set(['app', 'apps', 'application', 'applications', 'workload', 'workloads', 'platform', 'system', 'systems', 'environment', 'saas', 'product']);
/** AWS's own places and hardware ("the aws data centers", "aws infra"). */
const awsPlaces = new Set(['datacenter', 'datacenters', 'center', 'centers', 'centre', 'centres', 'facilities', 'facility', 'infra', 'infrastructure', 'hardware']);
/** Words after "compliance" that make it a person or team, not the topic ("compliance lead here: …"). */
const complianceRoles = new Set(['lead', 'leads', 'team', 'officer', 'manager', 'person', 'folks', 'people', 'q', 'question', 'guy', 'analyst', 'dept', 'department']);
/** "does that make US compliant", "are WE compliant": the customer's own compliance, not the regime as a whole. */
const ownSubjects = new Set(['us', 'we', 'our', 'ourselves', 'were', 'weve']);
/** Accepting or signing an agreement ("we accepted the BAA", "AWS signed the BAA"). */
const agreementActs = new Set(['accepted', 'signed', 'accept', 'sign', 'signing', 'accepting']);
/** "we're GOOD", "we're COVERED": the customer's own compliance, said casually. */
const ownStates = new Set(['compliant', 'good', 'covered', 'fine', 'ok', 'okay', 'set', 'done']);
/** Words for compliance as a whole, with no regime named ("compliance IN GENERAL", "OVERALL compliance"). */
const generalWords = new Set(['general', 'generally', 'overall', 'whole', 'holistically', 'altogether']);
export function wholeCompliance(p: ParsedQuestion): boolean {
  const t = p.tokens;
  // ("the conmon deliverables for aws govcloud's OWN fedramp p-ato": AWS's own authorization, not the workload's compliance)
  if (t.some((w, i) => w === 'own' && (t[i - 1] === 'aws' || t[i - 1] === 'amazon' || t[i - 1] === 'govcloud' || t[i - 1] === 'their'))) return false;
  // (an ATO is a system's authorization under a regime: "the ATO for our system is on AWS, right?")
  // ("GDPR for our lake - who's responsible?", "PCI on the checkout service: aws or us?": the regime is what is asked about)
  // (AWS's own infrastructure alone under the regime is AWS's audit: "pci dss for the aws data centers, who is audited")
  if (t.some((w) => awsPlaces.has(w)) && !t.some((w) => ownSubjects.has(w) || workloadWords.has(w) || w === 'stack')) return false;
  // (a regime of two words: "PCI DSS for the checkout stack", "SOC 2 for our platform")
  const regimeWidth = regimes.has(t[0] ?? '') ? (t[0] === 'pci' && t[1] === 'dss' ? 2 : 1) : regimes.has(`${t[0] ?? ''}${t[1] ?? ''}`) ? 2 : 0;
  const regimeFirst = regimeWidth > 0 && (t.length === regimeWidth || ['for', 'on', 'in', 'of'].includes(t[regimeWidth] ?? ''));
  const regulated = t.some((w, i) => regulatorWords.has(w) && t.slice(i + 1, i + 3).some((x) => ruleWords.has(x)));
  const topic = regimeFirst || regulated || t.some((w, i) => (w === 'compliance' || w === 'ato') && !complianceRoles.has(t[i + 1] ?? ''));
  const own = t.some((w, i) => w === 'compliant' && t.slice(Math.max(0, i - 3), i).some((x) => ownSubjects.has(x)));
  // ("compliance IN GENERAL for our aws setup, aws's thing or ours?": compliance as a whole, no regime, no service)
  const general = t.some((w, i) => generalWords.has(w) && !(w === 'general' && t[i - 1] !== 'in'));
  if (topic && general && p.serviceHits.length === 0 && !own && !t.some((w) => narrowerCompliance.has(w) || toolWords.has(w))) return true;
  // ("SOC 2", "ISO 27001" are written as two words)
  if (!t.some((w, i) => regimes.has(w) || regimes.has(`${w}${t[i + 1] ?? ''}`))) return false;
  // "we accepted / signed the BAA, so HIPAA compliance is AWS's now?": the agreement given as the reason
  // ("AWS signed the BAA, so HIPAA on our platform is done, right?")
  if (t.includes('baa') && t.some((w) => agreementActs.has(w)) && !own && (topic || t.includes('so') || t.some((w) => ownStates.has(w)))) return true;
  // (not a tool's report: "audit manager shows our assessment all green, so our system is compliant?" is the tool's judgement)
  if (t.includes('compliant') && t.some((w) => workloadWords.has(w)) && !t.some((w) => w === 'controls' || w === 'isms' || toolWords.has(w))) return true;
  // "AWS is HIPAA eligible, so we're compliant, right?": AWS's attestation given as the reason (not a tool's report).
  // ("AWS is HIPAA compliant, which makes us compliant": AWS's compliance as the reason)
  const awsCompliant = t.filter((w) => w === 'compliant').length >= 2;
  // ("so we're good on hipaa, yeah?")
  const ownGood = t.some((w, i) => ownStates.has(w) && t.slice(Math.max(0, i - 2), i).some((x) => ownSubjects.has(x)));
  if ((own || ownGood) && (awsCompliant || t.some((w) => awsAttestationWords.has(w))) && !t.some((w) => toolWords.has(w))) return true;
  // "aws is hipaa eligible SO who owns hipaa compliance for our workload?": AWS's attestation given as the reason
  // ("is compliance for our env aws's problem NOW THAT aws is pci certified?")
  const given = t.includes('so') || t.includes('since') || t.includes('because') || t.some((w, i) => w === 'now' && t[i + 1] === 'that');
  if (topic && given && t.some((w) => awsAttestationWords.has(w)) && !t.some((w) => toolWords.has(w) || w === 'isms' || w === 'controls')) return true;
  return topic && !own && !t.some((w) => narrowerCompliance.has(w));
}

/**
 * Terms of the talk around a question rather than of what it asks: who said it and to whom ("my boss says…",
 * "what do I tell the CEO", "we pay aws"), and when ("now that everything moved to aws").
 */
const chatterTerms = new Set(['boss', 'ceo', 'cto', 'cfo', 'ciso', 'coo', 'manag', 'leadership', 'exec', 'board', 'sai', 'said', 'ask', 'told', 'him', 'her', 'keep', 'believ', 'claim', 'insist', 'pai', 'paid', 'actual', 'onc', 'everyth', 'now', 'sinc', 'mov', 'moved', 'migrat']);

/**
 * Security on AWS as a whole, with no service named: `only` when every term but the talk around it is "security"
 * ("who is responsible for security on aws", "mgmt keeps saying it's in aws so it's secure"), which leaves the
 * ranking nothing else to go on; else when the question's topic reads as security as a whole (wholeTopic).
 */
export function securityAsWhole(p: ParsedQuestion, whole: WholeTopic | null): 'only' | 'topic' | null {
  if (p.serviceHits.length > 0) return null;
  const terms = termsOfWords(p.tokens).map((t) => t.term).filter((t) => !chatterTerms.has(t));
  if (terms.length > 0 && terms.every((t) => t === 'secur')) return 'only';
  return whole === 'security' ? 'topic' : null;
}

/**
 * Which half of the model a question asks the owner of, by the model's own names: "'security OF the cloud' — whose side
 * is that?" (AWS's), "security of vs in the cloud: which one is ours?" (the customer's). With both halves named, only
 * a question of which one is whose picks one; otherwise the whole (general-security-on-aws) is asked.
 */
export function sideOfTheModel(p: ParsedQuestion): 'general-security-of-the-cloud' | 'general-security-in-the-cloud' | null {
  const text = ` ${p.tokens.join(' ')} `;
  const of = text.includes(' security of the cloud ');
  const inTheCloud = text.includes(' security in the cloud ');
  const both = text.includes(' of the cloud ') && text.includes(' in the cloud ');
  if (!both) return of ? 'general-security-of-the-cloud' : inTheCloud ? 'general-security-in-the-cloud' : null;
  const which = /\bwhich(?: one| part| side| half)? (?:is|belongs to|falls to|is on) (?:the )?(aws|amazon|us|ours|mine|customer|customers|the customer)\b/.exec(text);
  if (!which) return null;
  return which[1] === 'aws' || which[1] === 'amazon' ? 'general-security-of-the-cloud' : 'general-security-in-the-cloud';
}
