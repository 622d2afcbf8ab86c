#!/usr/bin/env node
// `npm start`: runs the server from one esbuild bundle of server/main.ts and its dependencies,
// rebuilt only when one of its input files changed, so a start neither compiles TypeScript nor
// resolves and reads hundreds of small files in node_modules. `--build` only builds (npm's
// prepare runs it at install).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cachedBuild, metafileInputs } from './bundle-cache.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

// Bundled code keeps each module's own import.meta.url (the catalog reads models.json beside
// itself, the assets router finds web/ from its own place), so it runs as it does under tsx.
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.[jt]s$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      return {
        contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('.ts') ? 'ts' : 'js',
      };
    });
  },
};

async function buildServer() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['server/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Native binaries, esbuild itself (the web bundle is built at run time) and pdf.js, which
    // loads parts of itself by path, stay in node_modules.
    external: ['esbuild', '@node-rs/argon2', 'pg-native', 'unpdf'],
    // Dependencies written as CommonJS call require(); an ES module bundle has none of its own.
    banner: { js: "import { createRequire as __twCreateRequire } from 'node:module'; const require = __twCreateRequire(import.meta.url);" },
    write: false,
    outfile: 'main.mjs',
    metafile: true,
    logLevel: 'silent',
    plugins: [keepModuleUrls],
  });
  return {
    outputs: result.outputFiles.map((file) => ({ name: path.basename(file.path), contents: file.contents })),
    // This script's own build options count as an input too.
    inputs: [...metafileInputs(result.metafile, ROOT), fileURLToPath(import.meta.url)],
  };
}

const server = await cachedBuild('server', buildServer);
// node_modules resolution starts from the bundle's folder, which is inside ROOT/node_modules.
if (!process.argv.includes('--build')) await import(pathToFileURL(path.join(server.dir, 'main.mjs')).href);
