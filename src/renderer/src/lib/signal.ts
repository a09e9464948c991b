// A minimal "something changed" broadcast: the library data hook fires it after tags,
// imports or another window changed the library; lists and the reader reload on it.
export class Signal {
  private readonly listeners = new Set<() => void>();

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => {
      this.listeners.delete(fn);
    };
  };

  emit(): void {
    this.listeners.forEach((fn) => fn());
  }
}
