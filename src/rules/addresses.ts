import { isIP } from 'node:net';

/**
 * Source addresses as CloudTrail writes them: an IP literal for calls from
 * the internet or a VPC endpoint, a service name ("ec2.amazonaws.com",
 * "AWS Internal") for calls AWS made on the caller's behalf.
 */
export function isIpAddress(v: unknown): v is string {
  return typeof v === 'string' && isIP(v) !== 0;
}

/** RFC 1918, carrier-grade NAT, loopback, link-local and IPv6 unique-local / link-local: inside a network, not the internet. */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a = 0, b = 0] = ip.split('.').map(Number);
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);
  }
  const lower = ip.toLowerCase();
  return lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
}

/** A public IP address (where a call from the internet or a NAT comes from). */
export function isPublicAddress(v: unknown): v is string {
  return isIpAddress(v) && !isPrivateAddress(v);
}
