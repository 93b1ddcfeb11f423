import { knownPhrase, listDuties } from './duty-model.js';
import { listAreas, listServices, servicesByIdWords } from './model.js';
import { isEnglishWord } from './dictionary.js';
import { type ParsedQuestion, type ServiceHit } from './matcher.js';
import type { Service } from './schema.js';
import { appLayerTier, basisWords, objects, awsFeatureWords, awsProductNames, generalWords, inventedHeads, stopwords, thingNouns } from './lexicon.js';
import { tokenize } from './text.js';

/**
 * A named feature, mode or option of a service that srm has never heard of for that service: "cloudhsm
 * serverless mode", "kms Quantum Vault key store", "guardduty DynamoDB Protection", "sqs 'durable streams'
 * queue type", "Outposts Micro racks". Such a name is either made up or a product srm does not know; either
 * way the owner srm knows for the service may not hold for it, so the question is refused, as an unknown
 * product is (a wrong owner is worse than none).
 *
 * A feature name is one to three words between a named service and a noun that names a feature ("mode",
 * "plan", "key store", "protection", "type"…). It is known when each of its words is in what srm knows of
 * that service: its names and aliases and the words of its duties (names, phrases, statements, settings).
 */

/** Nouns that end a feature's name. */
const featureNouns = new Set([
  'mode', 'modes', 'plan', 'plans', 'protection', 'type', 'types', 'store', 'stores', 'vault', 'vaults', 'rack', 'racks',
  'hosts', 'branch', 'branches', 'feature', 'features', 'capability', 'model', 'models', 'workflow', 'workflows', 'option',
  'gateway', 'gateways', 'endpoint', 'endpoints', 'keys', 'collections',
]);
/** Feature nouns that also name what the customer builds with a service: in lower case, the words before them describe its own. */
const ownResourceNouns = new Set(['workflow', 'workflows']);
/** Words that start a relative clause ("the lambda THAT preprocesses features"). */
const relativeWords = new Set(['that', 'which', 'who', 'whose']);
/** Articles and possessives: inside the words between a service and a noun (not first) they make a clause ("dx port dies THE plant", "step functions orchestrates OUR refunds workflow"). */
const articles = new Set(['the', 'a', 'an', 'our', 'my', 'your', 'their']);
/** Verbs that make the words around them a clause, not a name ("the lambda console SHOWS runtime update mode"). */
const clauseVerbs = new Set(['shows', 'showed', 'shown', 'says', 'said', 'reads', 'lists', 'listed', 'displays', 'reports', 'reported', 'returns', 'returned', 'prints', 'printed', 'gives', 'gave']);
/** Words that say what kind of thing the feature is, between its name and the noun ("durable streams QUEUE type"). */
const kindWords = new Set([
  'queue', 'endpoint', 'key', 'feature', 'platform', 'gateway', 'volume', 'instance', 'deployment', 'capacity', 'storage', 'cluster',
  'node', 'device', 'pricing', 'support', 'service', 'security', 'data', 'new', 'the', 'a', 'an', 's', 'our', 'its', 'their', 'this',
  'that', 'in', 'on', 'with', 'for',
]);
/** Words any service's feature may have ("the default mode", "a custom key store", "automatic mode"). */
const commonWords = new Set([
  'default', 'custom', 'managed', 'automatic', 'auto', 'manual', 'standard', 'basic', 'advanced', 'single', 'multi', 'az', 'legacy',
  'classic', 'current', 'existing', 'old', 'older', 'newer', 'latest', 'same', 'other', 'different', 'free', 'paid', 'full', 'strict',
  'read', 'write', 'only', 'test', 'dev', 'prod', 'production', 'staging', 'private', 'public', 'shared', 'global', 'regional',
  'aws', 'amazon', 'which', 'what', 'that', 'whatever', 'each', 'every', 'any', 'one', 'two', 'both', 'first', 'second',
  // words that describe rather than name ("the easy mode of aws")
  'easy', 'easier', 'simple', 'simpler', 'cheap', 'cheaper', 'fast', 'faster', 'slow', 'secure', 'safe', 'safer', 'better', 'best',
  'recommended', 'normal', 'usual', 'typical', 'special', 'specific', 'hardened', 'locked', 'strict', 'relaxed', 'high', 'low',
  // directions and layers ("the resolver OUTBOUND endpoint", "the INFRA / network protection of comprehend medical")
  'inbound', 'outbound', 'ingress', 'egress', 'infra', 'infrastructure', 'underlying', 'hardware', 'physical',
  // editions ("sql server 2019 SE")
  'se', 'ee',
]);

/** Each corrected word mapped to the word the question wrote. */
function writtenForms(p: ParsedQuestion): Map<string, string> {
  return new Map(p.corrections.map((c) => [c.to, c.from]));
}

/** Words as the question wrote them, before typo correction ("sovereign", not "sovereignty"). */
function asWritten(p: ParsedQuestion, words: readonly string[]): string {
  const written = writtenForms(p);
  return words.map((w) => written.get(w) ?? w).join(' ');
}

let concepts: ReadonlySet<string> | undefined;
/** Words of the responsibility areas' names and aliases ("ddos", "encryption", "baseline"): concepts, not names. */
function conceptWords(): ReadonlySet<string> {
  concepts ??= new Set(listAreas().flatMap((a) => [a.name, ...a.aliases].flatMap((t) => tokenize(t))));
  return concepts;
}

const vocabularies = new Map<string, ReadonlySet<string>>();
const nameVocabularies = new Map<string, ReadonlySet<string>>();

/**
 * What srm knows of a service, as words: its names and aliases and the words of its duties. `names` only: the
 * words that name things (names, aliases, duty names, phrases, settings, tools), not the prose that explains
 * them ("vault" in a sentence about backups does not make "DynamoDB Vault Tables" a name srm knows).
 */
function vocabularyOf(service: Service, namesOnly = false): ReadonlySet<string> {
  const cache = namesOnly ? nameVocabularies : vocabularies;
  let words = cache.get(service.id);
  if (!words) {
    words = new Set(textsOf(service.id, [service.name, ...service.aliases, ...service.features], namesOnly).flatMap((t) => tokenize(t)));
    cache.set(service.id, words);
  }
  return words;
}

