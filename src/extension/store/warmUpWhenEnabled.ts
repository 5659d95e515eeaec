// When the detection worker is warmed up: once activation has settled, and — if the settings that use it are off
// then — as soon as they are both on again, not never.

/** How long after activation the detection worker is started and warmed up: once VS Code has settled, if no article needed it first. */
export const WARM_UP_AFTER_MS = 2_000;

export interface WarmUpDeps {
  /** Whether detection on open and in the worker thread are both on (a warm worker serves nothing otherwise). */
  enabled(): boolean;
  /** Calls back on every change of the settings `enabled` reads; returns a way to stop listening. */
  onSettingsChange(listener: () => void): { dispose(): void };
  warmUp(): void;
  setTimer(callback: () => void, ms: number): { dispose(): void };
}

/**
 * Warms the worker up once, `WARM_UP_AFTER_MS` after the call, or later once the settings allow it (a setting
 * switched off at that moment — by the reader, or for a moment by a benchmark — would otherwise leave every article
 * of the session read by a cold thread). Returns a way to cancel.
 */
export function warmUpWhenEnabled(deps: WarmUpDeps): { dispose(): void } {
  let listening: { dispose(): void } | undefined;
  let done = false;
  const tryNow = (): void => {
    if (done || !deps.enabled()) return;
    done = true;
    listening?.dispose();
    deps.warmUp();
  };
  const timer = deps.setTimer(() => {
    tryNow();
    if (!done) listening = deps.onSettingsChange(tryNow);
  }, WARM_UP_AFTER_MS);
  return {
    dispose: () => {
      timer.dispose();
      listening?.dispose();
    },
  };
}
