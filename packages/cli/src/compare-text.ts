/** Orders strings by their code units, the same on every machine (`localeCompare` follows the machine's locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
