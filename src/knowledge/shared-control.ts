import { listDuties } from './duty-model.js';
import { servicesNamed, type ParsedQuestion } from './matcher.js';
import { termsOfWords } from './terms.js';
import { askedTerms, concludesFromBothSides, partyClauses } from './whole.js';

/**
 * The model's shared controls: patch management, configuration management, awareness and training. AWS's Shared
 * Responsibility Model lists them as controls both sides operate: AWS for its infrastructure and staff, the
 * customer for its guest systems, applications and people. A question is about the control itself, not one
 * side's duty, when it names the control and
 * - names several services or speaks of controls and audits ("the patch management control", "is config
 *   management inherited from aws?"), or
 * - names no service, or several, and asks about all of it ("patching in general", "is it one owner or split",
 *   "both layers", "ec2 + rds + lambda: patching overall"), or names both sides' systems ("the hypervisor AND
 *   the ubuntu on our nodes", "aws infra devices and our dbs").
 * "configuration management of our ec2 instances" is about EC2's duty.
 */

/** The controls, each with the words that name it; names of two words before names of one. */
const controls: { duty: string; names: readonly string[] }[] = [
  { duty: 'general-configuration-management-control', names: ['configuration management', 'config management', 'config mgmt', 'configuration mgmt', 'configuration baselines'] },
  { duty: 'general-patch-management-control', names: ['patch management', 'patch mgmt', 'patching management', 'vulnerability management', 'vuln management', 'vuln mgmt', 'vulnerability mgmt', 'patching', 'patches', 'patch', 'patched'] },
  { duty: 'general-awareness-training-control', names: ['awareness and training', 'awareness training', 'security awareness', 'security training', 'awareness', 'training'] },
];
const byNameLength = [3, 2, 1].flatMap((size) => controls.flatMap((c) => c.names.filter((n) => n.split(' ').length === size).map((name) => ({ duty: c.duty, name }))));

/** Words of a frame that speaks of controls and audits ("for the control matrix, …"). */
const controlWords = new Set(['control', 'controls', 'srm', 'inherited', 'inherit', 'inherits', 'auditor', 'auditors', 'audit', 'iso', 'soc', 'soc2', 'matrix', 'register', 'framework']);

/** Words that ask about the whole of a control rather than one side of it. */
const wholeWords = new Set([
  'family', 'families', 'overall', 'whole', 'entire', 'entirety', 'holistically', 'altogether', 'classified', 'classify', 'classifies', 'classification',
  'categorized', 'categorised', 'categorize', 'categorise', 'general', 'generally', 'split', 'both', 'layers', 'program', 'programme', 'estate',
  'complete',
]);

/** Nouns of AWS's side of a control: its infrastructure. */
const awsSide = new Set(['infrastructure', 'infra', 'hypervisor', 'hypervisors', 'hardware', 'devices', 'underlying', 'datacenter', 'datacenters', 'facilities']);
/** Nouns of the customer's side: what it runs. */
const customerSide = new Set(['guest', 'os', 'ubuntu', 'linux', 'windows', 'debian', 'rhel', 'centos', 'rocky', 'almalinux', 'suse', 'al2', 'al2023', 'apps', 'app', 'applications', 'application', 'jvm', 'dbs', 'databases', 'database', 'instances', 'servers', 'code', 'software', 'workloads', 'containers']);

/** AWS's side and the customer's side of one service, listed together ("the db HOST config AND our PARAMETER groups"). */
const awsListed = new Set([...awsSide, 'host', 'hosts']);
const customerListed = new Set([...customerSide, 'parameter', 'parameters', 'libs', 'libraries', 'dependencies', 'configs', 'settings', 'image', 'images', 'ami', 'amis']);
function listsBothSides(tokens: readonly string[]): boolean {
  const a = tokens.findIndex((t) => awsListed.has(t));
  const c = tokens.findIndex((t) => customerListed.has(t));
  if (a < 0 || c < 0) return false;
  const between = tokens.slice(Math.min(a, c) + 1, Math.max(a, c));
  return between.includes('and') || between.includes('plus');
}

