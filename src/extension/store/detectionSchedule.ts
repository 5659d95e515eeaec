// Debounces re-detection per article so the detector runs once the user pauses, never on every keystroke.

export class DetectionSchedule {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** (Re)starts the article's timer; `detect` runs after `delay` ms without another call for the same key. */
  schedule(key: string, delay: number, detect: () => void): void {
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        detect();
      }, delay),
    );
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
