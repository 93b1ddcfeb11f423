import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

/**
 * The anchor of `npm run bench ack`: a bare Bolt app from the same
 * node_modules, over HTTP, acking `/srm` with a fixed text and doing nothing
 * else. `node ack-bare-bolt.js <port> <signingSecret> <slackApiUrl>`; prints
 * "listening <port>" once it takes requests.
 */
const [portArg, signingSecret, slackApiUrl] = process.argv.slice(2);
const receiver = new HTTPReceiver({ signingSecret: signingSecret ?? '', endpoints: ['/slack/events'], processBeforeResponse: false });
const app = new App({ token: 'xoxb-bench-bare', receiver, logLevel: LogLevel.WARN, clientOptions: { slackApiUrl: slackApiUrl ?? '' } });
app.command('/srm', async ({ ack }) => {
  await ack('fixed text');
});
await app.start(Number(portArg));
process.stdout.write(`listening ${portArg}\n`);
process.on('SIGTERM', () => {
  void app.stop().then(() => process.exit(0));
});