/** Words that make a side's noun theirs ("AWS'S hardware", "OUR ubuntu servers"). */
const awsOwners = new Set(['aws', 'awss', 'amazon', 'amazons', 'their']);
const customerOwners = new Set(['our', 'my', 'ours', 'we', 'customer', 'customers']);
/** Either side's people and sites ("aws's data CENTERS", "our STAFF"). */
const people = new Set([
  'staff', 'employees', 'engineers', 'folks', 'people', 'personnel', 'workforce', 'team', 'teams', 'analysts', 'developers', 'devs', 'users', 'contractors',
  'admins', 'operators', 'managers', 'clinicians', 'nurses', 'doctors', 'scientists', 'hires', 'center', 'centers', 'centre', 'centres',
]);
/** Whether the words name one side's systems as that side's ("aws's data centers", "our instances"). */
function namesOneSide(tokens: readonly string[]): boolean {
  const ownedBy = (i: number, owners: ReadonlySet<string>): boolean => tokens.slice(Math.max(0, i - 3), i).some((t) => owners.has(t));
  return tokens.some((t, i) => ((awsListed.has(t) || people.has(t)) && ownedBy(i, awsOwners)) || ((customerListed.has(t) || people.has(t)) && ownedBy(i, customerOwners)));
}

/** Words before "own" that name one side ("aws's own", "our own"). */
const ownSides = new Set(['aws', 'amazon', 'amazons', 'their', 'our', 'my']);

/** Whether the words say "the whole of it": a word for the whole, "or both", "one owner". */
function saysWhole(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => wholeWords.has(t) || ((t === 'one' || t === 'single') && tokens[i + 1] === 'owner') || stackSpan(tokens, i)) || asksControlAsSuch(tokens);
}
/** The whole stack as a span: "END TO END", "from the hypervisor ALL THE WAY UP to our jvm". */
function stackSpan(tokens: readonly string[], i: number): boolean {
  const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  // ("FROM THE HYPERVISOR TO the windows guest to the app": from AWS's bottom layer up)
  const from = a === 'from' ? (b === 'the' ? i + 2 : i + 1) : -1;
  const fromBottom = from > 0 && bottomLayers.has(tokens[from] ?? '') && tokens.slice(from + 1, from + 3).includes('to');
  return (a === 'end' && b === 'to' && c === 'end') || (a === 'all' && b === 'the' && c === 'way' && (tokens[i + 3] === 'up' || tokens[i + 3] === 'down')) || fromBottom;
}
/** The layers at the bottom of the stack, AWS's, that a span of all of it starts from. */
const bottomLayers = new Set(['hypervisor', 'hardware', 'metal', 'silicon', 'host', 'infrastructure', 'infra', 'datacenter', 'bottom']);

/** The control itself is what is asked ("who owns THAT CONTROL", "the OWNER COLUMN"), not a "control plane". */
function asksControlAsSuch(tokens: readonly string[]): boolean {
  const text = controlsText(tokens);
  return controlAsSuch.some((w) => text.includes(` ${w} `));
}

/** Things named with "control" that are no control of the model ("the eks CONTROL PLANE", "CONTROL TOWER"). */
const notControls = new Set(['plane', 'planes', 'tower', 'panel', 'panels']);
/**
 * Nouns "control" qualifies in an auditor's words, which name the paperwork, not a control asked about as such:
 * "THE CONTROL MATRIX for the Type II", "who is THE CONTROL OWNER for patching the guest os on ec2".
 */
const controlPaperwork = new Set(['matrix', 'owner', 'owners', 'ownership', 'register', 'objective', 'objectives', 'framework', 'mapping', 'mappings', 'narrative', 'narratives', 'description', 'descriptions', 'testing', 'test', 'tests', 'evidence', 'library', 'catalog', 'catalogue', 'inventory', 'id', 'ids', 'number', 'reference', 'environment', 'activity', 'activities']);
/**
 * The words as text, "control plane" and the like made one word, so that "the control plane" is not "the control"
 * (nor "the control matrix" or "the control owner").
 */
function controlsText(tokens: readonly string[]): string {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    const next = tokens[i + 1] ?? '';
    if (t === 'control' && (notControls.has(next) || controlPaperwork.has(next))) {
      words.push(`control${next}`);
      i++;
    } else words.push(t);
  }
  return ` ${words.join(' ')} `;
}
/** Words that speak of controls and audits, "control" not as part of a "control plane". */
function speaksOfControls(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => controlWords.has(t) && !(t === 'control' && notControls.has(tokens[i + 1] ?? '')));
}

/** The control itself as what is asked ("who owns THAT CONTROL", "the OWNER COLUMN", "is the control STILL SHARED"). */
const controlAsSuch = ['that control', 'this control', 'the control', 'a control', 'whose control', 'that row', 'this row', 'the row', 'owner column', 'owner field', 'owner cell', 'what do i put', 'what should i put', 'what to put', 'what do i write', 'what should i write', 'still shared'];

