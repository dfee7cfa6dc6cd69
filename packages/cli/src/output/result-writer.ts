/** Writes formatted cases to an output, with the format's framing, respecting back-pressure. */
import type { CaseResult } from '@wt/engine';
import type { OutputSink } from '../io/write-output.js';
import type { ResultFormat } from './result-format.js';

export class ResultWriter {
  private written = 0;

  constructor(
    private readonly sink: OutputSink,
    private readonly format: ResultFormat,
  ) {}

  /** One case's text from `format.record`; a promise only when the caller must wait. */
  write(text: string): Promise<void> | undefined {
    const prefix = this.written === 0 ? this.format.start : this.format.separator;
    this.written++;
    return this.sink.write(prefix === '' ? text : prefix + text);
  }

  /** One case's results, formatted straight into the output when the format can. */
  writeResult(result: CaseResult): Promise<void> | undefined {
    const { writeRecord } = this.format;
    if (writeRecord === undefined) return this.write(this.format.record(result));
    const prefix = this.written === 0 ? this.format.start : this.format.separator;
    this.written++;
    return this.sink.writeWith((out) => {
      if (prefix !== '') out.text(prefix);
      writeRecord(result, out);
    });
  }

  /** One case's results already formatted as UTF-8 (by a worker thread). */
  writeBytes(bytes: Uint8Array): Promise<void> | undefined {
    const prefix = this.written === 0 ? this.format.start : this.format.separator;
    this.written++;
    return this.sink.writeWith((out) => {
      if (prefix !== '') out.text(prefix);
      out.bytes(bytes);
    });
  }

  end(): Promise<void> | undefined {
    const text = this.format.end(this.written === 0);
    return text === '' ? undefined : this.sink.write(text);
  }
}