/** The texts srm has of a service: its names and its features' names, and its duties' names, tools, phrases and settings (and, unless `namesOnly`, their prose). */
function textsOf(serviceId: string, names: readonly string[], namesOnly: boolean): string[] {
  const texts = [...names];
  for (const d of listDuties()) {
    if (!d.services.includes(serviceId)) continue;
    texts.push(d.name, d.tool ?? '', ...d.phrases);
    if (!namesOnly) texts.push(d.why, d.aws, d.customer, d.misconception ?? '');
    for (const c of d.conditions) texts.push(c.when, ...c.cues.map((q) => q.replaceAll('+', ' ')));
  }
  return texts;
}

const nameTexts = new Map<string, string>();
/** True when the words, together, are in a text that names things of the service ("auto tune" of OpenSearch's Auto-Tune). */
function ownName(service: Service, words: readonly string[]): boolean {
  let text = nameTexts.get(service.id);
  if (text === undefined) {
    text = ` ${textsOf(service.id, [service.name, ...service.aliases, ...service.features], true).map((t) => tokenize(t).join(' ')).join(' | ')} `;
    nameTexts.set(service.id, text);
  }
  return text.includes(` ${words.join(' ')} `);
}

/**
 * The latest generation of services whose generations change the owners, by the word the version follows
 * ("Aurora Serverless v2", "Amplify Gen 2", "Greengrass V2"): a later one ("aurora serverless v3") is a product
 * srm does not know. Aurora's engine versions ("Aurora MySQL v3") are not generations.
 */
const latestGeneration: Record<string, { after: string; latest: number }[]> = {
  // (Aurora MySQL version 3 is the latest engine generation; "aurora v5" is none)
  aurora: [{ after: 'serverless', latest: 2 }, { after: 'aurora', latest: 3 }, { after: 'mysql', latest: 3 }],
  amplify: [{ after: 'amplify', latest: 2 }],
  'iot-greengrass': [{ after: 'greengrass', latest: 2 }],
};

/** Services whose releases are numbered ("Glue 5.0", "Athena engine version 3"): the latest srm knows. */
const latestNumbered: Record<string, number> = { glue: 5, athena: 3, documentdb: 8 };
/** Words of a versioned feature that may stand between a service's name and the version ("global tables", "engine"). */
const versionedFeatureWords = new Set(['engine', 'global', 'tables']);

/** Services with numbered APIs or editions of their own ("API Gateway v2", "SES v2", "Lex V2", "ELBv2", "WAFv2"). */
const versionedServices = new Set(['api-gateway', 'ses', 'lex', 'elb', 'waf', 'aurora', 'amplify', 'iot-greengrass']);

/** The version a token (and the one after it) write: "v3", "gen3", "gen 3", "version 3"; undefined when none. */
function versionAt(tokens: readonly string[], i: number): { n: number; width: number } | undefined {
  const t = tokens[i] ?? '';
  const joined = /^(?:v|gen)(\d+)$/.exec(t)?.[1];
  if (joined !== undefined) return { n: Number(joined), width: 1 };
  if ((t === 'gen' || t === 'generation' || t === 'version' || t === 'v') && /^\d+$/.test(tokens[i + 1] ?? '')) return { n: Number(tokens[i + 1]), width: 2 };
  return undefined;
}

/**
 * A generation srm does not know: past the latest of a service with generations ("aurora serverless v3",
 * within three words of the name), or a "v2"/"gen 3" straight after the name of a service that has no
 * numbered versions at all ("transit gateway v3") and whose duties never write one.
 */
function unknownGeneration(p: ParsedQuestion, hits: readonly ServiceHit[]): UnknownFeature | null {
  for (const hit of hits) {
    const generations = latestGeneration[hit.service.id];
    const end = hit.end;
    if (generations) {
      for (let i = Math.max(hit.start, end - 1); i < Math.min(p.tokens.length, end + 3); i++) {
        const gen = generations.find((g) => g.after === p.tokens[i]);
        if (!gen) continue;
        const v = versionAt(p.tokens, i + 1);
        if (v && v.n > gen.latest) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, i + 1 + v.width)) };
      }
      continue;
    }
    // (a versioned feature of the service may stand between: "dynamodb global tables v4", "athena engine version 6")
    let at = end;
    while (at < end + 2 && versionedFeatureWords.has(p.tokens[at] ?? '')) at++;
    // numbered versions past the latest ("glue 9.0", "athena engine version 6")
    const numbered = latestNumbered[hit.service.id];
    if (numbered) {
      const width = p.tokens[at] === 'version' || p.tokens[at] === 'v' ? 2 : 1;
      const written = p.tokens[at + width - 1] ?? '';
      const n = /^\d+$/.test(written) ? Number(written) : undefined;
      if (n !== undefined && n > numbered && n < 100) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, at + width)) };
      continue;
    }
    if (versionedServices.has(hit.service.id)) continue;
    const v = versionAt(p.tokens, at);
    if (!v || v.n < 2) continue;
    const known = vocabularyOf(hit.service);
    if (!known.has(p.tokens[at] ?? '') && !known.has(`v${v.n}`)) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, at + v.width)) };
  }
  return null;
}

let serviceWords: ReadonlySet<string> | undefined;
/** Words of every service's names and aliases ("EKS Fargate", "Lambda Edge" combine two services). */
function anyServiceWords(): ReadonlySet<string> {
  serviceWords ??= new Set(listServices().flatMap((s) => [s.name, ...s.aliases].flatMap((t) => tokenize(t))));
  return serviceWords;
}

/** True when the words, as one name, occur in the text of every name srm knows (known-names.txt). */
function knownName(words: readonly string[]): boolean {
  return knownPhrase(words);
}

/**
 * A name's words after the service's own name leading it: "S3 Ransomware Shield" and "rds.sqli_protect" are names for
 * S3 and RDS (a service's word inside the name is a word of the name). Empty when the name is only the service's.
 */
