import { makeTestRuntime, type TestRuntime, type TestRuntimeOptions } from '../queue/harness.js';
import { useAwsServer } from '../ingest/pollers/aws-env.js';
import { startAwsServer, type AwsServer, type AwsServerOptions } from './aws-server.js';

export interface AwsTestRuntime {
  server: AwsServer;
  t: TestRuntime;
  /** Closes the runtime (cleaning its prefix), restores the AWS environment, stops the server. */
  close(): Promise<void>;
}

/**
 * The set-up of a test that runs pollers or jobs against the local AWS server:
 * starts the server, points the SDK at it, and makes a TestRuntime under
 * `prefix` (`runtime` may build its options from the server, e.g. an SQS queue URL on it).
 */
export async function startAwsTestRuntime(
  prefix: string,
  options: { server?: AwsServerOptions; runtime?: (server: AwsServer) => Omit<TestRuntimeOptions, 'prefix'> } = {},
): Promise<AwsTestRuntime> {
  const server = await startAwsServer(options.server);
  const undoEnv = useAwsServer(server);
  const t = makeTestRuntime({ prefix, ...options.runtime?.(server) });
  return {
    server,
    t,
    async close() {
      await t.close();
      undoEnv();
      await server.close();
    },
  };
}

/** The URL of the EventBridge queue the tests use on the local server (account 123456789012). */
export const srmEventsQueueUrl = (server: AwsServer) => `${server.url}/123456789012/srm-events`;
