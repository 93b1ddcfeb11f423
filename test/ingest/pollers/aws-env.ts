import { clearAwsClientCache } from '../../../src/aws/clients.js';
import type { AwsServer } from '../../helpers/aws-server.js';

/** Point the SDK (AWS_ENDPOINT_URL, dummy credentials) at the local server; returns the undo. */
export function useAwsServer(server: AwsServer): () => void {
  const saved: Record<string, string | undefined> = {};
  const vars = { ...server.env(), AWS_RETRY_MODE: 'adaptive' };
  for (const [k, v] of Object.entries(vars)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  for (const k of Object.keys(process.env)) {
    if (k.startsWith('AWS_ENDPOINT_URL_') || k === 'AWS_PROFILE' || k === 'AWS_SESSION_TOKEN') {
      saved[k] = process.env[k];
      delete process.env[k];
    }
  }
  clearAwsClientCache();
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    clearAwsClientCache();
  };
}