function afterServiceName(words: readonly string[], p: ParsedQuestion, hits: readonly ServiceHit[]): string[] {
  const serviceWords = new Set(hits.flatMap((h) => p.tokens.slice(h.start, h.end)));
  const lead = words.findIndex((t) => !serviceWords.has(t));
  return lead < 0 ? [] : words.slice(lead);
}

/** Nouns a product or feature is named with, last in its name ("Forensics VAULT", "Quiet GUARD"). */
/** The words of a database engine's name ("oracle", "postgres", "db2"). */
const engineWords = new Set(objects.engine.flatMap((w) => w.split(' ')));
/** Business software customers run on instances ("ec2 sap servers"). */
const businessSoftware = new Set(['sap', 'hana', 's4hana', 'erp', 'crm', 'hris', 'exchange', 'sharepoint', 'jenkins', 'tomcat', 'iis', 'citrix']);

const titledHeads = new Set(['vault', 'guard', 'shield', 'firewall', 'manager', 'studio', 'hub', 'analyzer', 'insights', 'monitor', 'sentinel', 'autopilot', 'janitor', 'escrow']);

/**
 * A name after a service that the question describes in brackets as a thing ("s3 data janitor (THE THING THAT auto-
 * classifies …)"), with a word srm does not know and in no name srm knows: a feature someone heard of, not one AWS sells.
 */
function describedThing(p: ParsedQuestion, hits: readonly ServiceHit[]): UnknownFeature | null {
  for (const hit of hits) {
    for (let k = hit.end + 1; k <= hit.end + 3 && k + 2 < p.tokens.length; k++) {
      if (p.tokens[k] !== 'the' || !describedNouns.has(p.tokens[k + 1] ?? '') || !relativeWords.has(p.tokens[k + 2] ?? '') || !p.pauses.has(k)) continue;
      const name = p.tokens.slice(hit.end, k);
      if (pauseWithin(p, hit.end + 1, k - 1) || !name.some((t) => p.unknownWords.includes(t))) break;
      if (!knownName(name) && !knownName([...p.tokens.slice(hit.start, hit.end), ...name])) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, k)) };
      break;
    }
  }
  return null;
}
const describedNouns = new Set(['thing', 'feature', 'option', 'setting', 'tool', 'one', 'add', 'addon', 'toggle', 'switch']);

/** A resource's nouns, which srm otherwise reads past, that a feature's name written in Title Case may hold ("MSK Topic Escrow"). */
const resourceNouns = new Set(['instance', 'instances', 'bucket', 'buckets', 'function', 'functions', 'cluster', 'clusters', 'queue', 'queues', 'topic', 'topics', 'table', 'tables', 'container', 'containers', 'task', 'tasks', 'pod', 'pods']);

/** Words srm otherwise reads past that product names are made of when written in Title Case ("EKS MANAGED Helm Chart Patching"). */
const nameStopwords = new Set(['managed', 'protection', 'security', 'secure', 'shared']);

/**
 * A name written in Title Case straight after a named service ("EC2 Fortress instances", "SQS Armored Queues",
 * "ElastiCache TurboPersist"): product and feature names are written so. It is unknown when one of its words
 * is in nothing srm knows of that service, of any service's name, of the areas' concepts, or of the words of real
 * AWS features (lexicon.ts awsFeatureWords: "SageMaker Studio", "Lambda SnapStart").
 */
