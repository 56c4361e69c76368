/**
 * One chart drawn per task, and no more per frame than a frame has room for. A new result
 * updates every chart of the page at once; Lit runs all their updates in one microtask
 * checkpoint, so drawing inside `updated` made one long task of the whole dashboard (a partial
 * result of a 1M-person run: 0.4–1.8 s on a busy 2-core machine, every 200 ms). Charts instead
 * ask this queue to draw them; it draws one, then yields to the event loop (input, the next
 * message) before the next. A chart asked again before its turn is drawn once, with its latest
 * data. The results panel queues the steps that reveal its first partial result here too, so
 * all of that work shares one pacing.
 *
 * Why the frame pacing: yielding a task is not yielding a frame. Chromium runs queued tasks
 * back to back and renders only when it gets round to it (after up to ~100 ms of tasks), so a
 * dozen 20–60 ms draws in a row made animation frames of 100–140 ms beside a 1M-person run
 * (Long Animation Frames API, `npm run bench -- million`). So a draw runs in the frame of the
 * draws before it only if they and its own last duration fit in FRAME_BUDGET_MS; otherwise — and
 * always the first time, its cost unknown — it waits until a frame has been rendered. (Checking
 * the time used alone let a 74 ms first chart draw follow a 3 ms reveal step into one frame.)
 */

type Draw = () => void;

/** Work per frame before the queue waits for a paint (a 60 Hz frame is 16.7 ms; the rest is the browser's rendering). */
export const FRAME_BUDGET_MS = 8;
/**
 * Longest time from a frame's requestAnimationFrame callback to the task after its paint when
 * nothing else runs in between: the rendering of this page's frames (style, layout, paint) fits.
 */
export const AFTER_PAINT_SLACK_MS = 24;
/** Longest wait for a frame: a page whose frames stall (an occluded window) still draws. */
const FRAME_WAIT_LIMIT_MS = 100;

const queue: Draw[] = [];
const queued = new Set<Draw>();
let idleWaiters: (() => void)[] = [];
let scheduled = false;
/** When the first draw after the last paint began (−∞: none since). */
let frameStart = Number.NEGATIVE_INFINITY;
/** How long each draw took the last time it ran. */
const lastCost = new WeakMap<Draw, number>();

/**
 * Yield to the event loop: a message on a MessageChannel runs as its own task without the
 * clamping nested timeouts get. Only the queue's own drain uses it, one message at a time.
 */
const channel = typeof MessageChannel !== 'undefined' ? new MessageChannel() : null;
function nextTask(run: () => void): void {
  if (channel) {
    channel.port1.onmessage = () => run();
    channel.port2.postMessage(null);
  } else setTimeout(run, 0);
}

/** Whether frames are rendered here: a visible document with requestAnimationFrame (not Node, not a hidden tab). */
function framesRendered(): boolean {
  return typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState !== 'hidden';
}

/**
 * Run `run` in a task after the next frame is rendered: a requestAnimationFrame callback runs
 * just before the rendering, and a message posted from it is handled after. If that message
 * comes later than AFTER_PAINT_SLACK_MS after the callback, another task (a worker's result, say)
 * ran after the paint and the new frame is already its; `run` then waits for the next paint, so
 * the two do not add up to one long frame (seen: a 42 ms message and a 52 ms draw in a 105 ms
 * frame). At once (next task) where no frames are rendered; after FRAME_WAIT_LIMIT_MS at most.
 */
function afterNextPaint(run: () => void): void {
  if (!framesRendered()) {
    nextTask(run);
    return;
  }
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(limit);
    run();
  };
  const limit = setTimeout(go, FRAME_WAIT_LIMIT_MS);
  const waitForPaint = () =>
    requestAnimationFrame(() => {
      if (done) return;
      const painting = performance.now();
      nextTask(() => {
        if (performance.now() - painting > AFTER_PAINT_SLACK_MS) waitForPaint();
        else go();
      });
    });
  waitForPaint();
}

function drainOne(): void {
  scheduled = false;
  const draw = queue.shift();
  if (draw) {
    queued.delete(draw);
    const start = performance.now();
    try {
      draw();
    } finally {
      lastCost.set(draw, performance.now() - start);
      if (queue.length > 0) schedule();
    }
  }
  if (queue.length === 0) {
    const waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach((w) => w());
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  const next = queue[0];
  const cost = next === undefined ? 0 : (lastCost.get(next) ?? Number.POSITIVE_INFINITY);
  if (!framesRendered() || performance.now() - frameStart + cost < FRAME_BUDGET_MS) nextTask(drainOne);
  else
    afterNextPaint(() => {
      frameStart = performance.now();
      drainOne();
    });
}

/** Draw `draw` in a task of its own, after the charts already waiting; once however often asked. */
export function queueDraw(draw: Draw): void {
  if (!queued.has(draw)) {
    queued.add(draw);
    queue.push(draw);
  }
  schedule();
}

/** Resolves when no chart is waiting to be drawn. */
export function drawsSettled(): Promise<void> {
  if (queue.length === 0) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.push(resolve));
}

/** Charts waiting to be drawn (for tests). */
export function pendingDraws(): number {
  return queue.length;
}
