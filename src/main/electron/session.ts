// Hardens the app's session: no permissions, no requests beyond our own files, and the
// strict CSP on every response (SECURITY.md rules 1 and 4).
import type { Session } from 'electron';
import { appCsp, isAllowedRequest } from './security';

export interface SessionPolicy {
  rendererDir: string;
  devUrl?: string;
  log(message: string): void;
}

export function hardenSession(ses: Session, policy: SessionPolicy): void {
  // Camera, notifications, clipboard-read, geolocation, HID…: a research notebook needs none.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.on('will-download', (e) => e.preventDefault());

  // Zero egress: a remote image, font or prefetch in an imported page would tell a third
  // party that the article was opened. Only the renderer's own files load.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, policy.rendererDir, policy.devUrl);
    if (!allowed) policy.log(`blocked a ${details.resourceType} request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  const csp = appCsp(policy.devUrl);
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-security-policy') delete headers[k];
    headers['Content-Security-Policy'] = [csp];
    headers['X-Content-Type-Options'] = ['nosniff'];
    callback({ responseHeaders: headers });
  });
}
