/**
 * "Download the replay": the browser's own MediaRecorder films a canvas that composes the
 * panels (with names and the time) while the replay plays from the start at the chosen speed,
 * and hands back a WebM video — an animated file without any library. (Animated GIF/PNG
 * encoders or a zip of PNG frames would each need a dependency; WebM plays in every current
 * browser and in PowerPoint/Keynote.) Where MediaRecorder or canvas.captureStream is missing,
 * the view hides the button.
 */
import type { NetworkStage } from './networkStage';
import type { PaintColors } from './paintContext';

const MIME_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];
const PAD = 12;
const HEADER = 34;
const CAPTION = 26;

/** Whether this browser can record the replay. */
export function canRecordVideo(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof HTMLCanvasElement !== 'undefined' &&
    typeof HTMLCanvasElement.prototype.captureStream === 'function' &&
    MIME_TYPES.some((t) => MediaRecorder.isTypeSupported(t))
  );
}

export interface RecordOptions {
  stage: NetworkStage;
  canvases: HTMLCanvasElement[];
  /** Per panel, a canvas drawn under it (the WebGL dots under the transparent 2D overlay), or null. */
  underlays?: (HTMLCanvasElement | null)[];
  columns: number;
  names: { name: string; color: string }[];
  colors: PaintColors;
  label: (frame: number) => string;
  title: string;
  /** Frames per second of the video. Default 30. */
  fps?: number;
}

export function recordReplay(o: RecordOptions): Promise<Blob> {
  const first = o.canvases[0];
  if (!first) return Promise.reject(new Error('no panel to record'));
  const w = first.clientWidth;
  const h = first.clientHeight;
  const rows = Math.ceil(o.canvases.length / o.columns);
  const canvas = document.createElement('canvas');
  // Even sizes: VP8/VP9 encoders want them.
  canvas.width = 2 * Math.ceil((PAD * 2 + o.columns * w + (o.columns - 1) * PAD) / 2);
  canvas.height = 2 * Math.ceil((PAD + HEADER + rows * (CAPTION + h + PAD)) / 2);
  const ctx = canvas.getContext('2d')!;
  const mimeType = MIME_TYPES.find((t) => MediaRecorder.isTypeSupported(t))!;
  const stream = canvas.captureStream(o.fps ?? 30);
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 5_000_000 });
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  });

  const compose = () => {
    ctx.fillStyle = o.colors.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = o.colors.text;
    ctx.font = `600 17px ${o.colors.fontFamily}`;
    ctx.fillText(`${o.title}${o.title ? ' — ' : ''}${o.label(o.stage.clock.frame)}`, PAD, PAD + 18);
    o.canvases.forEach((c, k) => {
      const x = PAD + (k % o.columns) * (w + PAD);
      const y = PAD + HEADER + Math.floor(k / o.columns) * (CAPTION + h + PAD);
      ctx.fillStyle = o.names[k].color;
      ctx.fillRect(x, y + 5, 11, 11);
      ctx.fillStyle = o.colors.text;
      ctx.font = `600 14px ${o.colors.fontFamily}`;
      ctx.fillText(o.names[k].name, x + 17, y + 15);
      const under = o.underlays?.[k];
      if (under) ctx.drawImage(under, x, y + CAPTION, w, h);
      ctx.drawImage(c, x, y + CAPTION, w, h);
    });
  };

  return new Promise<Blob>((resolve, reject) => {
    recorder.addEventListener('stop', () => {
      stream.getTracks().forEach((t) => t.stop());
      resolve(new Blob(chunks, { type: mimeType.split(';')[0] }));
    });
    recorder.addEventListener('error', () => reject(new Error('recording failed')));
    o.stage.clock.seek(0);
    o.stage.clock.play();
    o.stage.run();
    compose();
    recorder.start(250);
    const frame = () => {
      compose();
      if (o.stage.clock.playing) requestAnimationFrame(frame);
      // Hold the last frame for half a second so the video does not end on a cut.
      else setTimeout(() => recorder.stop(), 500);
    };
    requestAnimationFrame(frame);
  });
}
