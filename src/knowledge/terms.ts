import { stemmer } from 'stemmer';
import { normalize } from './text.js';

/**
 * Index terms for ranking duties: the same processing for documents and
 * questions, so "patching the operating systems" and "patch the OS" meet on
 * `patch os`. Phrase rewrites first (spellings of one thing), then words that
 * carry no meaning for ranking are dropped, then each word is stemmed
 * (Porter) and mapped to its canonical stem.
 */

/** Spellings of one thing, rewritten before tokenising (on normalised text, word boundaries). */
/** Each rewrite: what it replaces, with what, and (optionally) what the whole text must hold for it to apply. */
const rewrites: [RegExp, string, RegExp?][] = [
  // The model's two halves differ only by a preposition: keep them apart.
  [/\bsecurity of the cloud\b/g, 'securityofthecloud'],
  [/\bsecurity in the cloud\b/g, 'securityinthecloud'],
  [/\boperating systems?\b/g, 'os'],
  // An OS named by its family is the OS ("patch the linux underneath").
  [/\b(linux|ubuntu|rhel|debian|centos|windows server)\b(?! (?:amis?|images?|2|2023|os)\b)/g, '$1 os'],
  [/\bdata ?bases?\b|\bdbs?\b/g, 'database'],
  [/\bback(?:ing|s|ed)? (?:(?:them|it|this|that|those|these|everything|things|stuff|data) )?up\b/g, 'backup'],
  [/\bfail(?:s|ing|ed)? over\b/g, 'failover'],
  [/\bmulti ?az\b/g, 'multiaz'],
  [/\bcerts?\b/g, 'certificate'],
  [/\bk8s\b/g, 'kubernetes'],
  [/\bcreds\b/g, 'credentials'],
  // AWS's own people ("aws's own staff", "amazon employees"): "aws" alone says nothing, its staff are AWS's side.
  [/\b(?:aws|amazon)(?: own)? (?:staff|employees?|personnel|engineers|workforce|operators|people)\b/g, 'awsstaff'],
  // The customer's side of a shared control ("our side", "our half"): without its "our" it would be any side ("which side owns it").
  [/\b(?:our|my)(?: own)? (side|part|half)\b/g, 'our$1'],
  // The model's opening line: "security and compliance is a shared responsibility".
  [/\bsecurity (?:and|&) compliance\b/g, 'securityandcompliance'],
  [/\bdeps\b/g, 'dependencies'],
  [/\blibs\b/g, 'libraries'],
  [/\bpkgs\b/g, 'packages'],
  // "role" alone is a word about ownership ("whose role is it"), but an IAM role named by its use is not.
  [/\b(execution|job|task|service|lambda|assumed|cross account|admin|read only) roles?\b/g, '$1 iamrole'],
  [/\b(?:pw|pwd|passwd)\b/g, 'password'],
  [/\bsgs?\b/g, 'security group'],
  [/\bssl\b/g, 'tls'],
  [/\bvulns?\b/g, 'vulnerability'],
  [/\binfra\b/g, 'infrastructure'],
  [/\bmgmt\b/g, 'management'],
  [/\bpen ?test(?:s|ing|ed)?\b/g, 'penetration test'],
  [/\bmisconfig(?:s|ured|uration|urations)?\b/g, 'misconfiguration'],
  [/\bdbas?\b/g, 'database administrator'],
  [/\benv vars?\b/g, 'environment variable'],
  // ("the DCs of our managed AD": beside a directory, a DC is a domain controller)
  // (the directory anywhere in the text, tested once: as a look-around on each side it was ~2% of an answer)
  [/\bdcs?\b/g, 'domain controller', /\b(?:ad|active directory|directory service|gpos?|kerberos|ldap)\b/],
  [/\bdata (?:centre|center)s?\b|\bdatacent(?:er|re)s?\b|\bdcs?\b/g, 'datacenter'],
  [/\bhw\b/g, 'hardware'],
  [/\bsign(?:ing|s|ed)? (?:in|on)\b|\blog(?:ging|s|ged)? (?:in|on)\b/g, 'signin'],
  [/\bset(?:ting|s)? (?:(?:it|them|this|that|those|these) )?up\b/g, 'setup'],
  // What AWS has on without being asked is its default ("is it on out of the box", "does aws just have it on").
  [/\bout of the box\b|\b(?:aws|amazon) (?:just |already )?(?:ha(?:ve|s)|keeps?|leaves?) (?:it|them|this|that) on\b/g, 'default'],
  [/\bturn(?:ing|s|ed)? (?:(?:it|them|this|that) )?on\b|\bswitch(?:ing|es|ed)? (?:(?:it|them|this|that) )?on\b/g, 'enable'],
  [/\bturn(?:ing|s|ed)? (?:(?:it|them|this|that) )?off\b|\bswitch(?:ing|es|ed)? (?:(?:it|them|this|that) )?off\b/g, 'disable'],
  [/\bup to date\b/g, 'current'],
  [/\bnode groups?\b/g, 'nodegroup'],
  [/\bauto ?scaling\b/g, 'autoscaling'],
  [/\bpoint in time\b/g, 'pitr'],
  [/\bend of life\b|\beol\b/g, 'deprecation'],
  // Key types: "aws managed key" is not "who manages keys" once stemmed.
  [/\baws managed (?:kms )?keys?\b/g, 'awsmanagedkey'],
  [/\baws owned (?:kms )?keys?\b/g, 'awsownedkey'],
  [/\bcustomer managed (?:kms )?keys?\b|\bcmks?\b/g, 'cmk'],
  // DDoS layers: the numbers matter ("layer 3/4" is Shield Standard's, "layer 7" the application's).
  [/\b(?:layer ?7|l7)\b/g, 'layer7'],
  [/\b(?:layer ?3(?: (?:and|or) 4)?|layer ?4|l3|l4)\b/g, 'layer34'],
];

