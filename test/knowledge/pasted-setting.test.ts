import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { pastedSettings } from '../../src/knowledge/pasted-setting.js';

describe('pastedSettings: settings pasted as code', () => {
  it('reads a key given a value, split at its case and punctuation', () => {
    expect(pastedSettings('our config has `HardenedRuntime: on`')).toEqual([{ words: ['hardened', 'runtime'], kind: 'key', shifts: false }]);
    expect(pastedSettings('cluster param `dax.auto_scrub=1` — is aws responsible now?')[0]).toEqual({ words: ['dax', 'auto', 'scrub'], kind: 'key', shifts: true });
  });

  it('reads an upper-case value given to a flag', () => {
    expect(pastedSettings('`aws s3api put-bucket-encryption --algo QUANTUM_SAFE_AES`')).toContainEqual({ words: ['quantum', 'safe', 'aes'], kind: 'value', shifts: false });
  });

  it('reads a setting a service is switched to in words, only when the question says it moves a duty to AWS', () => {
    expect(pastedSettings('we flipped the kafka cluster to the broker autoheal mode; is patching aws job now?')).toEqual([{ words: ['broker', 'autoheal'], kind: 'prose', shifts: true }]);
    expect(pastedSettings('we flipped the kafka cluster to the broker autoheal mode, who patches the clients')).toEqual([]);
  });

  it('reads a dotted key given a value outside code only when the question says it moves a duty to AWS', () => {
    expect(pastedSettings('we set docdb.self_patch=1 in the cluster params, so aws is responsible for patching now?')).toEqual([{ words: ['docdb', 'self', 'patch'], kind: 'key', shifts: true }]);
    expect(pastedSettings('we set docdb.self_patch=1 in the cluster params, who reviews it')).toEqual([]);
  });

  it('reads nothing outside code, nor a field of one lower-case word', () => {
    expect(pastedSettings('HardenedRuntime: on, who patches')).toEqual([]);
    expect(pastedSettings('`region: eu-west-1` who patches the nodes')).toEqual([]);
  });
});

describe('a made-up setting pasted as code is refused; a real one is read', () => {
  it.each([
    'glue job arg `--pii-mode REDACTRON_ALL`, who redacts the pii now',
    'we put `AutoKeyEscrow: true` on the dynamodb table, does aws become responsible for the keys?',
    'ecs task def has `SidecarPatching=enabled` so aws patches our sidecars for us?',
    "docdb cluster param 'tls.auto_rekey = on': with that set does aws assume the cert rotation?",
    "redshift console shows 'Automatic Query Firewall (beta)' — if we enable that, is sql injection aws's problem?",
    "msk has the 'Broker OS Hardening (CIS level 2)' option on, who keeps the hardening current",
    'opensearch domain param search.auto_redact=true — does that make aws responsible for the pii in our indexes?',
    "a blog says the msk 'brokerSelfPatch: on' config means aws takes over patching the kafka clients, true?",
  ])('%s -> unknown', (q) => {
    expect(answerQuestion(q).owner).toBe('unknown');
  });

  it.each([
    ['`PubliclyAccessible: true` on the orders db in rds, who turns that off', 'customer'],
    ['rds.force_ssl=1 is in our parameter group, so is aws responsible for tls to the db now?', 'customer'],
    ['`aws kms create-key --key-spec SYMMETRIC_DEFAULT`: who rotates the key material of a customer managed key', 'customer'],
  ])('%s -> %s', (q, owner) => {
    expect(answerQuestion(q).owner).toBe(owner);
  });
});
