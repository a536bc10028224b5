/**
 * The editor with a 200-step playbook, in Chromium, on the production build:
 *
 * - time to interactive: from navigation start (the page's `performance.timeOrigin`) to
 *   the first frame in which a real mouse click on the trigger's card — sent as soon as
 *   all 200 cards are in the page and the card stands still — shows the card selected;
 * - frame times while a card is dragged for 2 s with real mouse moves, one per frame as
 *   Chromium delivers a real mouse's moves: the interval between animation frames,
 *   recorded by requestAnimationFrame in the page (the display runs at 60 Hz, so 16.7 ms
 *   is the floor and a dropped frame shows as 33 ms), and the main-thread work in each
 *   frame (input handling, React, style, layout, paint: the renderer's main-thread tasks
 *   between two frame starts, from a Chromium trace of the drag — tracing adds a little
 *   to them);
 * - input-to-paint while dragging: from each mouse move's own time stamp (when the browser
 *   received it) to the end of the first frame drawn after it (a task queued from that
 *   frame's requestAnimationFrame runs once the frame is committed) — how long the card lags
 *   behind the hand;
 * - main-thread CPU until all cards are in the page and until interactive (Chromium's own
 *   counters over CDP, in thread time: what the page cost, whatever else the machine runs):
 *   all tasks, script, style, layout, and the number of layouts.
 *
 * Three runs, each in a fresh browser context (nothing cached); the median run is
 * reported. Usage: `pnpm bench` (after `pnpm build`); `BENCH_WEB_ROOT=<dir> pnpm bench` runs another
 * build (`vite build --outDir <dir>`), so two versions can be compared run for run.
 */
import { validate, type Playbook } from '@stayflow/playbook';
import { cpus } from 'node:os';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium, startAppServer, type AppServer } from '../test/browser/appServer.ts';
import { largePlaybook } from './largePlaybook.ts';

const STEPS = 200;
const RUNS = 3;
const DRAG_MS = 2_000;
const VIEWPORT = { width: 1920, height: 1080 };
const TARGET = { interactiveMs: 1_000, frameMs: 16, inputToPaintMs: 20 };
const LATE_MS = 25;

/** A card dragged in one view of the playbook. */
interface Drag {
  /** Cards on screen and the zoom. */
  cards: number;
  zoom: number;
  /** Frame intervals with nothing happening: the floor of the measure. */
  idle: Stats;
  frames: Stats;
  /** Frames that came more than 25 ms after the previous one. */
  late: number;
  work: Stats;
  /** From each mouse move to the frame that shows it. */
  inputToPaint: Stats;
  moves: number;
}

interface Run {
  /** All 200 cards in the page. */
  renderedMs: number;
  /** The click reached the page. */
  clickedMs: number;
  interactiveMs: number;
  /** [start, duration] of each task over 50 ms before the page was interactive. */
  longTasks: [number, number][];
  /** Main-thread CPU until interactive (read as soon as it is), and until all cards were in the page. */
  cpu: LoadCpu;
  cpuDrawn: LoadCpu;
  /** At the view the playbook opens at (readable zoom, from the trigger down). */
  opening: Drag;
  /** After "Fit to screen": all 200 cards on screen. */
  whole: Drag;
}

interface LoadCpu {
  /** Milliseconds of CPU in the renderer's main thread: all tasks, then script, style and layout. */
  tasks: number;
  script: number;
  style: number;
  layout: number;
  layouts: number;
}

interface Stats {
  mean: number;
  p95: number;
  max: number;
  count: number;
}

