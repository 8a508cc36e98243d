// Is the page's policy really enforced? A plain string into an HTML sink must throw where the
// engine has Trusted Types (and be reported as `sabba-tt-probe`); elsewhere it is assigned.
const log = window.__sabbaCsp;
let sinkBlocked = false;
try {
  document.createElement('div').innerHTML = '<i>sabba-tt-probe</i>';
} catch {
  sinkBlocked = true;
}
await new Promise((resolve) => setTimeout(resolve, 300));
log.result = { trustedTypes: typeof window.trustedTypes === 'object' && window.trustedTypes !== null, sinkBlocked };
log.done = true;
