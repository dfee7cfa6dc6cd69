/**
 * A one-line progress indicator on stderr for long runs: only on a terminal, at most ten updates a
 * second, erased when done.
 */
import { performance } from 'node:perf_hooks';

const INTERVAL_MS = 100;

export class Progress {
  private lastUpdate = -Infinity;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly enabled: boolean,
    private readonly label: string,
    private readonly totalBytes?: number,
  ) {}

  update(records: number, bytes: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastUpdate < INTERVAL_MS) return;
    this.lastUpdate = now;
    const count = `${records.toLocaleString('en-GB')} records`;
    let text: string;
    if (this.totalBytes !== undefined && this.totalBytes > 0) {
      const fraction = Math.min(1, bytes / this.totalBytes);
      const width = 24;
      const filled = Math.round(fraction * width);
      text = `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(fraction * 100)}% ${count}`;
    } else {
      text = `${this.label} ${count}`;
    }
    this.stream.write(`\r${text}\u001b[K`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
