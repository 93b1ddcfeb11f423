import type { Condition, Duty } from './duty-model.js';
import { inServiceName } from './matcher.js';
import { failingResultAt } from './pasted-check.js';
import { asksWholeControl, bothPartiesThenOwner } from './shared-control.js';
import { concludesFromBothSides } from './whole.js';
import { settingTermWeight, settingTerms, settingTermsOfWords } from './terms.js';

/** The setting a question states for a duty, and the words that stated it. */
export interface StatedCondition {
  condition: Condition;
  cue: string;
}

/** The words of a question, and where the service names are in them. */
export interface QuestionWords {
  tokens: readonly string[];
  serviceHits: readonly { start: number; end: number }[];
  /** A compliance check the question pastes and a resource fails (pasted-check.ts), if any. */
  pastedCheck?: string | null;
  /** Where its sentences start (matcher.ts), when read. */
  breaks?: ReadonlySet<number>;
  /** Another cloud's product the question names (matcher.ts), when read: its words state no setting of AWS's. */
  foreign?: string | null;
}

/**
 * The indexes of the product's words of another cloud's product name (`phrase`) where it occurs in `tokens`: every
 * word after its first. The vendor's own name may state a setting ("built FROM GITHUB", "OKTA as the identity source").
 */
function productWordIndexes(tokens: readonly string[], phrase: string): number[] {
  const words = phrase.split(' ');
  const at: number[] = [];
  for (let i = 0; i + words.length <= tokens.length; i++) if (words.every((w, j) => tokens[i + j] === w)) at.push(...words.slice(1).map((_, j) => i + j + 1));
  return at;
}