/** The premise says what AWS does and what the customer does, and the last sentence only asks who owns it ("so whose is it?"). */
export function bothPartiesThenOwner(p: { tokens: readonly string[]; breaks: ReadonlySet<number> }): boolean {
  const parties = partyClauses(p);
  return parties !== null && askedTerms(p, parties.asked).length === 0;
}

/** Whether the words ask about a shared control as a whole: they say so, or name both sides' systems. */
export function asksWholeControl(tokens: readonly string[]): boolean {
  const text = ` ${tokens.join(' ')} `;
  return saysWhole(tokens) || bothSidesNamed(tokens) || listsBothSides(tokens) || asksIfShared.test(text) || oneSideOrTheOther.test(text);
}
/** One side offered against the other, as what is asked: "config management — AWS SIDE OR OURS?", "our part or aws's part". */
const oneSideOrTheOther = / (?:aws|amazon) (?:side|part|half) or (?:ours|our side|our part|our half|us|the customer s?) | (?:our|the customer s?) (?:side|part|half) or (?:aws|amazon) /;
/** Asking whether it counts as shared, against one side: "is that A SHARED THING OR is it on us entirely", "does aws count that AS SHARED OR purely ours". */
const asksIfShared = / (?:a|as) shared(?: thing| one| control| responsibility| duty)? or /;
function bothSidesNamed(tokens: readonly string[]): boolean {
  // ("host to app", "hardware to application": from AWS's layer to the customer's)
  if (tokens.some((t, i) => awsListed.has(t) && tokens[i + 1] === 'to' && customerSide.has(tokens[i + 2] ?? ''))) return true;
  const aws = tokens.findIndex((t) => awsSide.has(t));
  // ("from the HYPERVISOR all the way up to OUR wordpress plugins": AWS's side, then the customer's own thing)
  const upToOurs = (): boolean => stackSpan(tokens, tokens.indexOf('all')) && tokens.some((t, i) => i > aws && t === 'our' && tokens[i - 1] === 'to');
  return aws >= 0 && (tokens.some((t) => customerSide.has(t)) || upToOurs());
}

/** Words of asking which side owns a control, beside its name. */
const controlAskingTerms = new Set(termsOfWords(['side', 'sides', 'party', 'control', 'controls', 'operates', 'operate', 'operated']).map((t) => t.term));
/** What the question asks, from its last question word on, names nothing but the control ("… - which side owns it?"). */
function asksOnlyControl(p: ParsedQuestion, name: string): boolean {
  const at = p.tokens.findLastIndex((t) => t === 'who' || t === 'whose' || t === 'which' || t === 'whom');
  if (at < 0) return false;
  const own = new Set(termsOfWords(name.split(' ')).map((t) => t.term));
  return askedTerms(p, at + 1).every((t) => own.has(t) || controlAskingTerms.has(t));
}

