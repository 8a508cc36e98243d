// Demo helper: `?adblock=show` (or `?adblock=dialog`) shows the notice without an ad blocker, by
// giving it a simulated verdict, so the open state can be reviewed on any browser.
const wanted = new URLSearchParams(location.search).get('adblock');
const notice = document.querySelector('sabba-adblock-notice');
if (notice !== null && (wanted === 'show' || wanted === 'dialog')) {
  if (wanted === 'dialog') notice.mode = 'dialog';
  notice.verdict = {
    blocked: true,
    confidence: 'high',
    signals: [{ name: 'bait', outcome: 'blocked', unambiguous: true, detail: 'simulated for the demo' }],
  };
}