const cueTerms = new Map<string, string[][]>();
/** Terms (after stemming) that state a negative setting. */
const negations = new Set(['off', 'no', 'not', 'without', 'never', 'none', 'zero', '0', 'disabl', 'opt', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wont', 'cant', 'stop']);
/** Terms that, right before a cue, say the question is NOT in that setting: "a provisioned cluster (not serverless)", "instead of our own asg". */
const negatingPrefix = new Set(['not', 'non', 'instead', 'rather', 'than', 'unlike']);
/**
 * A word that says the question is NOT in the setting named within the next few words ("plaintext UNLESS we attach a kms
 * key"), or only tried it ("terraform TRIED to enable key rotation on the aws/dynamodb key and it errors"), as terms.
 */
const unlessWords = new Set(['unless', 'until', 'without', 'tri', 'try', 'attempt']);
/**
 * Words that deny a setting a few words before it ("we NEVER attached a kms key", "NONE of our log groups have a
 * kms key"): the setting is not stated, so AWS's default holds (only for a duty that has a default; elsewhere "no
 * memory metric" names the topic, not a setting).
 */
const deniedWords = new Set([...unlessWords, 'never', 'none', 'no', 'didnt', 'dont', 'doesnt', 'havent', 'hasnt']);
const unlessReach = 3;
/** How many other words may stand between two words of a cue ("managed updates are turned off" for "managed updates off"). */
const maxGap = 1;

const wordTerms = new Map<string, ReadonlySet<string>>();
/** The setting terms of one word. */
function termsOfWord(word: string): ReadonlySet<string> {
  let terms = wordTerms.get(word);
  if (!terms) {
    terms = new Set(settingTermsOfWords([word]));
    wordTerms.set(word, terms);
  }
  return terms;
}

/** A word that stands in a reading for a word of a service's name that states nothing: no cue has it. */
const opaqueWord = 'servicenameword';
const cueWords = new Map<string, ReadonlySet<string>>();
/** The words a cue is written with. */
function cueWordsOf(cue: string): ReadonlySet<string> {
  let words = cueWords.get(cue);
  if (!words) {
    words = new Set(cue.split(/[^a-z0-9]+/));
    cueWords.set(cue, words);
  }
  return words;
}

/** A cue's parts as term lists: "sql server + cev" must have every part somewhere in the question. */
function partsOf(cue: string): string[][] {
  let parts = cueTerms.get(cue);
  if (!parts) {
    parts = cue
      .split('+')
      .map((part) => settingTerms(part))
      .filter((p) => p.length > 0);
    cueTerms.set(cue, parts);
  }
  return parts;
}

/** find's answer for a phrase not found, one object for every search (its readers only read it). */
const notFound: { readonly at: number; readonly gaps: number } = { at: -1, gaps: 0 };

/**
 * Where `phrase` occurs in `text` in order with small gaps (and how many words those gaps skip), or -1; an
 * affirmative phrase right after a negating word does not count.
 */
function find(text: readonly string[], phrase: readonly string[], denials: ReadonlySet<string> = unlessWords): { at: number; gaps: number } {
  const affirmative = !phrase.some((t) => negations.has(t));
  for (let start = 0; start < text.length; start++) {
    if (text[start] !== phrase[0]) continue;
    if (affirmative && start > 0 && negatingPrefix.has(text[start - 1] ?? '')) continue;
    if (affirmative && text.slice(Math.max(0, start - unlessReach), start).some((t) => denials.has(t))) continue;
    // ("we did NOT SET AutoPatchConfig", read "not disabl auto patch config": the setting after it was never made)
    if (affirmative && text[start - 1] === 'disabl' && negations.has(text[start - 2] ?? '')) continue;
    let at = start;
    let ok = true;
    for (let j = 1; j < phrase.length && ok; j++) {
      let next = -1;
      for (let k = at + 1; k <= at + 1 + maxGap && k < text.length; k++) {
        if (text[k] === phrase[j]) {
          next = k;
          break;
        }
        // ("on fargate instead of ec2" read without the service: "on instead ec2" is not "on ec2")
        // (nor a negation inside it: "automatic key rotation ISN'T enabled" is no "automatic rotation enabled")
        if (affirmative && (negatingPrefix.has(text[k] ?? '') || negations.has(text[k] ?? ''))) break;
      }
      if (next < 0) ok = false;
      else at = next;
    }
    // ("auto patching NOT ENABLED on the instance groups", "rotation DISABLED": the setting, said to be off)
    if (ok && affirmative && deniedAfter(text, at)) continue;
    // ("who rotates the aws managed key? CAN WE even turn that off": whether it can be off states no setting)
    if (ok && !affirmative && text.slice(Math.max(0, start - unlessReach), at).includes('can')) continue;
    if (ok) return { at: start, gaps: at - start + 1 - phrase.length };
  }
  return notFound;
}

/**
 * True when the words right after a setting say it is off: "auto patching DISABLED", "rotation OFF", "NOT ENABLED"
 * (settingTerms reads "not enabled", "isn't configured" as "not disabled").
 */
function deniedAfter(text: readonly string[], end: number): boolean {
  const next = text[end + 1] ?? '';
  return next === 'disabl' || next === 'off' || (negations.has(next) && text[end + 2] === 'disabl');
}

/** Verbs of a change from one setting to another ("we SWITCHED from aws managed keys to a cmk"). */
const changeVerbs = new Set(['switch', 'switches', 'switched', 'switching', 'moves', 'changes', 'migrates', 'swaps', 'flips', 'converts', 'moved', 'move', 'moving', 'migrated', 'migrate', 'migrating', 'changed', 'change', 'went', 'converted', 'convert', 'upgraded', 'swapped', 'swap', 'flipped', 'flip', 'transitioned']);
/** How far "to" may follow "from" for the words between to be the setting left. */
const fromToReach = 6;

/**
 * The positions of a setting the question says it moved away from: the words from a verb of change to the "to"
 * after its "from" ("we switched the ebs default key FROM AWS/EBS TO a customer managed key" is in the second
 * setting, not the first).
 */
function leftSetting(tokens: readonly string[]): Set<number> {
  const left = new Set<number>();
  const verbAt = tokens.findIndex((t) => changeVerbs.has(t));
  if (verbAt < 0) return left;
  for (let i = verbAt + 1; i < tokens.length; i++) {
    if (tokens[i] !== 'from') continue;
    if (i - verbAt > fromToReach) break;
    const to = tokens.slice(i + 1, i + 1 + fromToReach).indexOf('to');
    if (to < 1) continue;
    // what was changed and what it was ("switched THE EBS DEFAULT KEY from AWS/EBS to …")
    for (let j = verbAt + 1; j <= i + to; j++) left.add(j);
    break;
  }
  return left;
}

/** The question's words from `from` to `to` (its end by default), read on their own: its service names moved with them. */
function wordsOf(question: QuestionWords, from: number, to = question.tokens.length): QuestionWords {
  return { tokens: question.tokens.slice(from, to), serviceHits: question.serviceHits.map((h) => ({ start: h.start - from, end: h.end - from })) };
}

/** Words that start a doubt about what the asker must do: "do we (still) have to", "should we", "do we need to". */
function doubtStart(tokens: readonly string[]): number {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, b, c, d] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if ((a === 'do' || a === 'does') && (b === 'we' || b === 'i') && ((c === 'still' && (d === 'have' || d === 'need')) || c === 'have' || c === 'need')) return i;
    if ((a === 'should' || a === 'must') && (b === 'we' || b === 'i')) return i;
  }
  return -1;
}

