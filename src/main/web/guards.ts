// The checks every request to the local web server passes before anything else runs.
// The token keeps other local users and web pages out; the Host check defeats DNS
// rebinding (a foreign name resolving to 127.0.0.1); the Origin check stops a page on
// another origin from driving the API even if it somehow learnt the token.
import { createHash, timingSafeEqual } from 'node:crypto';

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((h) => `http://${h}`);
}

export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return allowedHosts(port).includes(host.toLowerCase());
}

/** No Origin header (same-origin GET, curl) is fine; a present one must be ours exactly. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedOrigins(port).includes(origin.toLowerCase());
}

/** Constant-time comparison: hashing first makes both sides the same length. */
export function tokenMatches(given: string | undefined | null, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0 || given.length > 1024) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
