/**
 * Preloaded into the benchmarked server (`--import ./bench/loopDelay.ts`) by scenario e:
 * records the server's event-loop delay with `monitorEventLoopDelay` and writes the
 * figures to `BENCH_LOOP_DELAY_FILE` every 100 ms. SIGUSR2 starts a new measurement.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.BENCH_LOOP_DELAY_FILE;
if (file !== undefined) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  process.on('SIGUSR2', () => histogram.reset());
  setInterval(() => {
    const ms = (ns: number) => ns / 1e6;
    // Written aside and renamed: the benchmark may read the file at any moment, never half-written.
    writeFileSync(`${file}.next`, JSON.stringify({ max: ms(histogram.max), p99: ms(histogram.percentile(99)), mean: ms(histogram.mean), count: histogram.count }));
    renameSync(`${file}.next`, file);
  }, 100).unref();
}