/** Words naming the customer as a party: "we", "our", an auditor's "the client". */
const customerParty = new Set(['we', 'our', 'us', 'ours', 'client', 'clients']);

/**
 * Whether the words (setting terms: "versus" is "versu") set the settings found at `a` and `b` side by side:
 * "critical updates VS the self-service ones", "SOME optional, SOME required", "BOTH the serverless and the
 * node-based caches".
 */
function sideBySide(text: readonly string[], a: number, b: number): boolean {
  const [first, second] = a < b ? [a, b] : [b, a];
  const between = text.slice(first + 1, second);
  const before = text.slice(0, first);
  return between.includes('vs') || between.includes('versu') || (between.includes('some') && before.includes('some')) || (before.includes('both') && between.includes('and'));
}

/** "who rotates the aws managed keys": the asked verb's object lies within this many words from "who". */
const askedObjectReach = 6;

/** How much a cue's match weighs: its terms (a term that stands for several words as those words), a negative cue more. */
function cueWeight(parts: readonly (readonly string[])[]): number {
  return parts.reduce((n, part) => n + part.reduce((m, t) => m + settingTermWeight(t), 0), 0) + (parts.some((part) => part.some((t) => negations.has(t))) ? 10 : 0);
}

/**
 * The condition of `duty` the question's words state: the one with the longest matching cue (a negative
 * cue — "off", "disabled", "without" — outweighing an affirmative one). The question is read with and
 * without the service's name ("self managed eks nodes" states "self managed nodes"). When cues of
 * conditions with different owners match equally well, the one the question names first wins: "our
 * customer managed key rotates itself like the AWS managed ones" is about the customer managed key.
 */
export function statedCondition(duty: Duty, question: QuestionWords): StatedCondition | null {
  if (duty.conditions.length === 0) return null;
  const reading = readingOf(question);
  let stated = reading.stated.get(duty);
  if (stated === undefined) {
    stated = statedConditionOf(duty, reading);
    reading.stated.set(duty, stated);
  }
  return stated;
}

/**
 * What statedCondition reads of a question whatever the duty, read once per question (an answer asks it of several
 * duties, and of some more than once): the words of the question the settings are read from, the readings of them,
 * the parts of the question it reads on their own, and each duty's stated condition already found.
 */
interface QuestionReading {
  question: QuestionWords;
  // (the question's fields as read: a question whose fields change is read again)
  tokens: readonly string[];
  serviceHits: readonly { start: number; end: number }[];
  pastedCheck: string | null | undefined;
  breaks: ReadonlySet<number> | undefined;
  foreign: string | null | undefined;
  kept: (i: number) => boolean;
  inName: (i: number) => boolean;
  readings: string[][] | null;
  nameTerms: [string, ReadonlySet<string>][] | null;
  asWritten: Map<string, string[]>;
  asWhole: boolean | undefined;
  bothParties: boolean | undefined;
  parts: Map<string, QuestionWords>;
  stated: Map<Duty, StatedCondition | null>;
}
const questionReadings = new WeakMap<QuestionWords, QuestionReading>();

