/** Every BullMQ job type, one line each (jobs/<name>.ts). Element type: JobDefinition from src/queue/define-job.ts. */
export const jobs = [] as const;
