// Validates a call from any transport against the contract and runs its handler, answering
// with a Result envelope. Input is `unknown` here on purpose: nothing from the renderer, the
// network or the command line is trusted before it is parsed.
import { contract, isChannel, type Channel, type Output, type Result } from '../../../shared/contract';
import type { LibraryContext } from '../library';
import type { Handler, Handlers } from './handlers';
import { UserError } from './errors';

function describeZod(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export async function dispatch(handlers: Handlers, ctx: LibraryContext, channel: string, raw: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, code: 'unknown_channel', message: `Unknown API channel "${channel.slice(0, 100)}".` };
  const parsed = contract[channel].input.safeParse(raw ?? {});
  if (!parsed.success) {
    return { ok: false, code: 'invalid_input', message: `Invalid input for ${channel}: ${describeZod(parsed.error.issues)}` };
  }
  try {
    const handler = handlers[channel] as Handler<Channel>;
    const value = (await handler(parsed.data as never, ctx)) as Output<Channel>;
    return { ok: true, value };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, code: e.code, message: e.message };
    ctx.log(`internal error in ${channel}: ${(e as Error).stack ?? String(e)}`);
    return { ok: false, code: 'internal', message: `Parallax could not complete ${channel}: ${(e as Error).message}` };
  }
}