function unknownTitledName(p: ParsedQuestion, hits: readonly ServiceHit[]): UnknownFeature | null {
  const written = writtenForms(p);
  for (const hit of hits) {
    // (a database engine's name after the service is what runs there: "the EC2 Oracle hosts")
    if (engineWords.has(p.tokens[hit.end] ?? '') && !p.titled.has(written.get(p.tokens[hit.end + 1] ?? '') ?? '')) continue;
    // (a name srm knows, ending in a noun products are named with, that no text of the service names is another
    // service's or vendor's: "QuickSight Data Guard" (Oracle's, on RDS), "CloudFront Edge Patch Manager" (Systems Manager's))
    const borrowed = (words: readonly string[]): boolean => titledHeads.has(words[words.length - 1] ?? '') && !ownName(hit.service, words);
    const knownHere = (words: readonly string[]): boolean => (knownName(words) && !borrowed(words)) || knownName([...p.tokens.slice(hit.start, hit.end), ...words]);
    // (a name srm knows neither alone nor after the service's own words)
    const unknownName = (words: readonly string[]): boolean => !knownHere(words);
    let end = hit.end;
    while (end < p.tokens.length && end < hit.end + 3) {
      const t = p.tokens[end] ?? '';
      if (!(p.titled.has(written.get(t) ?? t) || p.acronyms.has(t)) || (stopwords.has(t) && !p.compounds.has(t) && !nameStopwords.has(t))) break;
      end++;
    }
    // (a word in capitals is a word of the name only before a Title-Case one: "HealthLake PHI Autopurge", "EC2 SR-IOV
    // AutoTune Guard"; capitals alone are an acronym, "RDS IAM auth")
    while (end > hit.end && p.acronyms.has(p.tokens[end - 1] ?? '') && !p.titled.has(p.tokens[end - 1] ?? '')) end--;
    // (and only in a name with a word neither srm nor the dictionary knows: "EC2 ENA Express" is real)
    // (or a regime in capitals, then a hyphenated Title-Case compound: "Macie PHI Auto-Quarantine"; not "RDS IAM Auth-Tokens")
    const capitals = p.tokens.slice(hit.end, end).findIndex((t) => p.acronyms.has(t) && !p.titled.has(t));
    const after = p.tokens.slice(hit.end + Math.max(capitals, 0), end);
    const regimeName = regimeWords.has(after[0] ?? '') && after.filter((t) => p.titled.has(t) && p.compounds.has(t)).length >= 2;
    const coined = after.some((t) => !p.acronyms.has(t) && p.unknownWords.includes(t)) || regimeName;
    // (an acronym before Title-Case words ending in a noun products are named with is the name's first word: "CloudWatch
    // AWR Snapshot Manager")
    const headed = capitals === 0 && after.length >= 3 && titledHeads.has(after[after.length - 1] ?? '') && after.slice(1).every((t) => p.titled.has(written.get(t) ?? t));
    if (capitals >= 0 && !coined && !headed) end = hit.end + capitals;
    // (as written: a name in Title Case is not a typo — "DynamoDB Eternal Tables" is not "external")
    // (every word of a hyphenated compound belongs to the name: "S3 Auto-Quarantine" is not an automatic quarantine)
    const run = p.tokens.slice(hit.end, end).map((t) => written.get(t) ?? t);
    // (one hyphenated Title-Case compound of two words or more, in no name srm knows, is a feature's name coined as one:
    // "Audit Manager Auto-Attest", "GuardDuty Self-Heal")
    const words = p.tokens.slice(hit.end, end);
    // (a word of it must be in no real feature's name and in none of the service's own: "Auto-Attest", not "Auto-Recovery")
    const strange = (t: string): boolean => !awsFeatureWords.has(t) && !vocabularyOf(hit.service, true).has(t);
    // (or whose words the service's names have, but never together: "S3 Auto-Shred"; "EC2 Auto-Recovery" is one of them)
    const together = (): boolean => ownName(hit.service, words) || words.every((t) => awsFeatureWords.has(t));
    if (words.length >= 2 && words.every((t) => p.compounds.has(t) && p.titled.has(written.get(t) ?? t)) && (words.some(strange) || !together()) && unknownName(words)) {
      return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, end)) };
    }
    // (two Title-Case words ending in a noun products are named with, that no name srm knows says together: "Security
    // Hub Forensics Vault")
    if (run.length === 2 && titledHeads.has(run[1]!) && unknownName(run)) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, end)) };
    // (or two Title-Case words or more, none an acronym, with one in nothing srm knows of the service nor of the areas'
    // concepts: "MSK Topic Escrow"; not "S3 Object Lock", whose words srm knows of S3, nor a name srm knows of any service)
    // (a resource's noun in Title Case belongs to the name: "Topic Escrow")
    const inTitledName = (t: string): boolean => p.titled.has(written.get(t) ?? t) && !p.acronyms.has(t) && (!stopwords.has(t) || resourceNouns.has(t));
    let nameEnd = hit.end;
    while (nameEnd < hit.end + 3 && inTitledName(p.tokens[nameEnd] ?? '')) nameEnd++;
    const titledRun = p.tokens.slice(hit.end, nameEnd);
    if (titledRun.length >= 2 && unknownName(titledRun)) {
      const own = vocabularyOf(hit.service, true);
      // (a noun products are named with counts though the areas know it: "EMR Shield Nodes")
      if (titledRun.some((t) => !own.has(t) && (titledHeads.has(t) || (!conceptWords().has(t) && !commonWords.has(t) && !resourceNouns.has(t))))) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, nameEnd)) };
    }
    // (or one such noun alone after the service, in no name srm knows with it: "Amazon Fargate Vault", not "AWS Backup Vault";
    // a noun real features are named with too, "SageMaker Studio", "Kinesis Monitor", is left to the other readings)
    const head = run[0] ?? '';
    if (run.length === 1 && titledHeads.has(head) && !awsFeatureWords.has(head)) {
      // (nor a word of a name srm knows written in Title Case elsewhere in the question: "a Glacier vault … the Vault Lock policy")
      const inKnownName = p.tokens.some((t, i) => t === head && p.titled.has(p.tokens[i + 1] ?? '') && knownName([head, p.tokens[i + 1] ?? '']));
      // (nor a word the service's own names use)
      const ownWord = vocabularyOf(hit.service, true).has(head);
      if (!inKnownName && !knownName([...p.tokens.slice(hit.start, hit.end), head]) && !ownWord) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, end)) };
    }
    // (one CamelCase word before what it names is that thing's name, a metric's or a policy's: "bedrock InvocationThrottles
    // metric", "the medialive ActiveAlerts alarm"; a run of Title-Case words is not: "the Student Auto-Expiry policy")
    if (run.length === 1 && namedThings.has(p.tokens[end] ?? '')) continue;
    // (nor is a CamelCase word with a small word inside, cut short by it: "DaysToExpiry < 7" is a metric, not "alb Days")
    if ([3, 4, 5].some((n) => n > run.length && p.titled.has(p.tokens.slice(hit.end, hit.end + n).join('')))) continue;
    // (a regime after the service is what it is used for, "the Audit Manager FedRAMP Moderate framework"; made into a
    // switch, "SageMaker HIPAA Mode", it is regimeMode's)
    if (regimeWords.has(p.tokens[hit.end] ?? '') && p.tokens.slice(hit.end + 1, end).every((t) => regimeQualifiers.has(t))) continue;
    // (one word in CamelCase turned on, "if we turn IVS StreamKeyGuard on", is a name as a whole, as a quoted one is)
    if (run.length >= 3 && p.turnsOn && p.titled.has(run.join('')) && !knownName(run)) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, end)) };
    // (three Title-Case words after the service are a name as a whole, whatever words it is made of: "artifact Live
    // Auditor Access lets our auditors tour the data center")
    if (run.length >= 3 && !run.some((t) => /\d/.test(t)) && unknownName(run) && !knownHere(run.slice(0, 2)) && !knownHere(run.slice(1))) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, end)) };
    // (and four, when no three of them in a row are a name srm knows, nor both halves: "EKS Managed Helm Chart Patching",
    // whose "helm chart" alone is real; not "S3 Object Lock Compliance Mode")
    const fourth = p.tokens[end] ?? '';
    const four = [...run, written.get(fourth) ?? fourth];
    if (run.length === 3 && p.titled.has(four[3]!) && !stopwords.has(fourth) && !four.some((t) => /\d/.test(t)) && unknownName(four) && !knownName(four.slice(0, 3)) && !knownName(four.slice(1)) && !(knownName(four.slice(0, 2)) && knownName(four.slice(2)))) {
      return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, end + 1)) };
    }
    // (one word before a thing it is a kind of, "DynamoDB Vault tables", "DynamoDB Vault Tables", is checked as a name
    // too: the words that name things, or the two words as a name srm knows)
    const kindInRun = run.length === 2 && kinded(run[1]!);
    const kindNoun = kindInRun ? run[1]! : (p.tokens[end] ?? '');
    const kindOf = kindInRun || (run.length === 1 && kinded(kindNoun));
    const name = (kindInRun ? run.slice(0, 1) : run).filter((t) => p.compounds.has(t) || (!kindWords.has(t) && !commonWords.has(t) && !thingNouns.has(t) && !/\d/.test(t)));
    if (name.length === 0) continue;
    // (a name of two words or more is checked against the words that name things; one word against all srm knows)
    if (kindOf && knownName([...name, kindNoun])) continue;
    const known = vocabularyOf(hit.service, name.length >= 2 || kindOf);
    // (a kind of the service's thing is the service's own or a real feature's, not another service's word nor a
    // concept: "SQS Vault queues")
    if (name.some((t) => !known.has(t) && !awsFeatureWords.has(t) && (kindOf ? !knownStem(known, t) : !conceptWords().has(t) && !anyServiceWords().has(t)))) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, end)) };
  }
  return null;
}

