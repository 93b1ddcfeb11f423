import { ask, type DutyPhrasing } from './types.js';

export const secretsManagerPhrasings: DutyPhrasing[] = [
  ask('secrets-manager-rotation', 'customer', 'who rotates the secrets we keep in secrets manager?'),
  ask('secrets-manager-rotation', 'customer', 'we put our db password in secrets manager so aws rotates it now, right?'),
  ask('secrets-manager-rotation', 'customer', 'our secret in secrets manager has no rotation configured, who rotates it', 'Secret you created, rotation not configured (the default)'),
  ask('secrets-manager-rotation', 'aws', 'a secret in secrets manager says it has managed rotation by aurora, who rotates that secret?', 'Managed rotation (secret managed by RDS, Aurora, Redshift or DocumentDB)'),
  ask('secrets-manager-rotation', 'shared', 'who rotates a secret that uses a lambda rotation function in secrets manager', 'Rotation by a Lambda rotation function'),
  ask('secrets-manager-rotation', 'customer', 'we store api keys in secrets manager and never configured rotation, does aws rotate them', 'Secret you created, rotation not configured (the default)'),
  ask('secrets-manager-rotation', 'customer', 'secrets manager: are our database passwords rotated automatically once we store them'),
  ask('secrets-manager-rotation', 'aws', 'secrets manager shows managed rotation by redshift on one secret, who rotates that one', 'Managed rotation (secret managed by RDS, Aurora, Redshift or DocumentDB)'),
  ask('secrets-manager-rotation-function', 'customer', 'who patches the libraries in our secrets manager rotation lambda'),
  ask('secrets-manager-rotation-function', 'customer', 'there is no rotation template for our api key, who writes the rotation function?'),
  ask('secrets-manager-encryption', 'aws', 'who encrypts the secrets stored in secrets manager'),
  ask('secrets-manager-encryption', 'aws', 'are secrets manager secrets encrypted at rest or do we have to do it'),
  ask('secrets-manager-encryption', 'aws', 'secrets manager with the default aws/secretsmanager key, who handles encryption', 'AWS managed key aws/secretsmanager (the default)'),
  ask('secrets-manager-encryption', 'shared', 'we encrypt our secrets manager secrets with a cmk, who manages that encryption', 'Customer managed KMS key'),
  ask('secrets-manager-access-policies', 'customer', 'who controls which roles can read a secret in secrets manager'),
  ask('secrets-manager-access-policies', 'customer', 'who writes the secrets manager resource policy to share a secret with another account'),
  ask('general-hardcoded-credentials', 'customer', 'who is responsible for getting hardcoded passwords out of our code'),
  ask('general-hardcoded-credentials', 'customer', 'devs keep api keys in environment variables, whose problem is that'),
  ask('secrets-manager-replication', 'customer', 'who replicates our secrets to another region for dr'),
  ask('secrets-manager-replication', 'customer', 'if us-east-1 goes down are our secrets manager secrets available in another region automatically?'),
];