function readingOf(question: QuestionWords): QuestionReading {
  const known = questionReadings.get(question);
  if (
    known &&
    known.tokens === question.tokens &&
    known.serviceHits === question.serviceHits &&
    known.pastedCheck === question.pastedCheck &&
    known.breaks === question.breaks &&
    known.foreign === question.foreign
  )
    return known;
  const inName = (i: number): boolean => inServiceName(question, i);
  const left = leftSetting(question.tokens);
  // (nor do the words of another cloud's product: "azure FUNCTIONS patched silently; our lambdas are on auto" states no
  // "function update" mode)
  if (question.foreign) for (const i of productWordIndexes(question.tokens, question.foreign)) left.add(i);
  const kept = (i: number): boolean => !left.has(i);
  const reading: QuestionReading = {
    question,
    tokens: question.tokens,
    serviceHits: question.serviceHits,
    pastedCheck: question.pastedCheck,
    breaks: question.breaks,
    foreign: question.foreign,
    kept,
    inName,
    readings: null,
    nameTerms: null,
    asWritten: new Map(),
    asWhole: undefined,
    bothParties: undefined,
    parts: new Map(),
    stated: new Map(),
  };
  questionReadings.set(question, reading);
  return reading;
}

/** The question's words from `from` to `to` (its end by default) as wordsOf reads them, the same object each time for one question. */
function partOf(reading: QuestionReading, from: number, to = reading.tokens.length): QuestionWords {
  const key = `${from} ${to}`;
  let part = reading.parts.get(key);
  if (!part) {
    part = wordsOf(reading.question, from, to);
    reading.parts.set(key, part);
  }
  return part;
}

