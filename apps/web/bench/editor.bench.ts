/**
 * The editor with a 200-step playbook, in Chromium, on the production build:
 *
 * - time to interactive: from navigation start (the page's `performance.timeOrigin`) to
 *   the first frame in which a real mouse click on the trigger's card — sent as soon as
 *   all 200 cards are in the page and the card stands still — shows the card selected;
 * - frame times while a card is dragged with real mouse moves for 2 s: the interval
 *   between animation frames (60 Hz means 16.7 ms; a dropped frame shows as 33 ms) and
 *   the main-thread work in each frame (input handling, React, style, layout, paint).
 *
 * Three runs, each in a fresh browser context (nothing cached); the median run is
 * reported. Usage: `pnpm bench` (after `pnpm build`).
 */
import { validate } from '@stayflow/playbook';
import { cpus } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startAppServer, type AppServer } from '../test/browser/appServer.ts';
import { largePlaybook } from './largePlaybook.ts';

const STEPS = 200;
const RUNS = 3;
const DRAG_MS = 2_000;
const VIEWPORT = { width: 1920, height: 1080 };
const TARGET = { interactiveMs: 1_000, frameMs: 16 };

interface Run {
  /** All 200 cards in the page. */
  renderedMs: number;
  interactiveMs: number;
  frames: Stats;
  work: Stats;
  moves: number;
}

interface Stats {
  mean: number;
  p95: number;
  max: number;
  count: number;
}

/** Runs in the page before the app: notes when every card is there, when one is first selected, and the frames of a drag. */
function instrument(steps: number): void {
  const marks: { rendered?: number; selected?: number } = {};
  const recording = { on: false, intervals: [] as number[], work: [] as number[] };
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

  // Frame work: from the first input of a frame (or its animation callback) to the end of its rendering,
  // which a message posted from requestAnimationFrame marks (it runs once style, layout and paint are done).
  let firstInput: number | null = null;
  addEventListener('pointermove', () => (firstInput ??= performance.now()), { capture: true, passive: true });
  const channel = new MessageChannel();
  let frameStart = 0;
  channel.port1.onmessage = () => {
    if (recording.on) recording.work.push(performance.now() - frameStart);
  };
  let last: number | null = null;
  const tick = (time: number) => {
    if (recording.on && last !== null) recording.intervals.push(time - last);
    last = time;
    frameStart = Math.min(firstInput ?? performance.now(), performance.now());
    firstInput = null;
    channel.port2.postMessage(null);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length);
  return { mean, p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0, max: sorted.at(-1) ?? 0, count: sorted.length };
}

async function measureOnce(browser: Browser, server: AppServer, id: string): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.addInitScript(instrument, STEPS);
    await page.goto(`${server.url}/playbooks/${id}`, { waitUntil: 'commit' });
    await page.waitForFunction((steps) => document.querySelectorAll('.sf-node[data-testid^="node-"]').length >= steps, STEPS, { timeout: 30_000, polling: 'raf' });
    await page.getByTestId('node-start').click({ timeout: 30_000 });
    await page.waitForFunction(() => (window as unknown as { __bench: { marks: { selected?: number } } }).__bench.marks.selected !== undefined, undefined, { polling: 'raf' });
    const marks = await page.evaluate(() => (window as unknown as { __bench: { marks: { rendered: number; selected: number } } }).__bench.marks);
    const { frames, work, moves } = await dragFor(page, 'node-check_20', DRAG_MS);
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
    return { renderedMs: marks.rendered, interactiveMs: marks.selected, frames: stats(frames), work: stats(work), moves };
  } finally {
    await context.close();
  }
}

