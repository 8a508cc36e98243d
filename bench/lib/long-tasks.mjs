// @ts-check
/**
 * Long tasks with the scripts that ran in them, so a figure can say whose they are. The page's
 * own scripts (a CMP, Prebid.js) make long tasks of their own on the demo article, with or without
 * the widgets; a with-minus-without difference of totals mixes their noise into the widgets'
 * figure. Long Animation Frames (`long-animation-frame` entries, Chromium) name every script over
 * 5 ms with its source URL and time; a long task belongs to the widgets when most of the script
 * time inside it is theirs.
 */

/**
 * Runs first in <head>: collects long tasks and the scripts of long animation frames.
 * (`window.__bench.longTasks`, `window.__bench.scripts`.)
 */
export const LONG_TASK_PROBE = `<script>
  window.__bench = { longTasks: [], scripts: [] };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) __bench.longTasks.push({ start: task.startTime, duration: task.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries())
        for (const script of frame.scripts)
          __bench.scripts.push({ start: script.startTime, duration: script.duration, url: script.sourceURL });
    }).observe({ type: 'long-animation-frame', buffered: true });
</script>`;

/**
 * @typedef {{ start: number, duration: number }} Task
 * @typedef {{ start: number, duration: number, url: string }} Script
 * @typedef {{ start: number, duration: number, owner: 'widgets' | 'page' | 'none', widgetScript: number, pageScript: number }} AttributedTask
 */

/**
 * Each long task with the widget and page script time that overlaps it, and its owner: `widgets`
 * when the widgets' scripts ran longer in it than the page's, `page` when the page's did, `none`
 * when no script over 5 ms ran in it (parsing, style and layout).
 * @param {Task[]} tasks
 * @param {Script[]} scripts
 * @param {(url: string) => boolean} isWidget
 * @returns {AttributedTask[]}
 */
export function attributeLongTasks(tasks, scripts, isWidget) {
  return tasks.map((task) => {
    const end = task.start + task.duration;
    let widgetScript = 0;
    let pageScript = 0;
    for (const script of scripts) {
      const overlap = Math.min(end, script.start + script.duration) - Math.max(task.start, script.start);
      if (overlap <= 0) continue;
      if (isWidget(script.url)) widgetScript += overlap;
      else pageScript += overlap;
    }
    /** @type {AttributedTask['owner']} */
    const owner = widgetScript === 0 && pageScript === 0 ? 'none' : widgetScript > pageScript ? 'widgets' : 'page';
    return { ...task, owner, widgetScript, pageScript };
  });
}
