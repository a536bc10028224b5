import { parentPort, workerData } from 'node:worker_threads';
import { openCustomerReader, type StoreTarget } from '@stayflow/store';
import { computePreview, type PreviewSpec } from './computePreview.ts';

/** Messages from the preview's worker thread to its PreviewRunner. */
export type PreviewMessage = { type: 'progress'; fraction: number } | { type: 'done'; preview: unknown } | { type: 'failed'; message: string };

const { target, spec } = workerData as { target: StoreTarget; spec: PreviewSpec };
const post = (message: PreviewMessage) => parentPort!.postMessage(message);
let last = -1;
try {
  const reader = await openCustomerReader(target);
  try {
    const preview = await computePreview(reader, spec, (fraction) => {
      // About a hundred reports over a preview are plenty for a progress bar.
      if (fraction - last < 0.01 && fraction < 1) return;
      last = fraction;
      post({ type: 'progress', fraction });
    });
    post({ type: 'done', preview });
  } finally {
    await reader.close();
  }
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
