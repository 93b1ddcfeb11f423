import { camelWords, tokenize } from './text.js';

/**
 * Settings a question pastes as code ("`TenancyIsolation: dedicated`", "`rds.sqli_protect = 1`", "`--key-spec
 * WIDEVINE_CONTENT_KEY`"), or names as one outside code when it says the setting moves a duty to AWS ("HeadNode:
 * NodeSelfHeal: true", "switch dynamo to the X setting"), each as the words of its name, with what the question says of it. features.ts refuses one
 * srm knows no name for when the question says it moves a duty to AWS, or when its value names a thing in no
 * dictionary: a made-up parameter is no feature whose owner srm can vouch for.
 */
export interface PastedSetting {
  /** The name's words: a key split at its case and punctuation ("tenancy isolation"), or an enum value's ("widevine content key"). */
  words: string[];
  /**
   * "key": a key given a value; "value": an upper-case value given to a flag or key; "prose": a setting a service is
   * switched to in words ("switch dynamo to the aws-owned access control setting").
   */
  kind: 'key' | 'value' | 'prose';
  /** The question says the setting moves a duty to AWS. */
  shifts: boolean;
}

/** Text inside backticks (one or three), or inside quotes when it is an assignment ("'rds.auto_cve_remediation = 1'"). */
const codeSpan = /`{1,3}([^`]+)`{1,3}|(?<=^|[\s(])['"‘“]([A-Za-z][\w.]*\s*[:=]\s*[\w.-]+)['"’”]/g;
/** `Key = value`, `Key: value`, `key=value`: a key of letters, digits, dots and underscores with a short value. */
const assignment = /(?<![\w.-])([A-Za-z][\w.]*[A-Za-z0-9])\s*[:=]\s*["']?([\w.-]{1,40})/g;
/** `--flag VALUE` or `Key = VALUE` with an upper-case enum value ("SYMMETRIC_DEFAULT", "WIDEVINE_CONTENT_KEY"). */
const enumValue = /(?:--[a-z][\w-]*\s+|[:=]\s*["']?)([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g;

/** The words of an identifier: split at case changes, dots, underscores and hyphens. */
function identifierWords(name: string): string[] {
  return tokenize(camelWords(name.replace(/(\d)(?=[A-Z])/g, '$1 ')).replace(/[._-]+/g, ' '));
}

export function pastedSettings(question: string): PastedSetting[] {
  const out: PastedSetting[] = [];
  // (read once, and only for a question that pastes code)
  let shifts: boolean | undefined;
  for (const span of question.matchAll(codeSpan)) {
    shifts ??= shiftToAws.test(question);
    const code = span[1] ?? span[2] ?? '';
    for (const m of code.matchAll(assignment)) {
      const key = m[1] ?? '';
      // (a key of one lower-case word is a field, not a setting's name: "region: us-east-1")
      if (!/[A-Z._]/.test(key)) continue;
      out.push({ words: identifierWords(key), kind: 'key', shifts });
    }
    for (const m of code.matchAll(enumValue)) out.push({ words: identifierWords(m[1] ?? ''), kind: 'value', shifts });
  }
  // A key in CamelCase or of dotted lower-case words given a value outside code ("HeadNode: AutoPatch: true",
  // "rds.auto_cve=1"), when the question says it moves a duty to AWS: the words of a config file, pasted without backticks.
  const saysShift = (): boolean => (shifts ??= shiftToAws.test(question));
  if (out.length === 0 && saysShift()) {
    for (const pattern of [camelAssignment, dottedAssignment]) for (const m of question.matchAll(pattern)) out.push({ words: identifierWords(m[1] ?? ''), kind: 'key', shifts: true });
  }
  // (said in words, it counts only when the question says it moves a duty to AWS)
  const prose = switchedTo.exec(question);
  if (prose && saysShift()) out.push({ words: tokenize(prose[1] ?? ''), kind: 'prose', shifts: true });
  return out;
}

/** `AutoPatch: true`, `SecureMode=on`: a key of two capitalised words or more with a short value. */
const camelAssignment = /(?<![\w.-])([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)\s*[:=]\s*["']?(?=true\b|false\b|on\b|off\b|enabled\b|disabled\b|yes\b|no\b|\d)/g;

/** `rds.auto_cve=1`, `emr.harden.enabled: true`: a parameter's key of lower-case words joined by dots or underscores, with a short value. */
const dottedAssignment = /(?<![\w.-])([a-z][a-z0-9]*(?:[._][a-z0-9]+)+)\s*[:=]\s*["']?(?=true\b|false\b|on\b|off\b|enabled\b|disabled\b|yes\b|no\b|\d)/g;

/** "switch dynamo to the X setting", "set the cluster into X mode": the setting's name, of one to four words. */
const switchedTo = /\b(?:switch(?:ed|ing)?|set(?:ting)?|chang(?:e|ed|ing)|mov(?:e|ed|ing)|flip(?:ped|ping)?|put(?:ting)?|turn(?:ed|ing)?)\s+(?:[\w-]+\s+){0,3}?(?:to|into|onto)\s+(?:the\s+|an?\s+|its\s+)?([\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:setting|mode|option)\b/i;

/** Words that say the setting moves a duty to AWS ("does aws become responsible", "aws blocks it for us", "means aws takes over", "so we don't need to care"). */
const shiftToAws =
  /\b(?:(?:does|do|is|will|would)\s+(?:aws|amazon)\s+(?:(?:then|now|also|automatically)\s+)?(?:become|take|assume|own|now|then|handle)|(?:aws|amazon)(?:'s)?\s+(?:is\s+)?(?:responsible|job|problem|responsibility)|becomes?\s+(?:aws|amazon)|(?:aws|amazon)\s+(?:then\s+|now\s+)?takes?\s+over|means?\s+(?:aws|amazon)\s+(?:owns?|handles?|takes?|does)\b|for us\b|(?:don'?t|dont|do not|no longer)\s+(?:need|have)\b)/i;