/**
 * Chat's fillers and abbreviations ("lol", "fwiw", "tbh"): no index terms here, and stopwords of the matcher
 * (lexicon.ts), one list for both.
 */
export const chatFillers: readonly string[] = `lol tbh fwiw imo imho afaik iirc iiuc btw idk fyi nvm asap ofc wdyt tho ya yep yup nope smh pls plz thx ty hmm hm obv obvs incl aka lmao lmfao rofl haha`.split(' ');

/** Words that say nothing about which duty is meant (question words, owning verbs, the parties). */
const noise = new Set(
  `a an the of for on in at to with by from and or but as into onto over under about than then so if
  who whom whose what which when where why how whether is are am was were be been being do does did doing done have has had having
  can could should would will shall may might must need needs ought
  i me my mine myself we us our ours ourselves you your yours yourselves it its itself they them their themselves this that these those there here
  aws amazon customer customers provider cloud responsible responsibility responsibilities accountable own owns owned owner owners ownership
  job duty duties task tasks role part side party parties
  really actually also any all each every some just even still already please tell know want wondering question ask
  like such other another more most much many very quite rather
  whose whoever everyone someone somebody anyone person people team teams company
  get gets got go goes going say says hey hi quick q ok okay right correct true yeah thanks thank
  one new basically just simply anyway now still already currently today take takes taking took
  need needed action actions anything nothing something stuff thing things problem problems sort
  supposed suppose think thought believe assume assumed heard told guess pretty sure surely definitely probably
  handle handles handled handling deal deals dealing care worry worried place via whom whose either split
  im dont doesnt isnt arent cant wont etc eg ie
  afaict ngl lmk um uh wait meant ${chatFillers.join(' ')}`.split(/\s+/).filter(Boolean),
);

/** Stems that name one concept (after stemming): the left is replaced by the right. */
const canonical: Record<string, string> = {
  updat: 'patch',
  fix: 'patch',
  hotfix: 'patch',
  decrypt: 'encrypt',
  recoveri: 'restor',
  recov: 'restor',
  wipe: 'sanit',
  shred: 'destroi',
  destruct: 'destroi',
  scalabl: 'scale',
  autosc: 'autoscal',
  administ: 'manag',
  administr: 'manag',
  maintain: 'mainten',
  watch: 'monitor',
  auditor: 'audit',
  privileg: 'permiss',
  config: 'configur',
  safeguard: 'protect',
  educ: 'train',
  deprovis: 'offboard',
  eras: 'delet',
  compli: 'complianc',
  compliant: 'complianc',
  auto: 'automat',
  activ: 'enabl',
  deactiv: 'disabl',
  doc: 'document',
};

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    const base = /\d/.test(word) ? word : stemmer(word);
    s = canonical[base] ?? base;
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

const rewritten = new Map<string, string>();
/**
 * Applies the phrase rewrites to normalised text. Remembered per text: an answer asks for the terms of the same words
 * many times (one word at a time in loops, its clauses, the whole question), and the 40 patterns over them were ~4% of it.
 */
export function rewrite(normalised: string): string {
  let text = rewritten.get(normalised);
  if (text === undefined) {
    text = normalised;
    for (const [re, to, when] of rewrites) if (!when || when.test(text)) text = text.replace(re, to);
    if (rewritten.size > 20_000) rewritten.clear();
    rewritten.set(normalised, text);
  }
  return text;
}

export interface Term {
  /** The index term (stem). */
  term: string;
  /** The word of the text it came from (after rewrites). */
  word: string;
}

/** Ranking terms of free text, with the word each came from. */
export function termsOf(text: string): readonly Term[] {
  return termsOfWords(rewrite(normalize(text)).split(' '));
}

/** Words that say nothing about a setting (cues keep "aws", "customer", "own", "with", "on", "off", "not"…). */
const settingNoise = new Set(
  `a an the of for in at to by from and or but as into onto over under about than then so if
  who whom whose what which when where why how whether is are am was were be been being do does did doing done have has had having
  can could should would will shall may might must i me my we us our ours you your yours it its they them their this that these those there here
  really actually also just please like such very quite hey hi ok okay right yeah`.split(/\s+/).filter(Boolean),
);