/** Runs in the page before the app: notes when every card is there, when one is first selected, and the frames of a drag. */
function instrument(steps: number): void {
  const marks: { rendered?: number; clicked?: number; selected?: number; longTasks: [number, number][] } = { longTasks: [] };
  // Tasks over 50 ms until the page is interactive: where the time goes.
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) if (marks.selected === undefined) marks.longTasks.push([Math.round(task.startTime), Math.round(task.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  const recording = { on: false, intervals: [] as number[], inputToPaint: [] as number[] };
  addEventListener(
    'pointermove',
    (event) => {
      if (!recording.on) return;
      const received = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => recording.on && recording.inputToPaint.push(performance.now() - received), 0));
    },
    { capture: true, passive: true },
  );
  Object.assign(window, { __bench: { marks, recording } });
  const cards = () => document.querySelectorAll('.sf-node[data-testid^="node-"]');
  new MutationObserver(() => {
    const now = performance.now();
    if (marks.rendered === undefined && cards().length >= steps) marks.rendered = now;
    if (marks.rendered !== undefined && marks.selected === undefined && document.querySelector('.sf-node.sf-selected')) {
      // Selected in the DOM: count it once the frame showing it is rendered.
      requestAnimationFrame(() => setTimeout(() => (marks.selected ??= performance.now()), 0));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });

  // When the browser received the click (the event's own time stamp, before any handler ran).
  addEventListener('pointerdown', (event) => marks.rendered !== undefined && (marks.clicked ??= event.timeStamp), { capture: true, passive: true });

  // The time the callback runs, not the frame time it is given: headless Chromium hands out frame times
  // 16.7 ms apart even when the main thread is late.
  let last: number | null = null;
  const tick = () => {
    const now = performance.now();
    if (recording.on && last !== null) recording.intervals.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length);
  return { mean, p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0, max: sorted.at(-1) ?? 0, count: sorted.length };
}

async function measureOnce(browser: Browser, server: AppServer, playbook: Playbook): Promise<Run> {
  // Each run's drags are autosaved: every run starts from the generated layout.
  await server.api('PUT', `/api/playbooks/${playbook.id}`, playbook);
  const id = playbook.id;
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Durations in thread time: the CPU the page used, not the wall clock a loaded machine stretches.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  try {
    // tsx keeps function names with an `__name` helper that the page does not have.
    await page.addInitScript({ content: `var __name = (target) => target; (${instrument.toString()})(${STEPS});` });
    await page.goto(`${server.url}/playbooks/${id}`, { waitUntil: 'commit' });
    // Generous: on a loaded machine the first render of 200 cards can take many seconds (the figures then say so).
    await page
      .waitForFunction((steps) => document.querySelectorAll('.sf-node[data-testid^="node-"]').length >= steps, STEPS, { timeout: 60_000, polling: 'raf' })
      .catch(async (error: unknown) => {
        const shown = await page.evaluate(() => `${document.querySelectorAll('.sf-node').length} cards; ${document.body.innerText.slice(0, 300)}`);
        throw new Error(`the ${STEPS} cards were not drawn (${shown})${errors.length > 0 ? `; the page failed: ${errors.join('; ')}` : ''}`, { cause: error });
      });
    const cpuDrawn = await loadCpu(cdp);
    await page.getByTestId('node-start').click({ timeout: 30_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: { marks: { selected?: number } } }).__bench.marks.selected !== undefined, undefined, { polling: 'raf' });
    const cpu = await loadCpu(cdp);
    const marks = await page.evaluate(() => (window as unknown as { __bench: { marks: { rendered: number; clicked: number; selected: number; longTasks: [number, number][] } } }).__bench.marks);
    const opening = await dragFor(browser, page, 'node-check_1', DRAG_MS);
    await page.getByTestId('toolbar-fit').click();
    await page.waitForTimeout(800);
    const whole = await dragFor(browser, page, 'node-check_20', DRAG_MS);
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
    return { renderedMs: marks.rendered, clickedMs: marks.clicked, interactiveMs: marks.selected, longTasks: marks.longTasks, cpu, cpuDrawn, opening, whole };
  } finally {
    await context.close();
  }
}