/** True when a word of `known` has the word's stem ("versioned" of "versioning", "encrypted" of "encryption"). */
function knownStem(known: ReadonlySet<string>, word: string): boolean {
  const stem = word.replace(/(?:ed|ing|ion|s)$/, '');
  if (stem.length < 5) return false;
  for (const k of known) if (k.startsWith(stem)) return true;
  return false;
}

/** Things a kind of is named before, besides thingNouns ("DynamoDB Global Tables", "Kinesis Data Streams"). */
const kindedNouns = new Set(['table', 'tables', 'stream', 'streams', 'topic', 'topics']);
/** A noun a kind of thing is named before ("Vault TABLES", "Global TABLES", "Fortress HOSTS"). */
function kinded(t: string): boolean {
  return thingNouns.has(t) || kindedNouns.has(t);
}

/** Things a CamelCase name before them names ("the InvocationThrottles metric", "the AmazonS3ReadOnlyAccess policy"). */
const namedThings = new Set(['metric', 'metrics', 'alarm', 'alarms', 'policy', 'policies', 'dimension', 'dimensions', 'event', 'events', 'finding', 'findings', 'parameter', 'parameters', 'field', 'fields', 'api', 'action', 'actions']);

/** The words of prose (not "auto", a stopword of questions but a word of names: "the 'Auto-CVE Shield' toggle"). */
const functionWords = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'is', 'are', 'be', 'this', 'that', 'our', 'your', 'we', 'you', 'it', 'its', 'as', 'if', 'not', 'no', 'how', 'what', 'who', 'when', 'why']);

/**
 * A name that is in no name srm knows, with a service named (`ParsedQuestion.quotedNames`): quoted in Title Case
 * ("GuardDuty has a 'Self-Healing Mode' toggle", "the Artifact 'Control Inheritance Matrix' export"), quoted and
 * called a switch ("the redshift 'auto key escrow' toggle"), or a Title-Case run called a switch or turned on ("that
 * Auto-Quarantine toggle"). Someone read it somewhere, and srm cannot vouch for it. (Its words may each be known;
 * the name as a whole is not.)
 */
function unknownQuotedName(p: ParsedQuestion, hits: readonly ServiceHit[]): UnknownFeature | null {
  const hit = hits[0];
  if (!hit) return null;
  for (const { words: quoted, titled, unquoted, camel, switchValue } of p.quotedNames) {
    // (a CamelCase word srm knows, as a word or as its parts together, is a real feature's name: "the SnapStart
    // setting", "that PrivateLink option", "the GuardDuty RuntimeMonitoring toggle"; one of three parts or more is
    // read as its words, each known, and is a name only when srm knows no such words together: "the
    // AutoMinorVersionUpgrade setting" is a feature, "the AutoEncryptAll toggle" is not)
    if (camel && (knownName(camel) || (camel.length < 3 && ![...quoted, ...camel].some((t) => p.unknownWords.includes(t))))) continue;
    const words = afterServiceName(quoted, p, hits);
    // (a title with words of prose in it is a document's or a pack's: "Operational Best Practices for PCI DSS";
    // a switch's name may have one: "the 'auto-grant via lineage' setting")
    const prose = words.filter((t) => functionWords.has(t) && !p.compounds.has(t)).length;
    if (prose > (titled ? 0 : 1)) continue;
    // (a run only said to be turned on is a name when a word of it names nothing of the service: "we enabled GuardDuty
    // Malware Protection" is GuardDuty's, "we enabled S3 Ransomware Shield" is not S3's)
    if (unquoted === 'enabled' && words.every((t) => vocabularyOf(hit.service, true).has(t))) continue;
    // (words of real features are those features, "the 'Enforce' mode", "'dedicated tenancy'"; two or more in Title Case
    // are a name only as a whole: "network firewall Managed Tuning mode" is no feature though each word is some feature's)
    if (words.length > 0 && !knownName(words) && !((words.length === 1 || !titled) && words.every((t) => awsFeatureWords.has(t)))) return { service: hit.service, name: quoted.join(' ') };
    // (one quoted word named as the service's mode or setting is one of the service's own, not any word srm knows:
    // Lambda's runtime update mode 'Lockdown' is none of its modes)
    if (words.length === 1 && switchValue && !ownName(hit.service, words) && !awsFeatureWords.has(words[0]!)) return { service: hit.service, name: quoted.join(' ') };
  }
  return null;
}

/**
 * A word no name of a switch or product runs through: prose, a clause's verb, a number, a stopword that is neither a
 * word of names ("auto", "custom") nor a thing's noun ("container": "guardduty container quarantine mode").
 */
function breaksName(t: string): boolean {
  return functionWords.has(t) || (stopwords.has(t) && !commonWords.has(t) && !thingNouns.has(t)) || clauseVerbs.has(t) || /\d/.test(t);
}

