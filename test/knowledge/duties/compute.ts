import { ask, type DutyPhrasing } from './types.js';

export const computePhrasings: DutyPhrasing[] = [
  // Amazon EC2
  ask('ec2-guest-os-patching', 'customer', 'who patches the guest os on our ec2 instances?'),
  ask('ec2-guest-os-patching', 'customer', 'ec2 is an aws service, so aws keeps the os of our instances patched right?'),
  ask('ec2-guest-os-patching', 'customer', 'isnt aws supposed to apply windows updates to ec2 servers'),
  ask('ec2-guest-os-patching', 'customer', 'who is on the hook for kernel patches on ec2'),
  ask('ec2-ami-maintenance', 'customer', 'who keeps our golden ami patched for ec2'),
  ask('ec2-ami-maintenance', 'customer', 'aws publishes new amazon linux amis every month, so who rebuilds our custom ami?'),
  ask('ec2-key-pairs', 'customer', 'who is responsible for protecting the ssh private key of an ec2 key pair'),
  ask('ec2-key-pairs', 'customer', 'a dev lost the pem file for our ec2 instances, whose problem is that'),
  ask('ec2-instance-store-data', 'customer', 'who backs up data on ec2 instance store volumes'),
  ask('ec2-instance-store-data', 'customer', 'we lost data on the ephemeral disk after stopping an ec2 instance, is aws responsible?'),
  ask('ec2-instance-store-erasure', 'aws', 'who wipes the instance store after an ec2 instance is terminated so the next tenant cant read it'),
  ask('ec2-instance-store-erasure', 'aws', 'data remanence on ec2 instance store - who handles it'),
  ask('ec2-imdsv2', 'customer', 'who makes sure imdsv2 is required on ec2 instances'),
  ask('ec2-imdsv2', 'customer', 'is it on aws to disable imdsv1 for our instances in ec2?'),
  ask('ec2-role-credentials-rotation', 'aws', 'who rotates the temporary credentials of an ec2 instance profile'),
  ask('ec2-role-credentials-rotation', 'aws', 'do we need to rotate the keys from the iam role on our ec2 instance or does aws'),
  ask('ec2-instance-role-permissions', 'customer', 'who decides what permissions the instance profile on ec2 gets'),
  ask('ec2-instance-role-permissions', 'customer', 'who makes the iam role for ec2 least privilege'),
  ask('ec2-host-maintenance', 'aws', 'who maintains the underlying host hardware for ec2'),
  ask('ec2-host-maintenance', 'aws', 'who handles degraded hardware under our ec2 instances'),
  ask('ec2-host-maintenance', 'aws', 'who fixes a failed physical server under our ec2 instance'),
  ask('ec2-scheduled-events-response', 'customer', 'we got an ec2 instance retirement notice, who has to act on it'),
  ask('ec2-scheduled-events-response', 'customer', 'who deals with scheduled events like instance stop on ec2'),
  ask('ec2-nitro-isolation', 'aws', 'who is responsible for isolation between ec2 instances on the same host'),
  ask('ec2-nitro-isolation', 'aws', 'who secures the nitro hypervisor under ec2'),
  ask('ec2-security-groups', 'customer', 'who decides which ports are open on our ec2 instances'),
  ask('ec2-security-groups', 'customer', 'ssh is open to the internet on an ec2 box, whose fault is it'),
  ask('ec2-security-groups', 'customer', 'who closes port 3389 on our ec2 windows servers'),
  ask('ec2-tls-to-instances', 'customer', 'who encrypts traffic between clients and our ec2 instances'),
  ask('ec2-tls-to-instances', 'customer', 'who sets up https to our servers on ec2'),

  // Amazon Lightsail
  ask('lightsail-database-maintenance', 'aws', 'who applies minor version upgrades to a lightsail managed database'),
  ask('lightsail-database-maintenance', 'aws', 'who patches the lightsail mysql database'),
  ask('lightsail-database-windows', 'customer', 'who picks the maintenance window for a lightsail database'),
  ask('lightsail-database-windows', 'customer', 'who changes the backup window of our lightsail db'),
  ask('lightsail-database-high-availability', 'customer', 'who chooses a high availability plan for a lightsail database'),
  ask('lightsail-database-high-availability', 'customer', 'who sets up a standby database in another az on lightsail'),
  ask('lightsail-instance-firewall', 'customer', 'who configures the firewall rules of a lightsail instance'),
  ask('lightsail-instance-firewall', 'customer', 'ssh is open to all ip addresses on our lightsail instance, who should close it'),

  // Amazon WorkSpaces
  ask('workspaces-os-patching', 'customer', 'who installs windows updates on amazon workspaces'),
  ask('workspaces-os-patching', 'customer', 'we kept the default maintenance window on workspaces, so aws keeps them patched?'),
  ask('workspaces-os-patching', 'customer', 'we disabled maintenance mode on our workspaces - who patches them now'),
  ask('workspaces-application-updates', 'customer', 'who updates the applications installed on our workspaces'),
  ask('workspaces-application-updates', 'customer', 'who keeps browsers and office up to date on workspaces virtual desktops'),
  ask('workspaces-ip-access-control', 'customer', 'who restricts which ip addresses can connect to workspaces'),
  ask('workspaces-ip-access-control', 'customer', 'users can log into workspaces from anywhere, who should lock that down'),
  ask('workspaces-ip-access-control', 'customer', 'who limits workspaces logins to our office network'),
  ask('workspaces-volume-encryption', 'customer', 'who encrypts the root and user volumes of workspaces'),
  ask('workspaces-volume-encryption', 'customer', 'are workspaces encrypted at rest by aws or do we turn that on'),

  // Amazon EC2 Auto Scaling
  ask('ec2-auto-scaling-replace-unhealthy', 'aws', 'who replaces unhealthy instances in an auto scaling group'),
  ask('ec2-auto-scaling-replace-unhealthy', 'aws', 'if an instance in our asg fails health checks who launches a new one'),
  ask('ec2-auto-scaling-patching', 'customer', 'who patches instances in an auto scaling group'),
  ask('ec2-auto-scaling-patching', 'customer', 'doesnt the auto scaling group keep our instances patched automatically?'),
  ask('ec2-auto-scaling-policies', 'customer', 'who sets the scaling policies of an auto scaling group'),
  ask('ec2-auto-scaling-policies', 'customer', 'who decides the max capacity for our asg'),

  // AWS Batch
  ask('batch-compute-environment-patching', 'customer', 'who patches the amis in our aws batch compute environments'),
  ask('batch-compute-environment-patching', 'customer', 'does aws batch update the ecs optimized ami for us'),
  ask('batch-compute-capacity', 'shared', 'who scales the instances for aws batch jobs'),
  ask('batch-compute-capacity', 'aws', 'in a managed compute environment who provisions the aws batch instances', 'Managed compute environment'),
  ask('batch-compute-capacity', 'customer', 'we run an unmanaged compute environment in aws batch, who scales the instances', 'Unmanaged compute environment'),

  // Amazon AppStream 2.0
  ask('appstream-agent-updates', 'shared', 'who updates the appstream agent on streaming instances'),
  ask('appstream-agent-updates', 'aws', 'our appstream images always use the latest agent version, who updates the agent?', 'Image set to always use the latest agent version'),
  ask('appstream-agent-updates', 'customer', 'appstream image pinned to a specific agent version - who updates the agent', 'Image pinned to a specific agent version'),
  ask('appstream-image-os-updates', 'customer', 'who installs windows updates in appstream images'),
  ask('appstream-image-os-updates', 'customer', 'who keeps the appstream 2.0 fleet image up to date'),
];
