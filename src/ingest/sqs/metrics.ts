import { Counter, Gauge, Histogram } from 'prom-client';
import { registry } from '../../metrics.js';

/** Every SQS metric is per queue: its name, account and region (from the queue URL and config). */
const labelNames = ['queue', 'account', 'region'] as const;
export type SqsLabels = Record<(typeof labelNames)[number], string>;

export const sqsReceived = new Counter({
  name: 'srm_sqs_messages_received_total',
  help: 'Messages received from the queue (a redelivered message counts again)',
  labelNames,
  registers: [registry],
});

export const sqsDeleted = new Counter({
  name: 'srm_sqs_messages_deleted_total',
  help: 'Messages deleted from the queue, each after its event was enqueued in BullMQ',
  labelNames,
  registers: [registry],
});

export const sqsLeftForDlq = new Counter({
  name: 'srm_sqs_messages_left_for_dlq_total',
  help: 'Unreadable messages left on the queue (not deleted) so its redrive policy moves them to the dead-letter queue',
  labelNames,
  registers: [registry],
});

export const sqsEnqueueFailures = new Counter({
  name: 'srm_sqs_enqueue_failures_total',
  help: 'Messages not deleted because their event could not be enqueued, or no Redis replica acknowledged its job in time (they are received again after the visibility timeout)',
  labelNames,
  registers: [registry],
});

export const sqsReceiveErrors = new Counter({
  name: 'srm_sqs_receive_errors_total',
  help: 'ReceiveMessage and DeleteMessageBatch calls that failed after the SDK retries, by error name',
  labelNames: [...labelNames, 'error'],
  registers: [registry],
});

export const sqsOldestMessageAge = new Gauge({
  name: 'srm_sqs_oldest_message_age_seconds',
  help: 'Age (now - SentTimestamp) of the oldest message in the last receive; 0 after a receive that found the queue empty',
  labelNames,
  registers: [registry],
});

export const sqsQueueMessages = new Gauge({
  name: 'srm_sqs_queue_messages',
  help: 'GetQueueAttributes ApproximateNumberOfMessages (visible), ...NotVisible (in_flight) and ...Delayed (delayed), sampled by the lease holder',
  labelNames: [...labelNames, 'state'],
  registers: [registry],
});

export const sqsConsumerLag = new Histogram({
  name: 'srm_sqs_consumer_lag_seconds',
  help: 'Seconds from the event time (CloudTrail eventTime, GuardDuty updatedAt, else the EventBridge time) to its enqueue',
  labelNames,
  buckets: [0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
  registers: [registry],
});

export const sqsConsumerState = new Gauge({
  name: 'srm_sqs_consumer_state',
  help: '1 for the state this replica is in per queue: consuming (holds the lease), paused (holds it, BullMQ behind), standby, stopped',
  labelNames: [...labelNames, 'state'],
  registers: [registry],
});
