// Watches the main thread for long tasks (over 50 ms, the browser's own threshold) while a phase runs.

export type LongTaskWatch = {
  /** The longest task seen, in ms; 0 when no task passed 50 ms. */
  stop(): Promise<number>;
};

export function watchLongTasks(): LongTaskWatch {
  let longest = 0;
  const note = (entries: PerformanceEntryList) => {
    for (const entry of entries) longest = Math.max(longest, entry.duration);
  };
  const observer = new PerformanceObserver((list) => note(list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    async stop() {
      // Entries arrive after their task ends; let the last one be queued before reading.
      await new Promise((resolve) => setTimeout(resolve, 100));
      note(observer.takeRecords());
      observer.disconnect();
      return longest;
    },
  };
}
