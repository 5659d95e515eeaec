// Runs asynchronous file operations one at a time, in the order they were queued.

/**
 * Sidecar reads, writes and moves are queued here so that a save, a rename and a reload triggered by the
 * watcher never interleave and leave a stale file behind.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
