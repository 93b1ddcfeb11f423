/** Real feature names of the analytics services, by service id (see index.ts). */
export const analyticsFeatures: Record<string, readonly string[]> = {
  // SageMaker AI: Studio, training, inference, MLOps and governance features
  sagemaker: [
    'Studio', 'Studio Classic', 'Unified Studio', 'Notebook instances', 'Lifecycle configurations', 'Root access',
    'Direct internet access', 'Network isolation', 'Inter-container traffic encryption', 'Autopilot', 'Canvas',
    'Clarify', 'Data Wrangler', 'Feature Store', 'Ground Truth', 'Ground Truth Plus', 'JumpStart', 'Model Monitor',
    'Model Registry', 'Model Cards', 'Model Dashboard', 'Role Manager', 'Pipelines', 'Experiments', 'Debugger',
    'Automatic model tuning', 'Managed Spot Training', 'Managed warm pools', 'Distributed training',
    'Training Compiler', 'Neo', 'Real-time inference', 'Serverless Inference', 'Asynchronous Inference',
    'Batch Transform', 'Multi-model endpoints', 'Multi-container endpoints', 'Inference Recommender',
    'Inference components', 'Shadow tests', 'Processing jobs', 'Notebook jobs', 'Code Editor', 'Spaces',
    'ML Lineage Tracking', 'Geospatial capabilities', 'Partner AI Apps',
  ],
  // Bedrock: model customization, inference options, guardrails, agents and knowledge bases
  bedrock: [
    'Guardrails', 'Content filters', 'Denied topics', 'Word filters', 'Sensitive information filters',
    'Contextual grounding check', 'Automated Reasoning checks', 'Knowledge Bases', 'Agents',
    'Multi-agent collaboration', 'Code interpretation', 'Return of control', 'AgentCore', 'Flows',
    'Prompt management', 'Prompt caching', 'Intelligent Prompt Routing', 'Model evaluation', 'Model access',
    'Model invocation logging', 'Provisioned Throughput', 'Batch inference', 'Cross-Region inference',
    'Inference profiles', 'Application inference profiles', 'Latency-optimized inference', 'Custom models',
    'Fine-tuning', 'Continued pre-training', 'Model distillation', 'Custom Model Import', 'Marketplace',
    'Data Automation', 'Playgrounds', 'Converse API', 'API keys',
    'Reinforcement fine-tuning', 'Model customization', 'Prompt optimization', 'Service tiers', 'Priority tier',
    'Flex tier', 'Reserved tier',
  ],
  // Redshift: provisioned clusters, Serverless, scaling, sharing and access controls
  redshift: [
    'Serverless', 'RA3 nodes', 'Managed storage', 'Concurrency Scaling', 'Spectrum', 'Data sharing',
    'Materialized views', 'Automatic table optimization', 'Enhanced VPC routing', 'Audit logging',
    'Workload management', 'Automatic WLM', 'Short query acceleration', 'Query monitoring rules', 'Query Editor v2',
    'Federated queries', 'Cross-database queries', 'Zero-ETL integrations', 'Streaming ingestion',
    'Row-level security', 'Dynamic data masking', 'Column-level access control', 'Multi-AZ deployments',
    'Cluster relocation', 'Elastic resize', 'Classic resize', 'Automated snapshots', 'Cross-Region snapshot copy',
    'Pause and resume', 'Reserved nodes', 'Data API', 'Usage limits', 'Advisor',
    'Multi-warehouse writes', 'Snapshot isolation',
  ],
  // OpenSearch Service: domain options, security plugin, storage tiers and plugins
  opensearch: [
    'Fine-grained access control', 'UltraWarm', 'Cold storage', 'Multi-AZ with Standby', 'Zone awareness',
    'Dedicated master nodes', 'Cross-cluster replication', 'Cross-cluster search', 'Node-to-node encryption',
    'Encryption at rest', 'Require HTTPS', 'Auto-Tune', 'Blue/green deployments', 'Automated snapshots',
    'Manual snapshots', 'Index State Management', 'Alerting', 'Anomaly detection', 'Trace Analytics',
    'Security Analytics', 'OpenSearch Dashboards', 'SAML authentication', 'Custom endpoints', 'Off-peak window',
    'Service software updates', 'OpenSearch Ingestion', 'Direct query', 'Zero-ETL integrations', 'Neural search',
    'k-NN search', 'Audit logs', 'Slow logs', 'Remote reindex', 'Custom packages', 'Learning to Rank',
    'Asynchronous search', 'Internal user database', 'Master user', 'Reserved Instances', 'OR1 instances',
  ],
  // OpenSearch Serverless: collections and their policies
  'opensearch-serverless': [
    'Collections', 'Vector search collections', 'Time series collections', 'Search collections',
    'Encryption policies', 'Network policies', 'Data access policies', 'OpenSearch Compute Units',
    'Capacity limits', 'Standby replicas', 'VPC endpoints', 'SAML authentication', 'Data lifecycle policies',
    'OpenSearch Dashboards', 'Collection groups',
  ],
  // Glue: Data Catalog, ETL jobs and their options
  glue: [
    'Data Catalog', 'Crawlers', 'Studio', 'Visual ETL', 'Data Quality', 'Sensitive data detection',
    'Job bookmarks', 'Auto Scaling', 'Flex execution', 'Interactive sessions', 'Streaming ETL', 'Schema Registry',
    'Triggers', 'Workflows', 'Blueprints', 'Development endpoints', 'Security configurations', 'Connections',
    'Custom connectors', 'Data Catalog encryption', 'Column statistics', 'Partition indexes', 'Job run insights',
    'Continuous logging', 'Job observability metrics', 'Zero-ETL integrations', 'Notebooks', 'Git integration',
    'Usage profiles', 'FindMatches', 'Table optimizers', 'Automatic compaction', 'Catalog federation',
  ],
  // Athena: workgroups, query features, capacity
  athena: [
    'Workgroups', 'Override client-side settings', 'Minimum encryption', 'Federated query', 'Query result reuse', 'Capacity reservations', 'Provisioned capacity',
    'Partition projection', 'Prepared statements', 'Parameterized queries', 'Saved queries',
    'Data source connectors', 'Query result encryption', 'CTAS queries', 'User-defined functions',
    'Engine versions', 'Managed query results', 'Notebook editor', 'Per-query data usage controls',
    'Per-workgroup data usage controls', 'Query stats',
  ],
  // EMR on EC2: cluster options, scaling and security configurations
  emr: [
    'Studio', 'Notebooks', 'Managed Scaling', 'Auto Scaling', 'Instance fleets', 'Uniform instance groups',
    'Security configurations', 'Block public access', 'Kerberos authentication', 'In-transit encryption',
    'At-rest encryption', 'Local disk encryption', 'EMRFS', 'Runtime roles', 'Termination protection',
    'Automatic termination', 'Idle timeout', 'Step concurrency', 'Bootstrap actions', 'Custom AMIs',
    'Multiple primary nodes', 'Persistent application user interfaces', 'Steps', 'Graceful decommissioning',
    'Release labels', 'Trusted identity propagation',
  ],
  // EMR Serverless: application and job settings
  'emr-serverless': [
    'Pre-initialized capacity', 'Auto-start', 'Auto-stop', 'Maximum capacity', 'Interactive workloads',
    'Custom images', 'Job runtime roles', 'Job concurrency and queuing', 'Shuffle-optimized disks',
    'Release versions', 'Worker configuration',
    'Fine-grained access control',
  ],
  // Kinesis Data Streams: capacity modes, consumers and stream settings
  kinesis: [
    'Enhanced fan-out', 'On-demand capacity mode', 'Provisioned capacity mode', 'Server-side encryption',
    'Shards', 'Resharding', 'Extended data retention', 'Long-term data retention', 'Data retention period',
    'Enhanced shard-level metrics', 'Kinesis Client Library', 'Kinesis Producer Library', 'Resource-based policies',
    'VPC endpoints', 'Partition keys', 'Shard splitting', 'Shard merging', 'Warm throughput',
  ],
  // Data Firehose: stream processing and delivery options
  firehose: [
    'Dynamic partitioning', 'Data transformation', 'Record format conversion', 'Source record backup',
    'Server-side encryption', 'Direct PUT', 'Buffering hints', 'Custom prefixes', 'Error output prefix',
    'HTTP endpoint destination', 'Multi-record deaggregation', 'Decompression', 'Message extraction',
    'Firehose streams', 'Error logging', 'Zero buffering',
  ],
  // MSK: cluster types, broker types, authentication and storage options
  msk: [
    'Serverless', 'MSK Connect', 'Replicator', 'Provisioned clusters', 'Tiered storage', 'Express brokers',
    'Standard brokers', 'IAM access control', 'SASL/SCRAM authentication', 'Mutual TLS authentication',
    'Unauthenticated access', 'Multi-VPC private connectivity', 'Public access', 'Encryption in transit',
    'Encryption at rest', 'Open monitoring', 'Broker logs', 'Cluster configurations', 'Storage auto scaling',
    'Provisioned storage throughput', 'Cluster policies', 'Enhanced monitoring', 'Broker storage',
    'Intelligent rebalancing',
  ],
  // QuickSight: editions, SPICE, security and reporting features
  quicksight: [
    'SPICE', 'Enterprise edition', 'Standard edition', 'Row-level security', 'Column-level security',
    'Embedded analytics', 'Paginated reports', 'Pixel-perfect reports', 'Dashboards', 'Analyses', 'Datasets',
    'Themes', 'Namespaces', 'Threshold alerts', 'ML Insights', 'Anomaly detection', 'Forecasting',
    'Autonarratives', 'Scheduled reports', 'Email reports', 'Topics', 'Data stories', 'Scenarios',
    'Executive summaries', 'Dashboard Q&A', 'VPC connections', 'IP restrictions', 'Shared folders',
    'Custom permissions', 'Incremental refresh', 'Direct query', 'Capacity pricing', 'Asset bundles',
    'Generative BI', 'Amazon Q in QuickSight',
  ],
  // Amazon Q: Q Developer and Q Business features
  'amazon-q': [
    'Q Developer Pro', 'Q Developer Free Tier', 'Code transformation', 'Security scans', 'Code reviews',
    'Inline suggestions', 'Code references', 'Reference tracker', 'Customizations', 'Unit test generation',
    'Documentation generation', 'Agentic coding', 'Prompt logging', 'Operational investigations',
    'Q Developer in chat applications', 'Q Business Pro', 'Q Business Lite', 'Plugins',
    'Data accessors', 'Global controls', 'Topic specific controls', 'Admin controls and guardrails', 'Web experience',
    'Data source connectors', 'Retrievers', 'Response personalization', 'Q index', 'Browser extension',
    'Document enrichment',
  ],
  // Lake Formation: permissions models and data sharing
  'lake-formation': [
    'LF-Tags', 'Tag-based access control', 'Named resource method', 'Data filters', 'Row-level security',
    'Cell-level security', 'Column-level security', 'Hybrid access mode', 'Blueprints', 'Resource links',
    'Cross-account data sharing', 'Data lake administrators', 'Data location permissions', 'Data lake locations',
    'Grantable permissions', 'Credential vending', 'Application integration', 'Data Catalog views',
    'Trusted identity propagation', 'Federated catalogs', 'IAMAllowedPrincipals',
  ],
  // Managed Service for Apache Flink
  'managed-flink': [
    'Studio notebooks', 'Snapshots', 'Checkpointing', 'Automatic scaling', 'Parallelism',
    'Kinesis Processing Units', 'In-place version upgrades', 'System rollbacks', 'VPC connectivity',
    'Runtime properties', 'Application logging', 'Custom metrics', 'Blueprints', 'Maintenance window',
    'Customer managed keys',
  ],
  // Managed Workflows for Apache Airflow
  mwaa: [
    'Environment classes', 'Private network access mode', 'Public network access mode', 'Startup script',
    'Requirements file', 'Plugins file', 'Apache Airflow configuration options', 'Worker automatic scaling',
    'Web server automatic scaling', 'Schedulers', 'Execution role', 'Customer managed keys',
    'Service-managed VPC endpoints', 'Customer-managed VPC endpoints', 'Shared VPC', 'Maintenance window',
    'In-place version upgrades', 'Airflow CLI', 'Web login token', 'InvokeRestApi', 'Apache Airflow logs',
  ],
  // Data Pipeline (maintenance mode)
  'data-pipeline': [
    'Task Runner', 'Pipeline definition', 'Data nodes', 'Activities', 'Preconditions', 'Schedules',
    'Pipeline templates', 'Architect', 'ShellCommandActivity', 'CopyActivity', 'EmrActivity', 'SqlActivity',
    'HiveActivity', 'RedshiftCopyActivity', 'Ec2Resource', 'EmrCluster', 'Cascading failures', 'Pipeline tags',
    'Resource role', 'Pipeline role',
  ],
  // DataZone: catalog, projects and governance
  datazone: [
    'Business data catalog', 'Data portal', 'Projects', 'Environments', 'Blueprints', 'Environment profiles',
    'Data sources', 'Data products', 'Subscription requests', 'Subscription targets', 'Business glossaries',
    'Metadata forms', 'AI recommendations for descriptions', 'Data lineage', 'Data quality', 'Domain units',
    'Authorization policies', 'Metadata enforcement rules', 'Associated accounts', 'Asset filters',
  ],
  // Data Exchange: products, offers and data delivery
  'data-exchange': [
    'Data grants', 'Data products', 'Data sets', 'Revisions', 'Assets', 'Auto-export', 'Subscription verification',
    'Private offers', 'Public offers', 'Bring Your Own Subscription', 'Data dictionaries',
    'Samples', 'Provider-generated notifications', 'Revision access rules', 'Auto-renewal', 'Entitlements',
  ],
  // Clean Rooms: collaborations, analysis rules and privacy controls
  'clean-rooms': [
    'Collaborations', 'Memberships', 'Configured tables', 'Analysis rules', 'Aggregation analysis rule',
    'List analysis rule', 'Custom analysis rule', 'Analysis templates', 'Differential privacy', 'Privacy budget',
    'Cryptographic computing', 'Clean Rooms ML', 'Lookalike modeling', 'Custom ML models', 'Query logging',
    'ID mapping tables', 'PySpark analysis', 'Member who can receive results',
  ],
  // Textract: document analysis APIs and options
  textract: [
    'AnalyzeDocument', 'DetectDocumentText', 'Forms', 'Tables', 'Queries', 'Signatures', 'Layout',
    'AnalyzeExpense', 'AnalyzeID', 'AnalyzeLending', 'Custom Queries', 'Adapters', 'Asynchronous operations',
    'Human review', 'Bulk Document Uploader',
  ],
  // Rekognition: image and video analysis features
  rekognition: [
    'Face Liveness', 'Custom Labels', 'Content moderation', 'Custom Moderation', 'Face collections',
    'Face search', 'Face detection', 'Face comparison', 'Celebrity recognition', 'Text detection',
    'Label detection', 'PPE detection', 'Streaming video events', 'Stored video analysis', 'Segment detection',
    'Image properties', 'Bulk analysis', 'User vectors',
  ],
  // Comprehend: NLP analyses and custom models
  comprehend: [
    'Custom classification', 'Custom entity recognition', 'Sentiment analysis', 'Targeted sentiment',
    'Entity recognition', 'Key phrase extraction', 'Language detection', 'PII detection', 'PII redaction',
    'Topic modeling', 'Syntax analysis', 'Flywheels', 'Toxicity detection', 'Prompt safety classification',
    'Event detection', 'Endpoints', 'Real-time analysis', 'Asynchronous analysis jobs',
  ],
  // Fraud Detector: detectors, models and rules
  frauddetector: [
    'Detectors', 'Detector versions', 'Online Fraud Insights', 'Transaction Fraud Insights',
    'Account Takeover Insights', 'Rules', 'Outcomes', 'Event types', 'Entity types', 'Labels', 'Variables',
    'Lists', 'Model scores', 'Batch predictions', 'Stored events', 'Model variable importance',
  ],
  // Transcribe: transcription options and Call Analytics
  transcribe: [
    'Call Analytics', 'Post-call analytics', 'Real-time Call Analytics', 'Generative call summarization',
    'Call categorization', 'Custom vocabularies', 'Custom vocabulary filters', 'Vocabulary filtering',
    'Custom language models', 'Speaker diarization', 'Speaker partitioning', 'Channel identification',
    'Automatic language identification', 'Multi-language identification', 'PII redaction',
    'Toxic speech detection', 'Subtitles', 'Streaming transcription', 'Batch transcription',
    'Partial-result stabilization', 'Alternative transcriptions',
  ],
  // Translate: customization and translation modes
  translate: [
    'Custom terminology', 'Parallel data', 'Active Custom Translation', 'Batch translation',
    'Real-time translation', 'Document translation', 'Formality', 'Profanity masking', 'Brevity',
    'Automatic source language detection',
  ],
  // Polly: voice engines and speech features
  polly: [
    'Neural voices', 'Standard voices', 'Long-form voices', 'Generative voices', 'SSML', 'Speech marks',
    'Lexicons', 'Pronunciation lexicons', 'Newscaster speaking style', 'Brand Voice', 'Asynchronous synthesis',
    'Bilingual voices',
  ],
  // Lex V2: bot building blocks and generative AI features
  lex: [
    'Intents', 'Slots', 'Slot types', 'Composite slots', 'Grammar slot types', 'Conversation logs',
    'Bot versions', 'Aliases', 'Automated chatbot designer', 'Visual conversation builder',
    'Assisted slot resolution', 'Descriptive bot builder', 'Utterance generation', 'QnAIntent',
    'Test workbench', 'Analytics', 'Global resiliency', 'Streaming conversations', 'Custom vocabularies',
    'Sentiment analysis', 'Runtime hints', 'Network of bots', 'Wait and continue', 'Dialog code hooks',
  ],
  // Kendra: editions, connectors and relevance features
  kendra: [
    'Enterprise Edition', 'Developer Edition', 'GenAI Enterprise Edition', 'Data source connectors',
    'Custom document enrichment', 'Query suggestions', 'Spell checker', 'Incremental learning',
    'Featured results', 'Relevance tuning', 'Thesaurus', 'Custom synonyms', 'Experience Builder',
    'Search analytics', 'User context filtering', 'Token-based user access control', 'FAQs',
    'Document attributes', 'Retrieve API', 'Intelligent Ranking',
  ],
  // Personalize: recommenders, recipes and inference
  personalize: [
    'Recommenders', 'Domain dataset groups', 'Custom dataset groups', 'Recipes', 'Solutions', 'Campaigns',
    'Batch inference jobs', 'Batch segment jobs', 'Event trackers', 'Filters', 'Metric attributions',
    'Promotions', 'Automatic training', 'Contextual recommendations', 'User-Personalization-v2',
    'Trending-Now', 'Similar-Items', 'Next best action', 'Content generator', 'Minimum provisioned TPS',
  ],
  // HealthLake: FHIR data store features
  healthlake: [
    'Integrated natural language processing', 'SMART on FHIR', 'FHIR import', 'FHIR export',
    'Preloaded data', 'FHIR search', 'Customer managed keys',
  ],
  // HealthOmics: storage, workflows and runs
  healthomics: [
    'Sequence stores', 'Reference stores', 'Private workflows', 'Ready2Run workflows', 'Variant stores',
    'Annotation stores', 'Run groups', 'Run cache', 'Call caching', 'Workflow versioning', 'Static run storage',
    'Dynamic run storage', 'Read set activation', 'Workflow sharing',
  ],
  // Braket: quantum tasks, jobs and simulators
  braket: [
    'Hybrid Jobs', 'Notebooks', 'Local simulators', 'On-demand simulators', 'Pulse control',
    'Analog Hamiltonian Simulation', 'Braket Direct', 'Reservations', 'Expert advice', 'Verbatim compilation',
    'Error mitigation', 'Cost Tracker', 'Parametric compilation', 'OpenQASM 3.0', 'Quantum tasks', 'Program sets',
  ],
};
