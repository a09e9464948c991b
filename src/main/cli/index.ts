// The `parallax` command (npm run cli -- …, bin/parallax.mjs, out/main/cli.js).
import { runCli } from './run';

const io = {
  stdout: (s: string) => void process.stdout.write(s),
  stderr: (s: string) => void process.stderr.write(s),
  stderrIsTTY: process.stderr.isTTY === true,
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Parallax hit an unexpected error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
