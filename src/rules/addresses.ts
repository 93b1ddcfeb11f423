import { isIP } from 'node:net';

/**
 * Source addresses as CloudTrail writes them: an IP literal for calls from
 * the internet or a VPC endpoint, a service name ("ec2.amazonaws.com",
 * "AWS Internal") for calls AWS made on the caller's behalf.
 */
export function isIpAddress(v: unknown): v is string {
  return typeof v === 'string' && isIP(v) !== 0;
}

const ipv4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/;

const privateV4 = (a: number, b: number): boolean =>
  a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);
const privateV6 = (ip: string): boolean => {
  const lower = ip.toLowerCase();
  return lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
};

/** RFC 1918, carrier-grade NAT, loopback, link-local and IPv6 unique-local / link-local: inside a network, not the internet. */
export function isPrivateAddress(ip: string): boolean {
  const m = ipv4.exec(ip);
  return m ? privateV4(Number(m[1]), Number(m[2])) : privateV6(ip);
}

/** A public IP address (where a call from the internet or a NAT comes from); checked on every event, so IPv4 takes one regex, not a parse. */
export function isPublicAddress(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = ipv4.exec(v);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a <= 255 && b <= 255 && !privateV4(a, b);
  }
  return v.includes(':') && isIP(v) === 6 && !privateV6(v);
}
