// Specification of when the detection worker is warmed up: after activation settles, or once its settings are on again.
import * as assert from 'node:assert/strict';
import { WARM_UP_AFTER_MS, warmUpWhenEnabled } from '../../../../src/extension/store/warmUpWhenEnabled';

/** Settings, a timer and a settings-change event the test drives by hand, and the warm-ups asked for. */
function harness(enabled: boolean) {
  const state = { enabled, warmUps: 0, timers: [] as { callback: () => void; ms: number; cancelled: boolean }[], listeners: new Set<() => void>() };
  const handle = warmUpWhenEnabled({
    enabled: () => state.enabled,
    onSettingsChange: (listener) => {
      state.listeners.add(listener);
      return { dispose: () => state.listeners.delete(listener) };
    },
    warmUp: () => { state.warmUps += 1; },
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cancelled: false };
      state.timers.push(timer);
      return { dispose: () => { timer.cancelled = true; } };
    },
  });
  const fireTimer = (): void => state.timers.filter((t) => !t.cancelled).forEach((t) => t.callback());
  const changeSettings = (on: boolean): void => {
    state.enabled = on;
    [...state.listeners].forEach((listener) => listener());
  };
  return { state, handle, fireTimer, changeSettings };
}

describe('warming the detection worker up', () => {
  it('warms up once, when activation has settled, with the settings on', () => {
    const { state, fireTimer } = harness(true);
    assert.deepEqual(state.timers.map((t) => t.ms), [WARM_UP_AFTER_MS]);
    assert.equal(state.warmUps, 0);
    fireTimer();
    assert.equal(state.warmUps, 1);
    assert.equal(state.listeners.size, 0, 'nothing left listening');
  });

  it('warms up as soon as the settings are on again when they were off at that moment, and only once', () => {
    const { state, fireTimer, changeSettings } = harness(false);
    fireTimer();
    assert.equal(state.warmUps, 0);
    changeSettings(false);
    assert.equal(state.warmUps, 0);
    changeSettings(true);
    assert.equal(state.warmUps, 1);
    changeSettings(true);
    assert.equal(state.warmUps, 1);
    assert.equal(state.listeners.size, 0);
  });

  it('does not warm up once cancelled, neither when the timer fires nor when the settings change later', () => {
    const { state, handle, fireTimer, changeSettings } = harness(false);
    fireTimer();
    handle.dispose();
    changeSettings(true);
    fireTimer();
    assert.equal(state.warmUps, 0);
    assert.ok(state.timers.every((t) => t.cancelled));
  });
});
