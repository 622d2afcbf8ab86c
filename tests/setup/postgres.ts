/**
 * A throwaway PostgreSQL cluster for tests and benches, from Debian's `postgresql`
 * package: initdb in a temp folder, pg_ctl start on a free loopback port with the unix
 * socket in that folder, stop and delete afterwards. initdb refuses to run as root, so as
 * root (CI) the cluster runs as the `postgres` system user the package creates.
 */
import { execFile } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface PostgresCluster {
  /** Superuser URL of the `postgres` database; create per-suite databases from it. */
  url: string;
  stop(): Promise<void>;
}

export class PostgresSetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export async function startPostgresCluster(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = await findBinaries();
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? await postgresUser() : null;
  const root = await mkdtemp(join(tmpdir(), 'toolwright-pg-'));
  const data = join(root, 'data');
  const exec = (file: string, args: string[]) =>
    run(asRoot ? 'runuser' : file, asRoot ? ['-u', 'postgres', '--', file, ...args] : args, { env: { ...process.env, LC_ALL: 'C' } });
  try {
    if (owner) await chown(root, owner.uid, owner.gid);
    await exec(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
      '--no-instructions',
    ]);
    const port = await freePort();
    // Tests trade crash safety for speed; the bench asks for a durable cluster to compare fairly.
    const speed = options.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    await exec(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(root, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${root} -c max_connections=200${speed}`,
      'start',
    ]);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        await exec(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new PostgresSetupError(`Could not start a throwaway PostgreSQL cluster: ${detail}.`, { cause: error });
  }
}

/** A fresh, empty database on the cluster; `drop` removes it. */
export async function createDatabase(clusterUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 40)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: clusterUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function findBinaries(): Promise<string> {
  const versions = await readdir('/usr/lib/postgresql').catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const version of newest) {
    const bin = join('/usr/lib/postgresql', version, 'bin');
    const names = await readdir(bin).catch(() => [] as string[]);
    if (names.includes('initdb') && names.includes('pg_ctl')) return bin;
  }
  throw new PostgresSetupError(
    'PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin; install them with `apt-get install postgresql` and run the tests again.',
  );
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  try {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    return { uid, gid };
  } catch (error) {
    throw new PostgresSetupError(
      'Running as root, the test cluster needs the `postgres` system user, which is missing; install it with `apt-get install postgresql`.',
      { cause: error },
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
