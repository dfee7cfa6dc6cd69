/** The text a new local protocol starts from: it extends the statutory baseline and adds nothing yet. */
import { BASELINE_ID } from './content.js';

export function newLocalProtocol(): string {
  return [
    '// A new local protocol. It inherits every statutory timescale of Working Together 2013;',
    '// add review points and decision points, shorten timescales, add closure days and thresholds.',
    '// Type a keyword and press Ctrl+Space to see what can come next.',
    '',
    `policy my-area extends ${BASELINE_ID} {`,
    '  title "My area: assessment protocol"',
    '  area "My area"',
    '  effective 2024-04-01',
    '}',
    '',
  ].join('\n');
}
