import { describe, expect, it } from 'vitest';
import { MountScheduler, type MountSchedulerHost } from '../../renderer/notes/mountScheduler';

/** A page under the test's control: which elements come near the screen, and idle periods of a chosen length. */
function fakePage() {
  const watched = new Map<object, () => void>();
  const idleQueue: ((timeLeft: () => number) => void)[] = [];
  const host: MountSchedulerHost<object> = {
    watch(element, onNear) {
      watched.set(element, onNear);
      return () => watched.delete(element);
    },
    whenIdle(work) {
      idleQueue.push(work);
    },
  };
  return {
    host,
    watched,
    scrollTo(element: object) {
      watched.get(element)?.();
    },
    /** One idle period of `ms`; the mounts advance `clock` by what they take. */
    idle(ms: number, clock: { now: number }) {
      const work = idleQueue.shift();
      if (!work) return false;
      const end = clock.now + ms;
      work(() => end - clock.now);
      return true;
    },
    pendingIdle: () => idleQueue.length,
  };
}

function editors(count: number) {
  return Array.from({ length: count }, (_, i) => ({ id: i }));
}

/** A page with `count` waiting editors that record the order they mount in. */
function meetingWith(count: number) {
  const page = fakePage();
  const clock = { now: 0 };
  const scheduler = new MountScheduler<object>(page.host);
  const mounted: number[] = [];
  const list = editors(count);
  const cancels = list.map((e) => scheduler.add(e, () => mounted.push(e.id)));
  return { page, clock, scheduler, mounted, list, cancels };
}

describe('mounting a meeting’s notes editors a few at a time', () => {
  it('mounts an editor at once when it comes near the screen, and only once', () => {
    const { page, scheduler, mounted, list } = meetingWith(3);

    page.scrollTo(list[2]!);
    page.scrollTo(list[2]!);
    expect(mounted).toEqual([2]);
    expect(page.watched.has(list[2]!)).toBe(false);
    expect(scheduler.waiting).toBe(2);
  });

  it('mounts the rest in document order in idle time, as many as fit in each idle period', () => {
    const page = fakePage();
    const clock = { now: 0 };
    const scheduler = new MountScheduler<object>(page.host, 10);
    const mounted: number[] = [];
    for (const e of editors(6)) {
      scheduler.add(e, () => {
        mounted.push(e.id);
        clock.now += 10;
      });
    }

    // 35 ms of idle time: the first takes 10 (25 left), the second (15 left), the third (5 left, too little for a fourth).
    page.idle(35, clock);
    expect(mounted).toEqual([0, 1, 2]);
    // A busy page gives almost no idle time (the timeout fired): one editor still mounts.
    page.idle(0, clock);
    expect(mounted).toEqual([0, 1, 2, 3]);
    page.idle(50, clock);
    expect(mounted).toEqual([0, 1, 2, 3, 4, 5]);
    expect(scheduler.waiting).toBe(0);
    expect(page.watched.size).toBe(0);
    expect(page.pendingIdle()).toBe(0);
  });

  it('never mounts an editor whose item was removed before its turn', () => {
    const { page, clock, mounted, list, cancels } = meetingWith(3);

    cancels[0]!();
    page.scrollTo(list[0]!);
    page.idle(1_000, clock);
    expect(mounted).toEqual([1, 2]);
  });

  it('skips in idle time an editor already mounted because it came near the screen', () => {
    const { page, clock, mounted, list } = meetingWith(3);

    page.scrollTo(list[0]!);
    page.idle(1_000, clock);
    expect(mounted).toEqual([0, 1, 2]);
  });

  it('asks for idle time again when editors are added after the queue ran dry', () => {
    const page = fakePage();
    const clock = { now: 0 };
    const scheduler = new MountScheduler<object>(page.host);
    const mounted: number[] = [];
    scheduler.add({}, () => mounted.push(1));
    page.idle(100, clock);
    expect(page.pendingIdle()).toBe(0);

    scheduler.add({}, () => mounted.push(2));
    expect(page.pendingIdle()).toBe(1);
    page.idle(100, clock);
    expect(mounted).toEqual([1, 2]);
  });
});
