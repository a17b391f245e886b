/*
 * A one-line progress bar on stderr: only when stderr is a terminal, only once a run has taken a second,
 * and erased at the end, so logs and pipes never see it.
 */

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface ProgressState {
  readonly bodiesDone: number;
  readonly linesDone: number;
  /** Bytes of lines.csv read so far, and its size when known (a file, not stdin). */
  readonly bytesRead: number;
}

const DELAY_MS = 1000;
const REDRAW_MS = 100;

export class Progress {
  private readonly started: number;
  private lastDraw = -Infinity;
  private shown = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly enabled: boolean,
    private readonly totalBodies: number,
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  update(state: ProgressState): void {
    if (!this.enabled || !this.stream.isTTY) return;
    const t = this.now();
    if (t - this.started < DELAY_MS || t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.shown = true;
    this.stream.write(
      `\r${renderProgress(state, this.totalBodies, this.totalBytes, (t - this.started) / 1000, this.stream.columns || 80)}\x1b[K`,
    );
  }

  /** Erases the bar, if it was drawn. */
  done(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}

/** "████████░░░░░░░░  123/1788 bodies · 4,567 lines · 8,901 lines/s" fitted to the terminal's width. */
export function renderProgress(
  state: ProgressState,
  totalBodies: number,
  totalBytes: number | undefined,
  seconds: number,
  columns: number,
): string {
  const fraction = Math.min(
    1,
    totalBytes ? state.bytesRead / totalBytes : totalBodies > 0 ? state.bodiesDone / totalBodies : 0,
  );
  const rate = seconds > 0 ? Math.round(state.linesDone / seconds) : 0;
  const text = ` ${state.bodiesDone}/${totalBodies} bodies · ${state.linesDone.toLocaleString("en-US")} lines · ${rate.toLocaleString("en-US")} lines/s`;
  const width = Math.max(10, Math.min(30, columns - text.length - 2));
  const filled = Math.round(fraction * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)}${text}`.slice(0, Math.max(0, columns - 1));
}
