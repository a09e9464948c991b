// Runs the CLI in-process and captures what it prints.
import { runCli } from '../../../../src/main/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], opts: { env?: Record<string, string | undefined>; cwd?: string; tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stderrIsTTY: opts.tty ?? false,
    cwd: opts.cwd,
    // A test must never touch the real user's library: no PARALLAX_LIBRARY, no home folder.
    env: opts.env ?? { XDG_CONFIG_HOME: '/nonexistent-parallax-test-config' },
  });
  return { code, stdout, stderr };
}