/** Chromium's main-thread counters so far (thread time once `Performance.enable` asked for it). */
async function loadCpu(cdp: CDPSession): Promise<LoadCpu> {
  const counters = new Map((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
  const ms = (name: string) => (counters.get(name) ?? 0) * 1000;
  return { tasks: ms('TaskDuration'), script: ms('ScriptDuration'), style: ms('RecalcStyleDuration'), layout: ms('LayoutDuration'), layouts: counters.get('LayoutCount') ?? 0 };
}

const recorder = (page: Page) => ({
  start: () => page.evaluate(() => Object.assign((window as unknown as { __bench: { recording: object } }).__bench.recording, { on: true, intervals: [], inputToPaint: [] })),
  stop: () =>
    page.evaluate(() => {
      const recording = (window as unknown as { __bench: { recording: { on: boolean; intervals: number[]; inputToPaint: number[] } } }).__bench.recording;
      recording.on = false;
      return recording.intervals;
    }),
  inputToPaint: () => page.evaluate(() => (window as unknown as { __bench: { recording: { inputToPaint: number[] } } }).__bench.recording.inputToPaint),
});

/**
 * Holds a card and moves it round in circles, one move per frame (sent without waiting
 * for each to be handled): first recording the frames in the page, then again while
 * tracing the main thread (tracing slows the page, so the two are kept apart). Before
 * that, the frames of the page at rest give the floor of the measure.
 */
async function dragFor(browser: Browser, page: Page, testId: string, ms: number): Promise<Drag> {
  const id = testId.slice('node-'.length);
  const box = await page.getByTestId(testId).locator('.sf-node-title').boundingBox();
  if (!box) throw new Error(`${testId} is not on screen`);
  const origin = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const before = await page.locator(`.react-flow__node[data-id="${id}"]`).getAttribute('style');
  const frames = recorder(page);

  await frames.start();
  await page.waitForTimeout(1_000);
  const idle = await frames.stop();

  await page.mouse.move(origin.x, origin.y);
  await page.mouse.down();
  // Past React Flow's drag threshold first.
  await page.mouse.move(origin.x + 10, origin.y + 10, { steps: 2 });
  let moves = 0;
  const circle = async () => {
    const started = Date.now();
    const sent: Promise<void>[] = [];
    while (Date.now() - started < ms) {
      const angle = (moves++ / 60) * Math.PI;
      sent.push(page.mouse.move(origin.x + 10 + 120 * Math.sin(angle), origin.y + 10 + 80 * (1 - Math.cos(angle))));
      await new Promise((resolve) => setTimeout(resolve, 16));
    }
    await Promise.all(sent);
  };
  await frames.start();
  await circle();
  // The last moves' frames are drawn after the loop: let them land.
  await page.waitForTimeout(100);
  const intervals = await frames.stop();
  const inputToPaint = await frames.inputToPaint();
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline.frame'] });
  await circle();
  const trace = await browser.stopTracing();
  await page.mouse.move(origin.x + 200, origin.y + 60, { steps: 4 });
  await page.mouse.up();

  const after = await page.locator(`.react-flow__node[data-id="${id}"]`).getAttribute('style');
  if (before === after) throw new Error(`${testId} did not move: the drag was not taken`);
  const view = await page.evaluate(() => {
    const transform = document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '';
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const cards = [...document.querySelectorAll('.react-flow__node')].filter((node) => {
      const box = node.getBoundingClientRect();
      return box.right > pane.left && box.left < pane.right && box.bottom > pane.top && box.top < pane.bottom;
    }).length;
    return { cards, zoom: Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 1) };
  });
  return { ...view, idle: stats(idle), frames: stats(intervals), late: intervals.filter((f) => f > LATE_MS).length, work: stats(mainThreadWorkPerFrame(trace)), inputToPaint: stats(inputToPaint), moves };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Milliseconds of main-thread tasks in each frame of a renderer trace (between consecutive frame starts). */
function mainThreadWorkPerFrame(trace: Buffer): number[] {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`));
  // Tasks can nest (a task run inside another): count the time covered, once.
  const tasks: { ts: number; end: number }[] = [];
  for (const e of onMain.filter((t) => t.name === 'ThreadControllerImpl::RunTask' && t.ph === 'X' && t.dur !== undefined).sort((a, b) => a.ts - b.ts)) {
    const previous = tasks.at(-1);
    if (previous && e.ts <= previous.end) previous.end = Math.max(previous.end, e.ts + e.dur!);
    else tasks.push({ ts: e.ts, end: e.ts + e.dur! });
  }
  const starts = onMain.filter((e) => e.name === 'BeginMainThreadFrame').map((e) => e.ts).sort((a, b) => a - b);
  const work: number[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const [from, to] = [starts[i]!, starts[i + 1]!];
    let busy = 0;
    for (const task of tasks) busy += Math.max(0, Math.min(task.end, to) - Math.max(task.ts, from));
    work.push(busy / 1000);
  }
  return work;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const median = <T>(runs: T[], by: (run: T) => number): T => [...runs].sort((a, b) => by(a) - by(b))[Math.floor(runs.length / 2)]!;

async function main(): Promise<void> {
  const webRoot = process.env.BENCH_WEB_ROOT;
  const server = await startAppServer({ demoCustomers: 0, ...(webRoot ? { webRoot } : {}) });
  let browser: Browser | undefined;
  try {
    const document = largePlaybook('bench-200', STEPS);
    const checked = validate(document);
    if (!checked.valid) throw new Error(`the generated playbook is invalid: ${checked.errors.map((e) => e.message).join('; ')}`);
    await server.api('POST', '/api/playbooks', document);

    browser = await launchChromium();
    const version = browser.version();
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(browser, server, document));

    const triple = (of: (field: 'mean' | 'p95' | 'max') => number) => `${ms(of('mean'))} / ${ms(of('p95'))} / ${ms(of('max'))}`;
    const mid = (by: (run: Run) => number) => by(median(runs, by));
    const table = (head: string[], rows: string[][]) => {
      const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
      const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
      console.log(line(head));
      for (const row of rows) console.log(line(row));
    };
    console.log(`Editor with a ${STEPS}-step playbook — Chromium ${version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} runs`);
    console.log('Times from navigation start; frame figures are mean / p95 / max; late: frames more than 25 ms after the previous one.\n');
    table(
      ['', 'cards drawn', 'click received', 'interactive'],
      [
        ...runs.map((run, i) => [`run ${i + 1}`, ms(run.renderedMs), ms(run.clickedMs), ms(run.interactiveMs)]),
        ['median', ms(mid((r) => r.renderedMs)), ms(mid((r) => r.clickedMs)), ms(mid((r) => r.interactiveMs))],
      ],
    );
    console.log('\nMain-thread CPU (thread time, whatever the load) until all cards were in the page, and until interactive:');
    const cpuRow = (cpu: LoadCpu) => [ms(cpu.tasks), ms(cpu.script), ms(cpu.style), ms(cpu.layout), String(cpu.layouts)];
    const cpuMedian = (of: (run: Run) => LoadCpu) => cpuRow({ tasks: mid((r) => of(r).tasks), script: mid((r) => of(r).script), style: mid((r) => of(r).style), layout: mid((r) => of(r).layout), layouts: mid((r) => of(r).layouts) });
    table(
      ['', 'all tasks', 'script', 'style', 'layout', 'layouts'],
      [
        ...runs.flatMap((run, i) => [
          [`run ${i + 1}, cards drawn`, ...cpuRow(run.cpuDrawn)],
          [`run ${i + 1}, interactive`, ...cpuRow(run.cpu)],
        ]),
        ['median, cards drawn', ...cpuMedian((r) => r.cpuDrawn)],
        ['median, interactive', ...cpuMedian((r) => r.cpu)],
      ],
    );
    console.log(`\nLong tasks before interactive (start +duration): ${runs.map((run, i) => `run ${i + 1}: ${run.longTasks.map(([start, duration]) => `${start} +${duration}`).join(', ')}`).join('; ')}`);

    const views = [
      ['opening view', (run: Run) => run.opening],
      ['whole playbook', (run: Run) => run.whole],
    ] as const;
    for (const [name, of] of views) {
      const drag = (r: Run) => of(r);
      console.log(`\nDragging a card, ${name}: ${drag(runs[0]!).cards} cards on screen at zoom ${drag(runs[0]!).zoom.toFixed(2)}`);
      table(
        ['', 'frames at rest', 'frames while dragging', 'frames (late)', 'main-thread work per frame', 'input to paint'],
        [
          ...runs.map((run, i) => [
            `run ${i + 1}`,
            triple((f) => drag(run).idle[f]),
            triple((f) => drag(run).frames[f]),
            `${drag(run).frames.count} (${drag(run).late})`,
            triple((f) => drag(run).work[f]),
            triple((f) => drag(run).inputToPaint[f]),
          ]),
          [
            'median',
            triple((f) => mid((r) => drag(r).idle[f])),
            triple((f) => mid((r) => drag(r).frames[f])),
            `(${mid((r) => drag(r).late)})`,
            triple((f) => mid((r) => drag(r).work[f])),
            triple((f) => mid((r) => drag(r).inputToPaint[f])),
          ],
        ],
      );
    }

    const interactive = mid((r) => r.interactiveMs);
    const verdict = (value: number, target: number) => (value < target ? 'met' : 'NOT met');
    console.log(`\nInteractive in ${ms(interactive)} (target < ${TARGET.interactiveMs} ms: ${verdict(interactive, TARGET.interactiveMs)}).`);
    for (const [name, of] of views) {
      const work95 = mid((r) => of(r).work.p95);
      const paint = mid((r) => of(r).inputToPaint.mean);
      console.log(
        `Dragging, ${name}: frames every ${ms(mid((r) => of(r).frames.mean))} on average, p95 ${ms(mid((r) => of(r).frames.p95))} (at rest: ${ms(mid((r) => of(r).idle.p95))}); ` +
          `main-thread work per frame p95 ${ms(work95)} (target < ${TARGET.frameMs} ms: ${verdict(work95, TARGET.frameMs)}); ` +
          `input to paint ${ms(paint)} on average, p95 ${ms(mid((r) => of(r).inputToPaint.p95))} (target < ${TARGET.inputToPaintMs} ms on average: ${verdict(paint, TARGET.inputToPaintMs)}).`,
      );
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
}

await main();
