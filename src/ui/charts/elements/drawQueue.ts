/**
 * One chart drawn per task. A new result updates every chart of the page at once; Lit runs all
 * their updates in one microtask checkpoint, so drawing inside `updated` made one long task of
 * the whole dashboard (a partial result of a 1M-person run: 0.4–1.8 s on a busy 2-core machine,
 * every 200 ms). Charts instead ask this queue to draw them; it draws one, then yields to the
 * event loop (input, animation frames, the next message) before the next. A chart asked again
 * before its turn is drawn once, with its latest data.
 */

type Draw = () => void;

const queue: Draw[] = [];
const queued = new Set<Draw>();
let idleWaiters: (() => void)[] = [];
let scheduled = false;

/**
 * Yield to the event loop: a message on a MessageChannel runs as its own task without the
 * clamping nested timeouts get, and is not throttled like requestAnimationFrame in a hidden tab.
 */
const channel = typeof MessageChannel !== 'undefined' ? new MessageChannel() : null;
function nextTask(run: () => void): void {
  if (channel) {
    channel.port1.onmessage = () => run();
    channel.port2.postMessage(null);
  } else setTimeout(run, 0);
}

function drainOne(): void {
  scheduled = false;
  const draw = queue.shift();
  if (draw) {
    queued.delete(draw);
    try {
      draw();
    } finally {
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
  nextTask(drainOne);
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
