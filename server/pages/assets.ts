/**
 * Client assets: web/ TypeScript and CSS bundled by esbuild on first request, kept in
 * memory, served under /assets/. One build serves every later request of the process, and the
 * build is cached on disk (bin/bundle-cache.js) until a file it was made from changes, so a
 * restart does not bundle again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { Router } from 'express';
import { cachedBuild, metafileInputs } from '../../bin/bundle-cache.js';

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/** Bundle name → entry file in web/. Pages reference `/assets/<name>.js` (or `.css`). */
const ENTRY_POINTS = {
  builder: 'builder/main.ts',
  app: 'app/main.ts',
  apps: 'apps/main.ts',
  page: 'shared/page.ts',
  models: 'models/directory.ts',
  compare: 'models/compare.ts',
  settings: 'settings/main.ts',
  deliveries: 'deliveries/main.ts',
  spend: 'spend/main.ts',
  auth: 'auth/main.ts',
  main: 'styles/main.css',
} as const;

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#4f46e5"/><path d="M9 10h14v3h-5.5v11h-3V13H9z" fill="#fff"/></svg>`;

interface Asset {
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export class AssetBuildError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

async function build(): Promise<{ outputs: Array<{ name: string; contents: Uint8Array }>; inputs: string[] }> {
  const entryPoints = Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, path.join(WEB_DIR, file)]));
  const result = await esbuild({
    entryPoints,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    sourcemap: 'linked',
    minify: true,
    write: false,
    metafile: true,
    outdir: path.join(WEB_DIR, '.out'),
    entryNames: '[name]',
    logLevel: 'silent',
  }).catch((cause: unknown) => {
    const first = (cause as { errors?: Array<{ text: string; location?: { file: string; line: number } | null }> }).errors?.[0];
    const where = first?.location ? ` (${first.location.file}:${first.location.line})` : '';
    throw new AssetBuildError(`The web client failed to build: ${first?.text ?? String(cause)}${where}. Fix the file in web/ and reload.`, {
      cause,
    });
  });
  return {
    outputs: result.outputFiles.map((file) => ({ name: path.basename(file.path), contents: file.contents })),
    inputs: metafileInputs(result.metafile, process.cwd()),
  };
}

async function bundle(): Promise<Map<string, Asset>> {
  const { dir, files } = await cachedBuild('web', build);
  const assets = new Map<string, Asset>();
  for (const name of files) {
    assets.set(name, {
      contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream',
      body: await readFile(path.join(dir, name)),
    });
  }
  assets.set('favicon.svg', { contentType: CONTENT_TYPES['.svg']!, body: Buffer.from(FAVICON) });
  return assets;
}

let built: Promise<Map<string, Asset>> | null = null;

/** The bundle, built once per process; a failed build is retried on the next request. */
export function loadAssets(): Promise<Map<string, Asset>> {
  built ??= bundle().catch((error: unknown) => {
    built = null;
    throw error;
  });
  return built;
}

/** Mounted at /assets, so other pages' requests do not walk into it. */
export function createAssetsRouter(): Router {
  const router = Router();
  // A failed build rejects, and express 5 hands the rejection to the error middleware.
  router.get('/:name', async (req, res) => {
    const asset = (await loadAssets()).get(req.params.name);
    if (!asset) {
      res.status(404).type('text/plain').send(`No asset named ${req.params.name}.`);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.type(asset.contentType).send(asset.body);
  });
  return router;
}
