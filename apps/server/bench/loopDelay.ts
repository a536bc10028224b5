/**
 * Preloaded into the benchmarked server (`--import ./bench/loopDelay.ts`) by scenarios e and
 * f: records the server's event-loop delay with `monitorEventLoopDelay`, and its garbage
 * collections' pauses, and writes the figures to `BENCH_LOOP_DELAY_FILE` every 100 ms.
 * SIGUSR2 starts a new measurement.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

/** What the file holds: delays and pauses in milliseconds since the last SIGUSR2. */
export interface LoopDelay {
  max: number;
  p99: number;
  mean: number;
  count: number;
  /** Garbage collections: how many, the longest pause, the pauses over 20 ms, and their total. */
  gc: { count: number; max: number; over20: number; totalMs: number };
}

const file = process.env.BENCH_LOOP_DELAY_FILE;
if (file !== undefined) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let gc = { count: 0, max: 0, over20: 0, totalMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc = { count: gc.count + 1, max: Math.max(gc.max, entry.duration), over20: gc.over20 + (entry.duration > 20 ? 1 : 0), totalMs: gc.totalMs + entry.duration };
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('SIGUSR2', () => {
    histogram.reset();
    gc = { count: 0, max: 0, over20: 0, totalMs: 0 };
  });
  setInterval(() => {
    const ms = (ns: number) => ns / 1e6;
    const figures: LoopDelay = { max: ms(histogram.max), p99: ms(histogram.percentile(99)), mean: ms(histogram.mean), count: histogram.count, gc };
    // Written aside and renamed: the benchmark may read the file at any moment, never half-written.
    writeFileSync(`${file}.next`, JSON.stringify(figures));
    renameSync(`${file}.next`, file);
  }, 100).unref();
}
