import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/** Native or optional packages the bundle imports from where the store installed them, rather than inlining. */
const LEFT_OUT = ['better-sqlite3', 'pg', 'pg-native'];
const entry = fileURLToPath(new URL('./previewWorker.ts', import.meta.url));
// The store's own dependencies: resolved from its package, where pnpm put them.
const storeRequire = createRequire(createRequire(import.meta.url).resolve('@stayflow/store'));

/** Points the left-out packages at the store's copies by absolute path, so the bundle loads from any folder. */
const leftOut: Plugin = {
  name: 'stayflow-left-out',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${LEFT_OUT.join('|')})$`) }, (args) => {
      try {
        return { path: storeRequire.resolve(args.path), external: true };
      } catch {
        // pg-native is optional (pg only tries it when asked): left as written.
        return { path: args.path, external: true };
      }
    });
  },
};

/** Workspace sources keep their own `import.meta.url` (the store finds its migrations by it), not the bundle's. */
const ownUrls: Plugin = {
  name: 'stayflow-own-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

let built: Promise<string | null> | undefined;

/**
 * The preview's worker entry as one plain JavaScript file, bundled with esbuild on the first
 * preview of the process (about a second; once per process) into a temporary folder: a worker
 * then starts in a fraction of a second, where registering tsx and compiling the engine and
 * store sources on each start took seconds. Resolves to the file's URL, or null when it could
 * not be built (the caller falls back to tsx). Sources edited later are seen on the next start.
 */
export function previewWorkerBundle(onFailure: (message: string) => void = () => undefined): Promise<string | null> {
  built ??= (async () => {
    try {
      const { build } = await import('esbuild');
      const outfile = join(mkdtempSync(join(tmpdir(), 'stayflow-preview-')), 'previewWorker.mjs');
      await build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        logLevel: 'silent',
        plugins: [leftOut, ownUrls],
        // Bundled CommonJS dependencies call require(): give the ES module one.
        banner: { js: "import { createRequire as __stayflowRequire } from 'node:module'; const require = __stayflowRequire(import.meta.url);" },
      });
      return pathToFileURL(outfile).href;
    } catch (error) {
      onFailure(error instanceof Error ? error.message : String(error));
      return null;
    }
  })();
  return built;
}
