// `npm run web -- [--library <file>] [--port N]`: starts the local web UI and prints its
// link. Built by electron-vite to out/main/web.js; scripts/web.mjs runs it.
import { parseArgs } from 'node:util';
import { resolveLibraryPath } from '../core/paths';
import { startWebServer } from './server';
import { NOT_BUILT_MESSAGE, rendererBuilt } from './static';

const USAGE = `Usage: npm run web -- [--library <file>] [--port <number>]

  --library <file>  the library to open (default: PARALLAX_LIBRARY or the app's data folder)
  --port <number>   the port on 127.0.0.1 to listen on (default: any free port)`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let values: { library?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { library: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) fail(`"${values.port}" is not a port number: use a whole number from 0 to 65535.`);
  }
  const libraryPath = resolveLibraryPath(values.library);
  let server: Awaited<ReturnType<typeof startWebServer>>;
  try {
    server = await startWebServer({ libraryPath, port });
  } catch (e) {
    fail((e as Error).message, 1);
  }
  // Import threads and the watched folder (if the user set one) start with the server.
  server.library.start();
  if (!rendererBuilt(server.rendererDir)) process.stderr.write(`${NOT_BUILT_MESSAGE}\n`);
  process.stdout.write(`Library: ${libraryPath}\n`);
  process.stdout.write(`Parallax web UI: ${server.url}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\nStopping Parallax (${signal})…\n`);
    server.close().then(
      () => process.exit(0),
      (e: unknown) => fail(`Parallax did not shut down cleanly: ${(e as Error).message}`, 1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => fail(`Parallax could not start the web UI: ${(e as Error).message}`, 1));