/** Drags a card round in circles with real mouse moves, recording the frames meanwhile. */
async function dragFor(page: Page, testId: string, ms: number): Promise<{ frames: number[]; work: number[]; moves: number }> {
  const card = page.getByTestId(testId);
  const box = await card.locator('.sf-node-title').boundingBox();
  if (!box) throw new Error(`${testId} is not on screen`);
  const origin = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const before = await page.locator(`.react-flow__node[data-id="${testId.slice('node-'.length)}"]`).getAttribute('style');
  await page.mouse.move(origin.x, origin.y);
  await page.mouse.down();
  // Past React Flow's drag threshold, then record.
  await page.mouse.move(origin.x + 10, origin.y + 10, { steps: 2 });
  await page.evaluate(() => Object.assign((window as unknown as { __bench: { recording: object } }).__bench.recording, { on: true, intervals: [], work: [] }));
  const started = Date.now();
  let moves = 0;
  while (Date.now() - started < ms) {
    const angle = (moves / 30) * Math.PI;
    await page.mouse.move(origin.x + 10 + 120 * Math.sin(angle), origin.y + 10 + 80 * (1 - Math.cos(angle)));
    moves++;
  }
  const recorded = await page.evaluate(() => {
    const recording = (window as unknown as { __bench: { recording: { on: boolean; intervals: number[]; work: number[] } } }).__bench.recording;
    recording.on = false;
    return { intervals: recording.intervals, work: recording.work };
  });
  await page.mouse.move(origin.x + 200, origin.y + 60, { steps: 4 });
  await page.mouse.up();
  const after = await page.locator(`.react-flow__node[data-id="${testId.slice('node-'.length)}"]`).getAttribute('style');
  if (before === after) throw new Error(`${testId} did not move: the drag was not taken`);
  return { frames: recorded.intervals, work: recorded.work, moves };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const median = <T>(runs: T[], by: (run: T) => number): T => [...runs].sort((a, b) => by(a) - by(b))[Math.floor(runs.length / 2)]!;

async function main(): Promise<void> {
  const server = await startAppServer({ demoCustomers: 0 });
  let browser: Browser | undefined;
  try {
    const document = largePlaybook('bench-200', STEPS);
    const checked = validate(document);
    if (!checked.valid) throw new Error(`the generated playbook is invalid: ${checked.errors.map((e) => e.message).join('; ')}`);
    await server.api('POST', '/api/playbooks', document);

    browser = await launchChromium();
    const version = browser.version();
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(browser, server, document.id));

    const rows = runs.map((run, i) => [
      `run ${i + 1}`,
      ms(run.renderedMs),
      ms(run.interactiveMs),
      `${ms(run.frames.mean)} / ${ms(run.frames.p95)} / ${ms(run.frames.max)}`,
      `${ms(run.work.mean)} / ${ms(run.work.p95)} / ${ms(run.work.max)}`,
      `${run.frames.count} frames, ${run.moves} moves`,
    ]);
    const mid = (by: (run: Run) => number) => by(median(runs, by));
    rows.push([
      'median',
      ms(mid((r) => r.renderedMs)),
      ms(mid((r) => r.interactiveMs)),
      `${ms(mid((r) => r.frames.mean))} / ${ms(mid((r) => r.frames.p95))} / ${ms(mid((r) => r.frames.max))}`,
      `${ms(mid((r) => r.work.mean))} / ${ms(mid((r) => r.work.p95))} / ${ms(mid((r) => r.work.max))}`,
      '',
    ]);
    const head = ['', '200 cards drawn', 'interactive', 'frame interval mean / p95 / max', 'frame work mean / p95 / max', 'drag'];
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
    const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
    console.log(`Editor, ${STEPS}-step playbook — Chromium ${version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${RUNS} runs`);
    console.log(line(head));
    for (const row of rows) console.log(line(row));
    const interactive = mid((r) => r.interactiveMs);
    const work95 = mid((r) => r.work.p95);
    console.log(`\nTargets: interactive < ${TARGET.interactiveMs} ms: ${interactive < TARGET.interactiveMs ? 'met' : 'NOT met'} (${ms(interactive)}); frame work < ${TARGET.frameMs} ms at p95: ${work95 < TARGET.frameMs ? 'met' : 'NOT met'} (${ms(work95)}).`);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

await main();