/** Prepositions, which start a phrase about the name rather than continue it ("scaling bill DURING launch"). */
const prepositions = new Set(['during', 'after', 'before', 'since', 'until', 'via', 'per', 'across', 'into', 'over', 'under', 'behind', 'through', 'within', 'without', 'near', 'like']);

/** A feature name (as written) srm does not know for the service it follows. */
export interface UnknownFeature {
  service: Service;
  name: string;
}

/**
 * The services the question names, and those it writes by id outside a name (a tool such as GuardDuty or KMS
 * is written "guardduty", "kms" without being the service asked about): a feature may follow either.
 */
function featureHits(p: ParsedQuestion): ServiceHit[] {
  // (a generic noun right after another service's name is that service's thing, not a service of its own: "lightsail
  // INSTANCES (wordpress blueprint)" are Lightsail's instances, not EC2's)
  const hits = p.serviceHits.filter((h) => !(thingNouns.has(h.alias) && p.serviceHits.some((g) => g.end === h.start)));
  for (let i = 0; i < p.tokens.length; i++) {
    if (hits.some((h) => h.start <= i && i < h.end)) continue;
    for (let n = 3; n >= 1; n--) {
      const service = i + n <= p.tokens.length ? servicesByIdWords().get(p.tokens.slice(i, i + n).join(' ')) : undefined;
      if (!service || hits.some((h) => h.start < i + n && i < h.end)) continue;
      hits.push({ service, start: i, end: i + n, alias: service.id });
      break;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** AWS's chips by generation, the latest srm knows ("Graviton5", announced December 2025): a later one is no product. */
const latestChip: Record<string, number> = { graviton: 5, trainium: 3, inferentia: 2 };

/** "graviton9", "Graviton 9": a chip generation past the latest, named as the EC2 feature it would be. */
function unknownChip(p: ParsedQuestion): UnknownFeature | null {
  for (let i = 0; i < p.tokens.length; i++) {
    // (as written: a generation's digits are no typo, "graviton9" read as "graviton" is still the ninth)
    const written = p.corrections.find((c) => c.to === p.tokens[i])?.from ?? p.tokens[i] ?? '';
    const m = /^(graviton|trainium|inferentia)(\d*)$/.exec(written);
    if (!m) continue;
    const n = Number(m[2] || (/^\d+$/.test(p.tokens[i + 1] ?? '') ? p.tokens[i + 1] : NaN));
    const ec2 = n > latestChip[m[1]!]! ? listServices().find((s) => s.id === 'ec2') : undefined;
    if (ec2) return { service: ec2, name: asWritten(p, p.tokens.slice(i, m[2] ? i + 1 : i + 2)) };
  }
  return null;
}

/** Regimes no AWS service has a mode or toggle for ("PCI mode", "HIPAA mode"); S3 Object Lock's compliance mode is no regime. */
const regimeWords = new Set(['pci', 'hipaa', 'phi', 'fedramp', 'gdpr', 'sox', 'hitrust', 'soc2', 'iso']);
const switchWords = new Set(['mode', 'modes', 'toggle', 'switch', 'setting', 'autopilot']);
/** Nouns a made-up product is named with after a regime ("PCI Vault", "HIPAA Shield", "PHI Guard"). */
const regimeProductNouns = new Set(['vault', 'shield', 'guard', 'lock', 'locker', 'fortress', 'armor', 'armour', 'safe', 'protect', 'sentinel', 'firewall']);
/** Words of a regime's own name or level ("FedRAMP Moderate", "PCI DSS", "SOC 2 Type II", "ISO 27001 framework"). */
const regimeQualifiers = new Set(['moderate', 'high', 'low', 'dss', 'type', 'ii', 'i', '1', '2', 'level', 'framework', 'frameworks', 'baseline', 'rev', '27001', '27017', '27018', '9001', 'tailored', 'li', 'saas']);

/** "the API Gateway 'PCI mode' toggle", "SageMaker HIPAA Mode": a regime made into a service's switch. */
function regimeMode(p: ParsedQuestion, hits: readonly ServiceHit[]): UnknownFeature | null {
  // (one word may stand between: "PCI Compliance Autopilot", "PHI Guard mode")
  // (or a product's noun written as a name: "Amazon Connect PCI Vault", "HIPAA Shield")
  const named = (t: string | undefined): boolean => switchWords.has(t ?? '') || (regimeProductNouns.has(t ?? '') && p.titled.has(t ?? ''));
  const at = p.tokens.findIndex((t, i) => regimeWords.has(t) && (named(p.tokens[i + 1]) || switchWords.has(p.tokens[i + 2] ?? '')));
  const hit = at < 0 ? undefined : [...hits].reverse().find((h) => h.end <= at) ?? hits[0];
  return hit ? { service: hit.service, name: asWritten(p, p.tokens.slice(at, named(p.tokens[at + 1]) ? at + 2 : at + 3)) } : null;
}

/** Nouns that make what precedes them a switch's name ("hardened mode", "cert autopilot", "attestation flag", "vault tier"). */
const modeNouns = new Set(['mode', 'autopilot', 'flag', 'tier']);

/** Whether a new part of the question (a sentence, a comma, a bracket: `pauses`) starts at a word from `from` to `to`. */
function pauseWithin(p: ParsedQuestion, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (p.pauses.has(i)) return true;
  return false;
}

/**
 * A mode, autopilot, flag or tier straight after a service, named by one to three words, that is in no name srm
 * knows ("fargate hardened mode", "msk broker cert autopilot", "the dynamodb residency flag"): made up, or too new
 * for srm to vouch for. "s3 object lock compliance mode", "dynamodb on demand mode" are in what srm knows.
 */
function unknownMode(p: ParsedQuestion, hits: readonly ServiceHit[]): UnknownFeature | null {
  // (no mode noun, no mode: and no look into the names text, which a one-shot `srm who` would read for nothing)
  if (!p.tokens.some((t) => modeNouns.has(t))) return null;
  for (const hit of hits) {
    const found = modeAfter(p, hit);
    if (found !== undefined) {
      if (found) return found;
      continue;
    }
    // (after a feature of the service srm knows, "vpc FLOW LOGS full packet capture mode": the mode is named after that feature)
    for (const j of [1, 2]) {
      if (pauseWithin(p, hit.end + 1, hit.end + j) || !knownName(p.tokens.slice(hit.end, hit.end + j))) continue;
      const after = modeAfter(p, { ...hit, end: hit.end + j });
      if (after) return after;
      if (after === null) break;
    }
  }
  return null;
}

/** The unknown mode named straight after `hit` (null: a known one; undefined: no mode noun within three words). */
function modeAfter(p: ParsedQuestion, hit: ServiceHit): UnknownFeature | null | undefined {
  for (const width of [1, 2, 3]) {
    const noun = p.tokens[hit.end + width] ?? '';
    if (!modeNouns.has(noun)) continue;
    const words = p.tokens.slice(hit.end, hit.end + width);
    // (a layer of an application is no tier of the service: "our ec2 WEB tier", "our ec2-BASED ingestion tier")
    if (appLayerTier(words, noun) || basisWords.has(words[0] ?? '')) return null;
    // (nor across a sentence's end or a comma: "… kick off parallelcluster jobs. runtime update mode is auto")
    if (words.some(breaksName) || pauseWithin(p, hit.end + 1, hit.end + width)) return null;
    // (known when its last words are: "object lock COMPLIANCE MODE"; or when its words are a name of two words srm
    // knows, "rds multi az mode", or one word of a real feature, "ec2 dedicated mode")
    // (a known last part leaves the words before it to describe it or to be a name srm knows, "s3 OBJECT LOCK
    // compliance mode", not to name something else: "elasticache auto shard COMPLIANCE MODE" is no object lock)
    const describes = (k: number): boolean => k === 0 || knownName(words.slice(0, k)) || words.slice(0, k).every((t) => commonWords.has(t) || kindWords.has(t));
    // (one word of a real feature among words that describe it is that feature: "ec2 auto RECOVERY mode")
    const naming = words.filter((t) => !commonWords.has(t));
    // (and the known last part is one of this service's: "compliance mode" is S3's and Glacier's, not ElastiCache's)
    const own = vocabularyOf(hit.service, true);
    const owned = (k: number): boolean => words.slice(k).every((t) => own.has(t) || commonWords.has(t));
    // (a name coined as one hyphenated compound is known only as a whole, or as one of the service's: "OpenSearch Auto-Tune
    // mode", not "transit gateway Auto-Patch Mode")
    const coined = words.length >= 2 && words.every((t) => p.compounds.has(t));
    const known = coined ? knownName([...words, noun]) || ownName(hit.service, words) :
      words.some((_, k) => describes(k) && owned(k) && knownName([...words.slice(k), noun])) ||
      (naming.length >= 2 ? knownName(words) : awsFeatureWords.has(naming[0] ?? words[0] ?? ''));
    if (!known) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, hit.end + width + 1)) };
    return null;
  }
  return undefined;
}

