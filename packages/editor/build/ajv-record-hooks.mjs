// Module hooks for the ajv recorder: every `import ... from 'ajv'` outside ajv itself gets the
// recording Ajv, which the recorder module builds on the real one.
const recorder = new URL('./ajv-recorder.mjs', import.meta.url).href;
const realAjvFrom = process.env.WT_AJV_RESOLVE_FROM;

export async function resolve(specifier, context, next) {
  if (specifier === 'ajv' && context.parentURL !== recorder) return { url: recorder, shortCircuit: true };
  if (context.parentURL === recorder && (specifier === 'ajv' || specifier.startsWith('ajv/'))) {
    return next(specifier, { ...context, parentURL: realAjvFrom });
  }
  return next(specifier, context);
}
