/**
 * Mounts the notes editors of a meeting a few at a time.
 *
 * A meeting of thirty items holds thirty Lexical editors. Creating them all in
 * the commit that shows the meeting kept the first one from taking keys for
 * several hundred milliseconds on a modest laptop. Editors on screen mount with
 * the page; the others mount as soon as they come near the screen, or one by
 * one when the browser is idle, so a key typed meanwhile waits for at most one
 * editor.
 */

/** What the scheduler needs from the page; the browser's is below, tests pass their own. */
export interface MountSchedulerHost<E = Element> {
  /** Calls `onNear` when the element is on or near the screen; returns a function that stops watching. */
  watch(element: E, onNear: () => void): () => void;
  /** Runs `work` when the page is idle; `timeLeft()` is what remains of that idle period in ms. */
  whenIdle(work: (timeLeft: () => number) => void): void;
}

/** About what one editor with its plugins takes to mount on a modest laptop. */
export const ESTIMATED_MOUNT_MS = 12;

interface Job {
  mount: () => void;
  stopWatching: () => void;
  done: boolean;
}

export class MountScheduler<E = Element> {
  /** Waiting jobs in the order they were added (document order, as React runs effects). */
  private readonly queue: Job[] = [];
  private idleRequested = false;

  constructor(
    private readonly host: MountSchedulerHost<E>,
    private readonly estimatedMountMs = ESTIMATED_MOUNT_MS,
  ) {}

  /**
   * Schedules `mount` for a component shown at `element`. It is called exactly
   * once: when the element comes near the screen or its turn comes in idle time,
   * whichever is first. The returned function cancels it (component unmounted).
   */
  add(element: E, mount: () => void): () => void {
    const job: Job = { mount, stopWatching: () => undefined, done: false };
    this.queue.push(job);
    job.stopWatching = this.host.watch(element, () => this.run(job));
    if (job.done) job.stopWatching();
    this.requestIdle();
    return () => this.finish(job);
  }

  /** How many components are still waiting. */
  get waiting(): number {
    return this.queue.length;
  }

  private run(job: Job): void {
    if (job.done) return;
    this.finish(job);
    job.mount();
  }

  private finish(job: Job): void {
    if (job.done) return;
    job.done = true;
    job.stopWatching();
    const index = this.queue.indexOf(job);
    if (index >= 0) this.queue.splice(index, 1);
  }

  private requestIdle(): void {
    if (this.idleRequested || this.queue.length === 0) return;
    this.idleRequested = true;
    this.host.whenIdle((timeLeft) => {
      this.idleRequested = false;
      // At least one per call, so a page that is never idle still gets its editors.
      do {
        const next = this.queue[0];
        if (!next) break;
        this.run(next);
      } while (timeLeft() > this.estimatedMountMs);
      this.requestIdle();
    });
  }
}

/** How far off screen an editor is mounted ahead of being scrolled to: one screen height. */
const NEAR_MARGIN = '100% 0px 100% 0px';
/** The longest an editor waits for idle time while the page is kept busy. */
const IDLE_TIMEOUT_MS = 250;

function browserHost(): MountSchedulerHost {
  const onNear = new Map<Element, () => void>();
  let observer: IntersectionObserver | null = null;
  const observe = (): IntersectionObserver =>
    (observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) onNear.get(entry.target)?.();
      },
      { rootMargin: NEAR_MARGIN },
    ));
  return {
    watch(element, callback) {
      onNear.set(element, callback);
      observe().observe(element);
      return () => {
        onNear.delete(element);
        observer?.unobserve(element);
      };
    },
    whenIdle(work) {
      requestIdleCallback((deadline) => work(() => deadline.timeRemaining()), { timeout: IDLE_TIMEOUT_MS });
    },
  };
}

let shared: MountScheduler | null = null;

/** The page's scheduler, made on first use (the browser's observers exist only in a page). */
export function notesMountScheduler(): MountScheduler {
  return (shared ??= new MountScheduler(browserHost()));
}

/** Whether any part of the element is inside the window right now. */
export function isOnScreen(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
}
