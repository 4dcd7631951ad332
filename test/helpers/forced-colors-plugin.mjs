// A test-runner command that switches the page to forced colours (Windows High Contrast and the
// like) the way DevTools' rendering panel does, through the Chrome DevTools Protocol. The stock
// `emulateMedia({forcedColors})` command is Playwright-only; with the Chrome launcher it does
// nothing. Under the emulation Chromium really forces the system colours (CSS sees
// `(forced-colors: active)` and computed colours become Canvas, CanvasText, …), so tests measure
// what a forced-colours user sees.
//
// In a test: `await executeServerCommand('forced-colors', {active: true})`.
export function forcedColorsPlugin() {
  return {
    name: 'partner-hub:forced-colors',
    async executeCommand({command, payload, session}) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{name: 'forced-colors', value: payload?.active ? 'active' : 'none'}]);
      return true;
    },
  };
}