/** The shared control (its duty id) the question asks about, or null. */
export function sharedControl(p: ParsedQuestion): string | null {
  // ("who trains aws's OWN engineers", "our own staff": one side's part of the control, not the control; unless the
  // control as such is asked: "our analysts vs aws's own staff: how is THAT CONTROL owned")
  if (p.tokens.some((w, i) => w === 'own' && ownSides.has(p.tokens[i - 1] ?? '')) && !saysWhole(p.tokens)) return null;
  const text = ` ${p.tokens.join(' ')} `;
  const named = byNameLength.find((c) => text.includes(` ${c.name} `));
  if (!named) return null;
  const oneWord = !named.name.includes(' ');
  // (a generic noun beside a service named by name is that service's thing, no second service: "gamelift fleets … the
  // fleet INSTANCES")
  const services = servicesNamed(p.serviceHits);
  // (the frame counts: "for the control matrix, configuration management — AWS or us?")
  // (the frame's words, and the question's own where "control" is no control plane)
  const frameSpeaks = [...p.framed].some((t) => controlWords.has(t) && !(t === 'control' && p.tokens.includes('control'))) || speaksOfControls(p.tokens);
  // (with one service named, only when what is asked names nothing beyond the control: "patch management control for our
  // ec2-based reporting tier - which side owns it", not "the A.8.8 vulnerability management control: who applies the
  // runtime patches to those lambda functions")
  if (!oneWord && (services.size >= 2 || (frameSpeaks && (services.size === 0 || asksOnlyControl(p, named.name))))) return named.duty;
  // ("configuration management for the ec2 fleet: aws says it's SHARED?", "patch management AS A CONTROL across our ec2
  // stack"): the control's own name, spoken of as the model's control, for one service too
  // (or concluded from what each side does: "config mgmt on aurora: aws sets up the storage, we tune the parameter
  // group. who owns config mgmt")
  // (where AWS runs the database too, "database engine and underlying OS" are both AWS's: DynamoDB, Lambda)
  const abstracted = services.size === 1 && p.service?.model === 'abstracted';
  if (!oneWord && (p.tokens.includes('shared') || asksControlAsSuch(p.tokens) || concludesFromBothSides(p) || (listsBothSides(p.tokens) && !abstracted))) return named.duty;
  // ("patching for our ec2 fleet and the hosts under it: the AUDITOR wants A SINGLE OWNER", "who patches the hypervisor
  // and who patches the rocky linux on the nodes? the WHOLE picture"): the whole, for an audit or of both sides
  // (not a bare verb for one part of a service that is AWS's alone: "the eks control plane: patching, ha, replacing
  // unhealthy instances. which party owns that control?" asks about the control plane)
  const awsPart = oneWord && p.tokens.some((t, i) => t === 'control' && (p.tokens[i + 1] === 'plane' || p.tokens[i + 1] === 'planes'));
  if (services.size === 1 && !awsPart && saysWhole(p.tokens) && (speaksOfControls(p.tokens) || bothSidesNamed(p.tokens))) return named.duty;
  // ("config management for our rds: aws configures the db hosts, we do param groups. so whose is it?", "fargate
  // patching: aws does the platform, we do our images. one line item in the matrix - owner?"): what each side does,
  // then who owns it, nothing more
  const parties = services.size === 1 ? partyClauses(p) : null;
  const askedNamesIt = parties !== null && ` ${p.tokens.slice(parties.asked).join(' ')} `.includes(` ${named.name} `);
  if (parties && (askedTerms(p, parties.asked).length === 0 || askedNamesIt) && (!oneWord || speaksOfControls(p.tokens))) return named.duty;
  // ("configuration management - who owns it now that we're moving the dc to aws", "security awareness & training: aws or
  // us?"): the control's own name with no service and neither side's systems named is the control
  if (!oneWord && services.size === 0 && !namesOneSide(p.tokens)) return named.duty;
  // ("we have ec2 + rds + lambda: patching overall, aws or us?": across several services, as a whole)
  // (with services named, only words for the whole count: "the underlying hosts of our docdb cluster" is DocumentDB's)
  return (services.size === 0 && asksWholeControl(p.tokens)) || (services.size >= 2 && !awsPart && saysWhole(p.tokens)) ? named.duty : null;
}

/**
 * IT controls: "the management, operation and verification of IT controls" is shared (the Shared Responsibility
 * Model page), and each service's "Configuration and vulnerability analysis" page says "Configuration and IT controls
 * are a shared responsibility between AWS and you". Read where "IT" is written so, or after words that make it a
 * noun ("config n it controls", "the it controls"), not in "it controls who can read" (a pronoun); and where a control
 * matrix names that page's topic ("Rekognition | Configuration and vulnerability analysis", "config & vuln analysis").
 */
const itWritten = /\bIT (?:general )?controls?\b|\bITGCs?\b/;
// (shortened as people type it: "config & vuln analysis", "config n vuln analysis")
const matrixTopic = /\bconfig(?:uration)?\s+(?:and|&|n|\+|\/)\s+vuln(?:erability)?\s+analysis\b|\bvuln(?:erability)? analysis (?:and|&) (?:management|mgmt)\b/i;
const itAsNoun = /\b(?:the|our|their|config(?:uration)?|and|n|&)\s+it\s+(?:general\s+)?controls?\b|\bitgcs?\b/i;

/** The model's IT controls duty the question asks about (with a service named, its configuration and IT controls), or null. */
export function itControlsDuty(question: string, p: ParsedQuestion): string | null {
  if (!itWritten.test(question) && !itAsNoun.test(question) && !matrixTopic.test(question)) return null;
  if (p.serviceHits.length === 0) return 'general-it-controls-shared';
  // (a service with a duty of its own for them: "configuration and IT controls for our gamelift fleets")
  const own = p.service ? listDuties().find((d) => d.services.includes(p.service?.id ?? '') && d.phrases.some((ph) => itAsNoun.test(ph) || /^it controls\b/.test(ph))) : undefined;
  return own?.id ?? 'general-configuration-vulnerability-analysis';
}
