// The longest main-thread task while something runs in the page, from the browser's own Long Tasks
// API (PerformanceObserver 'longtask', which reports every task of 50 ms or more).

/** Starts recording long tasks in the page (call before the click that starts the export). */
export function startLongTasks(page) {
  return page.evaluate(() => {
    window.__benchLongTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    window.__benchLongTaskObserver = observer;
  });
}

/**
 * Stops recording and returns the longest task in ms since startLongTasks, or 0 when no task
 * reached 50 ms (the API reports none shorter). Waits two frames so late entries arrive first.
 */
export function stopLongTasks(page) {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const observer = window.__benchLongTaskObserver;
    for (const entry of observer.takeRecords()) window.__benchLongTasks.push(entry.duration);
    observer.disconnect();
    return Math.max(0, ...window.__benchLongTasks);
  });
}
