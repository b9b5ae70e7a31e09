/**
 * In-page probes for the editor benchmark (run with page.addInitScript): keydown → next paint
 * measured as requestAnimationFrame followed by a MessageChannel message (the task after the
 * frame), not the Event Timing API; long tasks from PerformanceObserver, with their start on the
 * page's clock so the bench can tell the page's loading from the typing.
 */
export const probeScript = `
  window.__lat = []; window.__long = []; window.__keys = []; window.__commits = [];
  // Saves acknowledged by the core (committed in SQLite), timed on the page's own clock.
  const realFetch = window.fetch;
  window.fetch = async (...args) => {
    const res = await realFetch(...args);
    const body = typeof args[1]?.body === 'string' ? args[1].body : '';
    if (body.includes('"items.updateField"')) {
      const at = performance.now();
      let length = 0;
      const walk = (n) => { if (n && typeof n === 'object') { if (typeof n.text === 'string') length += n.text.length; for (const c of n.content || []) walk(c); } };
      walk(JSON.parse(body).input.patch.value);
      window.__commits.push({ at, length });
    }
    return res;
  };
  document.addEventListener('keydown', (e) => {
    const t0 = performance.now();
    window.__keys.push({ key: e.key, at: t0 });
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__lat.push({ key: e.key, ctrl: e.ctrlKey, ms: performance.now() - t0 });
      ch.port2.postMessage(0);
    });
  }, true);
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ at: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch {}
`;

/** A task over 50 ms as the long-task observer saw it (buffered: loading included). */
export interface LongTask {
  at: number;
  ms: number;
}

export interface Sample {
  key: string;
  ctrl: boolean;
  ms: number;
}
