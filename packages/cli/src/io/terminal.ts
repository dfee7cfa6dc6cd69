/** What we know about a stream's terminal: whether it is one, and whether to colour it. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

export interface Terminal {
  isTTY: boolean;
  /** Colour only on a terminal, and never when NO_COLOR is set to anything but the empty string. */
  colour: boolean;
  /** Width in columns; 80 when unknown. */
  columns: number;
  style: Style;
}

export const PLAIN_STYLE: Style = {
  bold: (text) => text,
  dim: (text) => text,
  red: (text) => text,
  yellow: (text) => text,
  green: (text) => text,
  cyan: (text) => text,
};

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const COLOURED_STYLE: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};

export function isTTY(stream: NodeJS.WritableStream | NodeJS.ReadableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

export function colourAllowed(env: Readonly<Record<string, string | undefined>>): boolean {
  const noColour = env['NO_COLOR'];
  return noColour === undefined || noColour === '';
}

export function terminalFor(stream: NodeJS.WritableStream, env: Readonly<Record<string, string | undefined>>): Terminal {
  const tty = isTTY(stream);
  const colour = tty && colourAllowed(env);
  const columns = (stream as { columns?: number }).columns;
  return {
    isTTY: tty,
    colour,
    columns: typeof columns === 'number' && columns > 0 ? columns : 80,
    style: colour ? COLOURED_STYLE : PLAIN_STYLE,
  };
}
