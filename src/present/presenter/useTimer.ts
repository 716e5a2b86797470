// The presenter's stopwatch: counts from when the presenter view opens, with pause and reset.
import { useCallback, useEffect, useState } from 'react';

export type Timer = {
  readonly elapsedMs: number;
  readonly running: boolean;
  /** Pauses a running timer, resumes a paused one. */
  readonly toggle: () => void;
  /** Back to zero, keeping whether it runs. */
  readonly reset: () => void;
};

/** Time counted before `since` is banked; while running, the time since `since` adds to it. */
export type TimerState = { readonly running: boolean; readonly since: number; readonly banked: number };

export function startTimer(now: number): TimerState {
  return { running: true, since: now, banked: 0 };
}

export function timerElapsed(state: TimerState, now: number): number {
  return Math.max(0, state.banked + (state.running ? now - state.since : 0));
}

export function pauseOrResume(state: TimerState, now: number): TimerState {
  return state.running
    ? { running: false, since: now, banked: timerElapsed(state, now) }
    : { running: true, since: now, banked: state.banked };
}

export function resetTimer(state: TimerState, now: number): TimerState {
  return { running: state.running, since: now, banked: 0 };
}

const TICK_MS = 250;

export function useTimer(): Timer {
  const [state, setState] = useState<TimerState>(() => startTimer(Date.now()));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!state.running) return;
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, [state.running]);

  const toggle = useCallback(() => {
    const at = Date.now();
    setNow(at);
    setState((s) => pauseOrResume(s, at));
  }, []);

  const reset = useCallback(() => {
    const at = Date.now();
    setNow(at);
    setState((s) => resetTimer(s, at));
  }, []);

  return { elapsedMs: timerElapsed(state, now), running: state.running, toggle, reset };
}
