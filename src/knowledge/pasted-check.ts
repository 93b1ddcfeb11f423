/**
 * A compliance check pasted into a question: a Security Hub control ("RDS.13 RDS automatic minor version upgrades
 * should be enabled") or an AWS Config rule ("rds-storage-encrypted … NON_COMPLIANT"). Such a check tests the
 * customer's own configuration, and a resource that fails it is put right by the customer, whatever AWS does once
 * the setting is on.
 */

/** A Security Hub control id: the service as Security Hub writes it, a dot and a number ("S3.8", "ElasticBeanstalk.2"). */
const controlId = /\b[A-Z][A-Za-z0-9]{1,30}\.\d{1,3}\b/;
/** An AWS Config managed rule name: three or more lower-case words joined by hyphens ("s3-bucket-public-read-prohibited"). */
const configRule = /(?<![\w.:/-])[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}(?![\w./-])/g;
/** A Region code, which has the same shape as a rule name ("us-east-1"). */
const regionCode = /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov)?-[a-z]+-\d$/;
/** The words of a check's result that says the resource fails it, one source for the raw text and for the words. */
const failingWords = 'fail(?:ed|ing|s)?|violation|violating|violates';
/** A failing result as pasted ("FAILED", "NON_COMPLIANT", "not compliant"). */
const failedResult = new RegExp(`\\b(?:${failingWords}|non[\\s_-]?compliant|not compliant)\\b`, 'i');
/** A failing result as one of the question's words ("noncompliant" is one word once joined). */
const failingWord = new RegExp(`^(?:${failingWords}|noncompliant)$`);
/**
 * The wording of a check's title: what the resource SHOULD be (not a question's "should we …", "should aws …", nor a
 * person's "asks if they should buy a replacement part").
 */
const titleWording = /(?<!\b(?:we|i|you|they|he|she|customer|customers|someone|anyone)\s+)\bshould\b(?!\s+(?:we|i|you|they|aws|amazon|it|us|our|someone|anyone)\b)/i;

/**
 * The check a question pastes and says a resource fails (or quotes by its title), as written, or null:
 * a Security Hub control id with its title ("should …"), a title with a failing result, or a Config rule
 * name with a failing result. A rule named without a result ("who maintains managed rules like
 * s3-bucket-public-read-prohibited") is no failing check.
 */
export function pastedCheck(question: string): string | null {
  const titled = titleWording.test(question);
  const failed = failedResult.exec(question);
  const control = controlId.exec(question);
  if (control && titled) return control[0];
  if (failed && titled) return failed[0];
  if (failed) {
    const rule = [...question.matchAll(configRule)].map((m) => m[0]).find((name) => !regionCode.test(name));
    if (rule) return rule;
  }
  return null;
}

/** Whether the word at `i` of a question's words is a check's failing result ("failed", "non compliant"). */
export function failingResultAt(tokens: readonly string[], i: number): boolean {
  const t = tokens[i] ?? '';
  return failingWord.test(t) || (t === 'compliant' && (tokens[i - 1] === 'non' || tokens[i - 1] === 'not'));
}
