// The time of day, for the presenter's clock, updated every few seconds.
import { useEffect, useState } from 'react';

const TICK_MS = 5000;

export function useClock(): Date {
  const [time, setTime] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setTime(new Date()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  return time;
}
