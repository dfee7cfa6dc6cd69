/**
 * A growable buffer that text is encoded into as UTF-8, piece by piece, so that results go to the
 * output without first being joined into one string (joining, then encoding, cost more than
 * computing them). Short ASCII pieces are copied by a loop; anything else goes through Buffer's
 * own encoder.
 */
const NATIVE_FROM = 48;

export class ByteWriter {
  buffer: Buffer;
  /** Bytes written so far. */
  length = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  /** Appends `value` encoded as UTF-8. */
  text(value: string): void {
    const count = value.length;
    if (this.length + count * 3 > this.buffer.length) this.grow(count * 3);
    const buffer = this.buffer;
    let at = this.length;
    if (count >= NATIVE_FROM) {
      this.length = at + buffer.write(value, at);
      return;
    }
    for (let i = 0; i < count; i++) {
      const code = value.charCodeAt(i);
      if (code >= 0x80) {
        this.length = at + buffer.write(i === 0 ? value : value.slice(i), at);
        return;
      }
      buffer[at++] = code;
    }
    this.length = at;
  }

  /** Appends `"value"`: for the engine's dates, which need no escaping (any text is still encoded right). */
  quoted(value: string): void {
    const count = value.length;
    if (this.length + count * 3 + 2 > this.buffer.length) this.grow(count * 3 + 2);
    const buffer = this.buffer;
    let at = this.length;
    buffer[at++] = 34;
    for (let i = 0; i < count; i++) {
      const code = value.charCodeAt(i);
      if (code >= 0x80) {
        at += buffer.write(i === 0 ? value : value.slice(i), at);
        buffer[at++] = 34;
        this.length = at;
        return;
      }
      buffer[at++] = code;
    }
    buffer[at++] = 34;
    this.length = at;
  }

  /** Appends a non-negative integer below 2^31, or anything else as `JSON.stringify` writes it. */
  number(value: number): void {
    if (!(value >= 0 && value < 0x80000000 && (value | 0) === value)) {
      this.text(JSON.stringify(value));
      return;
    }
    if (this.length + 10 > this.buffer.length) this.grow(10);
    const buffer = this.buffer;
    let digits = 1;
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits++;
    let at = this.length + digits;
    this.length = at;
    let rest = value;
    do {
      buffer[--at] = 48 + (rest % 10);
      rest = (rest / 10) | 0;
    } while (rest > 0);
  }

  /** Appends raw bytes. */
  bytes(value: Uint8Array): void {
    if (this.length + value.length > this.buffer.length) this.grow(value.length);
    this.buffer.set(value, this.length);
    this.length += value.length;
  }

  /** Hands over what was written and starts a new buffer of `capacity` bytes. */
  take(capacity: number): Buffer {
    const written = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafe(capacity);
    this.length = 0;
    return written;
  }

  private grow(atLeast: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + atLeast));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
}
