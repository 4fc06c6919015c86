/**
 * Disposables, after VS Code's IDisposable: whoever adds a listener, a handler or a timer gets
 * back something to undo it with, and a DisposableStore undoes a whole set at once (at quit, or
 * when a React effect is cleaned up). Runtime-free, so every layer may use it.
 */
export interface Disposable {
  dispose(): void;
}

export function toDisposable(undo: () => void): Disposable {
  let done = false;
  return {
    dispose: () => {
      if (done) return;
      done = true;
      undo();
    },
  };
}

/** Holds disposables and disposes them in reverse order of adding (last wired, first unwired). */
export class DisposableStore implements Disposable {
  #items: Disposable[] = [];
  #disposed = false;

  /** Adds one; after the store was disposed, disposes it at once instead of leaking it. */
  add<T extends Disposable>(item: T): T {
    if (this.#disposed) item.dispose();
    else this.#items.push(item);
    return item;
  }

  get size(): number {
    return this.#items.length;
  }

  get isDisposed(): boolean {
    return this.#disposed;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    const items = this.#items.reverse();
    this.#items = [];
    const errors: unknown[] = [];
    for (const item of items) {
      try {
        item.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'Some disposables failed to dispose.');
  }
}
