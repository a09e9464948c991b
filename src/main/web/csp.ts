// The Content-Security-Policy for the app's own pages, shared by the web server and the
// Electron shell so both front doors hold the same line: nothing but our own files, no
// network sources, no plugins, no framing of the app by anyone else.
export const APP_CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // React and the virtual list set inline style attributes; no remote stylesheets.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  // The article reader is an isolated srcdoc/data frame with its own script-less CSP.
  ['frame-src', "'self' about: data:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const APP_CSP = APP_CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** Headers every response from the local web server carries, static or API. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