function statedConditionOf(duty: Duty, asRead: QuestionReading): StatedCondition | null {
  const question = asRead.question;
  if (question.pastedCheck) {
    // A check the resource fails is put right in the customer's own configuration, whatever AWS does once it is set,
    // unless the words after the check's title state a setting ("SQS.1 … should be encrypted at rest — the queue uses
    // SSE-SQS. who manages those keys?"); the title's own words ("automatic minor version upgrades SHOULD…") are no setting.
    const end = question.tokens.findIndex((t, i) => t === 'should' || failingResultAt(question.tokens, i));
    const after = end < 0 ? null : statedCondition(duty, partOf(asRead, end + 1));
    const fix = duty.conditions.find((c) => c.owner === 'customer');
    if (after) return after;
    if (fix) return { condition: fix, cue: question.pastedCheck };
  }
  const { inName, kept } = asRead;
  const readings = (asRead.readings ??= [settingTermsOfWords(question.tokens.filter((_, i) => kept(i))), settingTermsOfWords(question.tokens.filter((_, i) => kept(i) && !inName(i)))]);
  // (read with the service's name, a word of a name states a setting only as itself: "secrets MANAGER rotation for the
  // aurora creds" states no "MANAGED rotation by aurora", whose word shares the stem)
  const nameTerms = (asRead.nameTerms ??= [...new Set(question.tokens.filter((_, i) => kept(i) && inName(i)))].map((t): [string, ReadonlySet<string>] => [t, termsOfWord(t)]));
  const asWritten = asRead.asWritten;
  const readingsFor = (cue: string, parts: readonly (readonly string[])[]): string[][] => {
    if (nameTerms.length === 0) return readings;
    const written = cueWordsOf(cue);
    const unlike = nameTerms.filter(([t, terms]) => !written.has(t) && parts.some((part) => part.some((x) => terms.has(x)))).map(([t]) => t);
    if (unlike.length === 0) return readings;
    const key = unlike.join(' ');
    let reading = asWritten.get(key);
    if (!reading) {
      reading = settingTermsOfWords(question.tokens.flatMap((t, i) => (!kept(i) ? [] : inName(i) && unlike.includes(t) ? [opaqueWord] : [t])));
      asWritten.set(key, reading);
    }
    return [reading, readings[1]!];
  };
  type Match = { condition: Condition; cue: string; weight: number; at: number; gaps: number; text: readonly string[] };
  let best: Match | null = null;
  /** Each condition's first match, for a narrower condition's (below). */
  const matched = new Map<Condition, Match>();
  const hasDefault = duty.conditions.some((c) => c.default);
  const owners = new Set<string>();
  for (const condition of duty.conditions) {
    const denials = hasDefault && !condition.default ? deniedWords : unlessWords;
    for (const cue of condition.cues) {
      const parts = partsOf(cue);
      if (parts.length === 0) continue;
      for (const text of readingsFor(cue, parts)) {
        const found = parts.map((part) => find(text, part, denials));
        if (found.some((f) => f.at < 0)) continue;
        const at = Math.min(...found.map((f) => f.at));
        // (of cues that weigh the same, one found word for word beats one with words between: "functions, runtime
        // update mode left on auto" states auto, not "function update mode")
        const gaps = found.reduce((n, f) => n + f.gaps, 0);
        // A term that stands for a name of several words ("customer managed key" -> cmk) weighs as those words.
        const weight = cueWeight(parts);
        owners.add(condition.owner);
        if (!matched.has(condition)) matched.set(condition, { condition, cue, weight, at, gaps, text });
        if (!best || weight > best.weight || (weight === best.weight && (gaps < best.gaps || (gaps === best.gaps && at < best.at)))) best = { condition, cue, weight, at, gaps, text };
      }
    }
  }
  // A condition that narrows the best one, and whose cues the question states too ("Function update runtime update
  // mode" → "…, and the function is not updated"), is the setting the question describes.
  const narrower = best ? [...matched.values()].find((m) => m.condition.when.startsWith(`${best?.condition.when ?? ''}, `)) : undefined;
  if (narrower) best = narrower;

  // A shared control whose sides are its conditions ("AWS's infrastructure devices" / "your guest OS"): a question
  // stating both sides ("AWS configures its devices and we configure our guest OS; how do I classify it?") asks
  // about the whole.
  // (an auditor names the customer as "the client": "AWS trains its people, the CLIENT trains theirs")
  const bothParties = (): boolean => (asRead.bothParties ??= question.tokens.some((t) => t === 'aws' || t === 'amazon') && question.tokens.some((t) => customerParty.has(t)));
  // So does one about the control as a whole ("CM-6 as a family", "the control overall", "how is the control
  // classified", "… AWS's, ours, OR BOTH?", "one owner or split"), or naming both sides' systems ("aws infra devices and
  // our dbs"), whichever side it mentions (shared-control.ts).
  // (or concluding from what each side does: "aws sets up the storage, we tune the parameter group. who owns config mgmt")
  const asWhole = (): boolean => {
    if (asRead.asWhole === undefined) {
      const read = question.breaks !== undefined ? { tokens: question.tokens, breaks: question.breaks } : undefined;
      asRead.asWhole = asksWholeControl(question.tokens) || (read !== undefined && (concludesFromBothSides(read) || bothPartiesThenOwner(read)));
    }
    return asRead.asWhole;
  };
  if (!hasDefault && duty.owner === 'shared' && duty.services.length === 0 && ((owners.size > 1 && bothParties()) || asWhole())) return null;
  // Settings with different owners set side by side as what is asked ("critical updates VS the self-service ones", "SOME
  // optional, SOME required: whose job is it?") state none of them: the answer lists each setting's owner.
  const sides = [...matched.values()];
  // (unless a condition names both together: "OS updates as a whole (optional and required ones together)")
  const bothNamed = best?.condition.owner === 'shared';
  if (!bothNamed && sides.some((a) => sides.some((b) => a.condition.owner !== b.condition.owner && a.text === b.text && sideBySide(a.text, a.at, b.at)))) return null;
  // A setting only doubted ("… now — DO WE STILL HAVE TO do the self-service update dance?") is not stated when the
  // words before the doubt state another ("we switched to elasticache serverless").
  const doubtAt = best ? doubtStart(question.tokens) : -1;
  if (best && doubtAt > 0) {
    const before = statedCondition(duty, partOf(asRead, 0, doubtAt));
    if (before && before.condition.owner !== best.condition.owner) return before;
  }
  // The setting the asked clause names as what it asks about, when the words before it state another (and weigh no
  // more): "terraform tried to enable key rotation on it and it errors. who rotates THE AWS MANAGED KEYS then" asks
  // about AWS managed keys. (Only as the asked verb's object, "who <verb> the <setting>": "who moves them to the latest
  // runtime version" after "we set the mode to Manual" asks about the Manual functions.)
  const askedAt = best && owners.size > 1 ? question.tokens.lastIndexOf('who') : -1;
  if (best && askedAt > best.at) {
    const asked = statedCondition(duty, partOf(asRead, askedAt, askedAt + askedObjectReach));
    if (asked && asked.condition.owner !== best.condition.owner && cueWeight(partsOf(asked.cue)) >= best.weight) return asked;
  }
  return best ? { condition: best.condition, cue: best.cue } : null;
}