/**
 * A setting pasted as code that is in no name srm knows: a key the question says moves a duty to AWS ("`TenancyIsolation:
 * dedicated` - is aws responsible then?"), or an upper-case value with a word in no dictionary ("`--key-spec
 * WIDEVINE_CONTENT_KEY`"). A real key srm does not know, asked about as the customer's own setting ("`MapPublicIpOnLaunch:
 * true` on our subnet, who fixes it"), or a value of English words ("SYMMETRIC_DEFAULT"), is read as usual.
 */
function unknownPastedSetting(p: ParsedQuestion, hits: readonly ServiceHit[]): UnknownFeature | null {
  const hit = hits[0];
  if (!hit) return null;
  for (const setting of p.pastedSettings) {
    const words = afterServiceName(setting.words, p, hits);
    if (words.length === 0 || knownName(words)) continue;
    const strange = words.some((t) => !isEnglishWord(t) && !conceptWords().has(t) && !anyServiceWords().has(t) && !awsFeatureWords.has(t));
    if ((setting.kind !== 'value' && setting.shifts) || (setting.kind === 'value' && strange)) return { service: hit.service, name: setting.words.join(' ') };
  }
  return null;
}

/** Nouns that name real products too ("DNS Firewall", "Origin Shield"), so only a name of them srm knows is real. */
const productHeads = new Set(['firewall', 'firewalls', 'guard', 'shield', 'vault', 'vaults', 'locker', 'lockers']);

/**
 * A product-like name straight after a service, ending in a noun products are named with, that is in no name srm
 * knows ("vpc packet scrubber", "redshift query firewall", "the Outposts Edge Guard add-on", "rds tde key escrow
 * service"): written in lower case or not, its words may each be known, the name is not. A noun that also names
 * real products ("firewall", "shield", "guard") needs a word before it ("redshift firewall" is how people say its
 * security group); the name is known when srm knows it, with or without the service's name ("dns firewall",
 * "sagemaker autopilot").
 */
function unknownProductName(p: ParsedQuestion, hits: readonly ServiceHit[]): UnknownFeature | null {
  for (const hit of hits) {
    // (up to six words: "rds tde key escrow", with TDE written out)
    for (let k = hit.end; k < Math.min(p.tokens.length, hit.end + 6); k++) {
      const t = p.tokens[k] ?? '';
      // (nor across a sentence: "our cloudfront dist. baseline shield standard")
      if (breaksName(t) || articles.has(t) || prepositions.has(t) || (k > hit.end && p.breaks.has(k))) break;
      // (a noun that names real products too ends a short name only: "redshift query firewall", not "alb scaling bill … shield")
      // (or right after the service when made a switch: "athena Shield Mode")
      // (as written: "orchestrate" corrected to "orchestrator" is a verb, not a product's noun)
      if (p.corrections.some((c) => c.to === t)) continue;
      if (!inventedHeads.has(t) && !(productHeads.has(t) && ((k > hit.end && k <= hit.end + 2) || modeNouns.has(p.tokens[k + 1] ?? '')))) continue;
      const knownAs = (words: readonly string[]): boolean => knownName(words) || awsProductNames.has(words.join(' '));
      // (a product's noun right after the service is read with the switch after it: "athena Shield Mode" is no AWS Shield)
      const last = k === hit.end ? k + 2 : k + 1;
      // (or the noun starts a product's own name: "… baseline SHIELD STANDARD")
      const known = knownAs(p.tokens.slice(hit.end, last)) || knownAs(p.tokens.slice(hit.start, last)) || awsProductNames.has(p.tokens.slice(k, k + 2).join(' '));
      // (with the noun of a switch or feature after it: "eks autopilot mode")
      const end = modeNouns.has(p.tokens[k + 1] ?? '') || featureNouns.has(p.tokens[k + 1] ?? '') ? k + 2 : k + 1;
      if (!known) return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, end)) };
      break;
    }
  }
  return null;
}

