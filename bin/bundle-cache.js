// A build whose output is kept in node_modules/.cache/toolwright/ and reused while every input
// file (as esbuild's metafile lists them) keeps its size and modification time. Plain JS so
// `npm start` can use it before anything TypeScript is loaded; typed by bundle-cache.d.ts.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_ROOT = fileURLToPath(new URL('../node_modules/.cache/toolwright/', import.meta.url));
// A cache copied with node_modules into another checkout lists this checkout's files; it is not that one's.
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

async function fingerprint(inputs) {
  const entries = await Promise.all(
    inputs.map(async (file) => {
      const info = await stat(file).catch(() => null);
      return [file, info ? `${info.size}:${info.mtimeMs}` : 'missing'];
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function readFresh(pointer) {
  const meta = JSON.parse(await readFile(pointer, 'utf8').catch(() => 'null'));
  if (!meta || meta.root !== PROJECT_ROOT) return null;
  const now = await fingerprint(Object.keys(meta.inputs));
  const same = Object.entries(meta.inputs).every(([file, print]) => now[file] === print);
  return same ? meta : null;
}

/**
 * The output folder of the named build: the cached one when its inputs are unchanged, else
 * `build()` runs ({ outputs: [{ name, contents }], inputs: absolute paths }) and is stored.
 * Concurrent processes may both build; each writes a folder named by content, so they agree.
 */
export async function cachedBuild(name, build) {
  const pointer = path.join(CACHE_ROOT, `${name}.json`);
  const fresh = await readFresh(pointer);
  if (fresh) return { dir: path.join(CACHE_ROOT, fresh.dir), files: fresh.files, rebuilt: false };
  const { outputs, inputs } = await build();
  const hash = createHash('sha256');
  for (const out of outputs) hash.update(out.name).update(out.contents);
  const dirName = `${name}-${hash.digest('hex').slice(0, 16)}`;
  const dir = path.join(CACHE_ROOT, dirName);
  for (const out of outputs) {
    await mkdir(path.dirname(path.join(dir, out.name)), { recursive: true });
    await writeFile(path.join(dir, out.name), out.contents);
  }
  const meta = { root: PROJECT_ROOT, dir: dirName, files: outputs.map((o) => o.name), inputs: await fingerprint(inputs) };
  const temp = `${pointer}.${process.pid}.${Date.now()}`;
  await writeFile(temp, JSON.stringify(meta));
  await rename(temp, pointer).catch(() => rm(temp, { force: true }));
  return { dir, files: meta.files, rebuilt: true };
}

/**
 * Absolute paths of a metafile's own inputs (esbuild lists them relative to its working
 * directory), plus package-lock.json, which stands for every installed package it bundled.
 */
export function metafileInputs(metafile, cwd) {
  const sources = Object.keys(metafile.inputs).filter((file) => !file.includes(':') && !file.startsWith('node_modules/'));
  return [...sources, 'package-lock.json'].map((file) => path.resolve(cwd, file));
}
