import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { readInEnglish } from '../../src/knowledge/in-english.js';

/** Questions asked in Spanish or Portuguese, each with the owner and duty its English reading must give. */
const asked: { q: string; owner: 'aws' | 'customer' | 'shared' | 'unknown'; duty?: string }[] = [
  { q: 'oye, quién parchea el sistema operativo de nuestras instancias EC2?', owner: 'customer', duty: 'ec2-guest-os-patching' },
  { q: 'el failover de Aurora cuando se cae la instancia writer lo hace AWS o nosotros?', owner: 'aws', duty: 'aurora-failover' },
  { q: 'quien rota las llaves administradas por AWS en KMS?', owner: 'aws', duty: 'kms-key-rotation' },
  { q: 'los permisos de IAM de nuestros usuarios, de quien son?', owner: 'customer', duty: 'iam-least-privilege' },
  { q: 'la destrucción de los discos viejos en los data centers de AWS quien la hace?', owner: 'aws', duty: 'general-media-destruction' },
  { q: 'quien configura los grupos de seguridad de nuestras instancias?', owner: 'customer', duty: 'vpc-security-groups' },
  { q: 'quien actualiza el runtime de Lambda si el modo de actualizacion esta en Auto?', owner: 'aws', duty: 'lambda-runtime-updates' },
  { q: 'las copias de seguridad de nuestros volúmenes EBS, de quién son?', owner: 'customer', duty: 'ebs-snapshots' },
  { q: 'el rack de Outposts esta en nuestro edificio, la seguridad física del cuarto de quien es?', owner: 'customer', duty: 'outposts-physical-security' },
  { q: 'la capacitación de seguridad de nuestros empleados es de AWS o de nosotros?', owner: 'customer', duty: 'general-employee-training' },
  { q: 'los HSMs detrás de KMS quien los parchea? el auditor de la CNBV pregunta', owner: 'aws', duty: 'kms-hsm-operation' },
  { q: 'quem configura os security groups das nossas instâncias?', owner: 'customer', duty: 'vpc-security-groups' },
  { q: 'quem aplica os patches do SO nas instâncias EC2 da gente?', owner: 'customer', duty: 'ec2-guest-os-patching' },
  { q: 'a segurança física dos data centers é da AWS?', owner: 'aws', duty: 'general-physical-security' },
  { q: 'quem faz o failover do RDS Multi-AZ?', owner: 'aws', duty: 'rds-multi-az-failover' },
  { q: 'a rotação das chaves gerenciadas pela AWS no KMS, quem faz?', owner: 'aws', duty: 'kms-key-rotation' },
  { q: 'quem patcheia o hypervisor do EC2? nós ou a AWS?', owner: 'aws', duty: 'ec2-nitro-isolation' },
  // another cloud's product asked about in Spanish is still refused
  { q: 'quien parchea las VMs de Azure en nuestra suscripción?', owner: 'unknown' },
];

describe('questions in Spanish and Portuguese', () => {
  it.each(asked)('$q -> $owner', ({ q, owner, duty }) => {
    const a = answerQuestion(q);
    expect(a.owner).toBe(owner);
    if (duty && a.owner !== 'unknown') expect(a.duty?.id).toBe(duty);
    // the answer keeps the question as asked and shows how it was read
    expect(a.question).toBe(q);
    expect(a.readAs?.language).toMatch(/^(Spanish|Portuguese)$/);
  });

  it('shows the English reading in a note of a known answer', () => {
    const a = answerQuestion('quem faz o failover do RDS Multi-AZ?');
    expect(a.owner).not.toBe('unknown');
    if (a.owner !== 'unknown') expect(a.notes[0]).toBe('Read from Portuguese as: "who does the failover of the RDS Multi-AZ?"');
  });
});

describe('which questions are read from another language', () => {
  it.each([
    'who patches ES domains in the LA region?',
    'DoS protection for our ALB: shield standard or advanced, who turns it on?',
    'patch management as a whole, ist das aws oder wir?',
    'is the el7 base image on our ec2 fleet ours to patch? la la la',
    'who owns the data at rest in s3 for a con ed billing app',
  ])('leaves English as it is: %s', (q) => {
    expect(readInEnglish(q)).toBeNull();
    expect(answerQuestion(q).readAs).toBeUndefined();
  });

  it('puts runs of words first, then words, and keeps product names and their case', () => {
    expect(readInEnglish('quién parchea el sistema operativo de las instancias EC2 de Amazon Forecast?')).toEqual({
      language: 'Spanish',
      text: 'who patches the operating system of the instances EC2 of Amazon Forecast?',
    });
  });

  it('does not join words across punctuation into a run', () => {
    // "base. de datos" is no "base de datos"
    expect(readInEnglish('quien tiene la base. De datos no hablamos')?.text).not.toContain('database');
  });

  it('reads an accented word as its accent says', () => {
    expect(readInEnglish('o failover do RDS é nosso ou da AWS?')?.text).toContain('is');
    expect(readInEnglish('quem cuida do backup e do restore?')?.text).toContain('backup and');
  });
});
