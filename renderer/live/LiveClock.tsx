import { useEffect, useState } from 'react';
import { localClock } from '../../shared/format/clock';
import { itemTimeText } from './liveTime';

// The clock of live mode and the time used on the item in progress.

/** Re-renders on each new minute of the wall clock. */
function useMinuteTick(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const ms = 60_000 - (Date.now() % 60_000) + 50;
      timer = setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, ms);
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}

export function Clock() {
  const now = useMinuteTick();
  const text = localClock(new Date(now));
  return (
    <time className="live-clock" dateTime={text.replace('.', ':')} data-live-clock={text} aria-label={`Klockan är ${text}`}>
      {text}
    </time>
  );
}

/** Re-renders every few seconds (time used on an item, whole minutes shown). */
function useTick(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

export function ItemTimer({ minutes, spentMs, since }: { minutes: number | null; spentMs: number; since: number | null }) {
  const now = useTick(5_000);
  const { used, label, over } = itemTimeText(spentMs + (since !== null ? Math.max(0, now - since) : 0), minutes);
  return (
    <p
      className={`live-timer${over > 0 ? ' is-over' : ''}`}
      data-live-timer={over > 0 ? 'over' : 'ok'}
      data-used-minutes={used}
    >
      <span className="live-timer-used">{label}</span>
      {over > 0 && (
        <strong className="live-timer-over" role="status">
          {over} {over === 1 ? 'minut' : 'minuter'} över
        </strong>
      )}
    </p>
  );
}
