/** Text helpers for the question matcher: normalisation and edit distance. */

/** Lowercase words of letters and digits: "Who patches EC2's OS?" → "who patches ec2 os". */
/** The text with its letters' accents taken off ("Quién" → "Quien"). */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function normalize(text: string): string {
  // a letter with an accent is the letter ("effacement sécurisé des supports", "hébergement"): not a break between words
  return withoutAccents(text.toLowerCase())
    // "w/o" is "without" ("ddos protection w/o paying for advanced")
    .replace(/\bw\/o\b/g, 'without')
    // "security & compliance", "security + compliance": the words, joined
    .replace(/\s[&+]\s/g, ' and ')
    // a domain's ending names nothing ("our .com.sg zone" has no security group, "example.ca" no certificate authority)
    .replace(/(?:(?<=\s|^)(?:\.(?:com|org|gov|edu|net|co))+|(?<=[a-z0-9])(?:\.(?:com|org|gov|edu|co))?)\.(?:sg|uk|au|de|fr|jp|ca|nz|hk|cn|br|mx|nl|ch|ie|dk|fi|pl|za|kr|tw|vn|th|ph)(?![a-z0-9-])|(?<=\s|^)\.(?:com|org|gov|edu)(?![a-z0-9.-])/g, ' ')
    .replace(/[’']s\b/g, '')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The words of a name in CamelCase, spaced: "AutoMinorVersionUpgrade" → "Auto Minor Version Upgrade", an acronym
 * kept whole ("SSEAlgorithm" → "SSE Algorithm"). Other text is left as it is.
 */
export function camelWords(name: string): string {
  return name.replace(/([a-z])(?=[A-Z])|([A-Z])(?=[A-Z][a-z])/g, '$1$2 ');
}

export function tokenize(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(' ') : [];
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n] ?? 0, max + 1);
}

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const keyAt = new Map<string, [number, number]>();
keyboardRows.forEach((row, r) => [...row].forEach((ch, c) => keyAt.set(ch, [r, c])));

/** Whether two letters sit next to each other on a QWERTY keyboard (a likely slip of the finger). */
function neighbourKeys(a: string, b: string): boolean {
  const p = keyAt.get(a);
  const q = keyAt.get(b);
  return p !== undefined && q !== undefined && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1] + (p[0] - q[0]) * 0.5) <= 1;
}

/**
 * How unlikely a one-edit typo is: 0 for a dropped, doubled or swapped letter or a neighbouring key, 1 for
 * a letter replaced by one far away on the keyboard ("scaes" is "scales" with a letter dropped more likely
 * than "scans" with n typed as e).
 */
export function typoCost(typed: string, word: string): number {
  // (a stray letter typed is likely only beside a key it neighbours or doubles: "storge" dropped the a of "storage",
  // it is not "store" with a g in it)
  if (typed.length === word.length + 1) {
    for (let i = 0; i < typed.length; i++) {
      if (typed.slice(0, i) + typed.slice(i + 1) !== word) continue;
      const [c, before, after] = [typed[i] ?? '', typed[i - 1] ?? '', typed[i + 1] ?? ''];
      if (c === before || c === after || neighbourKeys(c, before) || neighbourKeys(c, after)) return 0;
    }
    return 1;
  }
  if (typed.length !== word.length) return 0;
  const diff: number[] = [];
  for (let i = 0; i < typed.length; i++) if (typed[i] !== word[i]) diff.push(i);
  if (diff.length !== 1) return 0;
  const i = diff[0] ?? 0;
  return neighbourKeys(typed[i] ?? '', word[i] ?? '') ? 0 : 1;
}

/** How many edits a typo of a word this long may have and still be corrected. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length >= 8 ? 2 : 1;
}
