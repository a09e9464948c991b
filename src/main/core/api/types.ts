import type { Channel, Output, ParsedInput } from '../../../shared/contract';
import type { LibraryContext } from '../library';

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: LibraryContext) => Output<C> | Promise<Output<C>>;
/** Handlers for a subset of channels (one feature's contract file). */
export type HandlersFor<K extends Channel> = { [C in K]: Handler<C> };
export type Handlers = HandlersFor<Channel>;