/**
 * "FSx for vSAN": a service AWS names by what it is for ("FSx for Windows File Server", "FSx for Lustre"), followed by
 * "for" and a name that is none of those and no English word: a flavour AWS does not sell.
 */
function unknownFlavour(p: ParsedQuestion, hits: readonly ServiceHit[]): UnknownFeature | null {
  for (const hit of hits) {
    if (p.tokens[hit.end] !== 'for') continue;
    const next = p.tokens[hit.end + 1] ?? '';
    const flavours = flavoursOf(hit.service);
    // (a regime or a word of the trade is what it is used for, not an edition: "rds postgres for PCI", "for ERP")
    if (flavours.size < 2 || flavours.has(next) || next === '' || stopwords.has(next) || isEnglishWord(next) || /\d/.test(next) || regimeWords.has(next) || generalWords.has(next)) continue;
    return { service: hit.service, name: asWritten(p, p.tokens.slice(hit.start, hit.end + 2)) };
  }
  return null;
}

const flavours = new Map<string, ReadonlySet<string>>();
/** The first words after "for" in a service's aliases ("windows", "lustre", "netapp" of FSx), once per service. */
function flavoursOf(service: Service): ReadonlySet<string> {
  let words = flavours.get(service.id);
  if (!words) {
    words = new Set(service.aliases.flatMap((a) => (a.includes(' for ') ? [a.split(' for ')[1]!.split(' ')[0]!] : [])));
    flavours.set(service.id, words);
  }
  return words;
}

/** The feature name srm does not know for the service it follows, or null. */
export function unknownFeature(p: ParsedQuestion): UnknownFeature | null {
  const hits = featureHits(p);
  const named = unknownGeneration(p, hits) ?? unknownFlavour(p, hits) ?? unknownTitledName(p, hits) ?? unknownChip(p) ?? regimeMode(p, hits) ?? unknownQuotedName(p, hits) ?? unknownMode(p, hits) ?? unknownProductName(p, hits) ?? unknownPastedSetting(p, hits) ?? describedThing(p, hits);
  if (named) return named;
  const tokens = p.tokens;
  const written = writtenForms(p);
  const titledWord = (t: string): boolean => p.titled.has(written.get(t) ?? t) || p.compounds.has(t);
  for (let k = 0; k < tokens.length; k++) {
    const noun = tokens[k] ?? '';
    // ("a key store", not an instance store)
    if (!featureNouns.has(noun) || ((noun === 'store' || noun === 'stores') && tokens[k - 1] !== 'key')) continue;
    // a noun inside a service's own name ("api GATEWAY", "transit GATEWAY") names the service, not a feature of the one before
    if (hits.some((h) => h.start <= k && k < h.end)) continue;
    // nor does one that starts a name srm knows ("frequency / retention / VAULT LOCK" of AWS Backup)
    if (knownName([noun, tokens[k + 1] ?? ''])) continue;
    // the nearest service named before the noun, at most four words before it
    const near = hits.filter((h) => h.end <= k && h.end >= k - 4).sort((a, b) => b.end - a.end);
    // "guardduty DynamoDB Protection": a service's name right before the noun names a feature of the service before it.
    const hit = near[0]?.end === k ? near.find((h) => h.end <= near[0]!.start) : near[0];
    if (!hit) continue;
    const between = tokens.slice(hit.end, k);
    // (nor across a comma or a bracket: "sse-s3 (generation, protection, rotation)" lists)
    if (pauseWithin(p, hit.end, k)) continue;
    // a name runs straight from the service to the noun: a clause between ("ecs managed instances now, who keeps those hosts") is no name
    // (nor is an article inside it: "dx port dies THE plant")
    // (nor a purpose: "rest api FOR open banking endpoints")
    if (between.some((t, j) => (stopwords.has(t) && !kindWords.has(t) && !commonWords.has(t)) || t === 'for' || (j > 0 && articles.has(t)) || clauseVerbs.has(t))) continue;
    // (nor a relative clause or a participle, "lambda THAT preprocesses features", "the table HOLDING online features",
    // nor three words or more in lower case: "sagemaker training jobs dump model …")
    if (between.some((t, j) => relativeWords.has(t) && j < between.length - 1) || between.some((t) => /ing$/.test(t) && !titledWord(t) && !conceptWords().has(t))) continue;
    if (between.length >= 3 && !between.some(titledWord)) continue;
    const name = between.filter((t) => !kindWords.has(t) && !commonWords.has(t) && !/\d/.test(t));
    if (name.length === 0) continue;
    const known = vocabularyOf(hit.service);
    // (a workflow of a service that runs workflows, named in lower case, is the customer's own: "step functions ORDER
    // workflow", "our CHECKOUT workflow")
    if (ownResourceNouns.has(noun) && known.has(noun) && !name.some(titledWord)) continue;
    // (a database engine's or a business system's name is what runs there: "the EC2 Oracle hosts", "ec2 sap servers")
    const unknownWords = name.filter((t) => !known.has(t) && !conceptWords().has(t) && !engineWords.has(t) && !businessSoftware.has(t));
    if (unknownWords.length > 0) return { service: hit.service, name: asWritten(p, tokens.slice(hit.start, k + 1)) };
  }
  return null;
}
