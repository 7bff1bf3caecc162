// The workbench's Content-Security-Policy for pages the bridge serves: renderer/index.html's meta
// policy plus what only a header can say (frame-ancestors). Electron main sets the same string as a
// literal in window.ts (electronegativity reads only literals there); a test keeps all three equal.
// Nothing remote, no eval, no inline script or style, no plugins, no framing.
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