/**
 * A setting written as an API value ("AutoMinorVersionUpgrade is false") reads as "off" / "on"; "one" reads as
 * "single" (stemmed, "one" would be the setting word "on": "one instance" is not "running on instances").
 */
const settingValues: Record<string, string> = { false: 'off', true: 'on', one: 'single' };

function settingTermsOfList(words: readonly string[]): string[] {
  const out: string[] = [];
  const list = rewrite(words.join(' ')).split(' ');
  for (const [i, word] of list.entries()) {
    // ("CAN WE even turn that off?", "could i disable it": whether a setting is possible, which states none; kept as
    // "can", a word that says the question is not in the setting after it)
    if ((word === 'can' || word === 'could') && askers.has(list[i + 1] ?? '')) out.push('can');
    if (!word || settingNoise.has(word)) continue;
    const term = stem(settingValues[word] ?? word);
    // ("auto patching NOT ENABLED", "rotation ISN'T CONFIGURED": the setting off, as "disabled" says it; the denial kept,
    // "NEVER configured rotation" is "never rotated")
    const denied = denials.has(out.at(-1) ?? '');
    // ("auto patching NOT DISABLED": two denials make the setting on, as "enabled" says it)
    if (denied && term === 'disabl') out.splice(-1, 1, 'enabl');
    else out.push(denied && deniedStates.has(term) ? 'disabl' : term);
  }
  return out;
}
/** Who asks whether something can be done ("can WE", "could I"). */
const askers = new Set(['we', 'i', 'you', 'u']);
/** Setting terms that deny the state after them, and the states ("not enabled", "wasn't configured", "never set"). */
const denials = new Set(['not', 'isnt', 'arent', 'wasnt', 'werent', 'never']);
const deniedStates = new Set(['enabl', 'configur', 'set']);

/**
 * termsOfWords's answers by the words joined, kept for one answer (forgetTerms): an answer asks for the terms of the
 * same words several times (the whole question for ranking, for the asked kinds, for whether it asks if a thing is
 * automatic…). Callers only read the arrays, so one is handed to each.
 */
const termsOfText = new Map<string, readonly Term[]>();
/** Most texts kept between two forgetTerms (the terms of words asked outside an answer). */
const maxTermsKept = 1000;
/** Forgets termsOfWords's answers: called as an answer starts. */
export function forgetTerms(): void {
  termsOfText.clear();
}

/** Ranking terms of words already normalised (the question matcher's corrected tokens). */
export function termsOfWords(words: readonly string[]): readonly Term[] {
  const text = words.join(' ');
  let out = termsOfText.get(text);
  if (out === undefined) {
    const terms: Term[] = [];
    for (const word of rewrite(text).split(' ')) {
      // Numbers ("1.30", "5.7") name versions, not duties: they do not rank.
      if (!word || noise.has(word) || /^\d+$/.test(word)) continue;
      terms.push({ term: stem(word), word });
    }
    if (termsOfText.size >= maxTermsKept) termsOfText.clear();
    termsOfText.set(text, (out = terms));
  }
  return out;
}

/** Terms for matching setting cues: every meaningful word stemmed, keeping the ones that state a value. */
export function settingTerms(text: string): string[] {
  return settingTermsOfList(rewrite(normalize(text)).split(' '));
}

/** Terms that a rewrite made of a name of several words, with that many words: a setting cue weighs by its words. */
const joinedNames: Record<string, number> = { cmk: 3, awsmanagedkey: 3, awsownedkey: 3, securityofthecloud: 3, securityinthecloud: 3, securityandcompliance: 2, awsstaff: 2 };
/** The same, by the stemmed term the setting reader sees ("awsmanagedkey" is read as "awsmanagedkei"). */
let joinedTerms: Map<string, number> | undefined;
export function settingTermWeight(term: string): number {
  joinedTerms ??= new Map(Object.entries(joinedNames).flatMap(([name, weight]): [string, number][] => [[name, weight], [stem(name), weight]]));
  return joinedTerms.get(term) ?? 1;
}

/** The same for words already normalised. */
export function settingTermsOfWords(words: readonly string[]): string[] {
  return settingTermsOfList(words);
}

/** The index string of a text: its terms joined by spaces. */
export function indexText(text: string): string {
  return termsOf(text)
    .map((t) => t.term)
    .join(' ');
}

/** True when every word of `phrase` occurs in `text` as a run of terms (both processed the same way). */
export function containsPhrase(textTerms: readonly string[], phraseTerms: readonly string[]): boolean {
  if (phraseTerms.length === 0) return false;
  outer: for (let i = 0; i + phraseTerms.length <= textTerms.length; i++) {
    for (let j = 0; j < phraseTerms.length; j++) if (textTerms[i + j] !== phraseTerms[j]) continue outer;
    return true;
  }
  return false;
}
