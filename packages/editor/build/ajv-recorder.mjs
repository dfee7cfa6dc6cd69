// The recording Ajv: compiles as the real one does, and keeps each validator's standalone source,
// keyed by the options and the schema, for the page build (see ajv-precompiled.ts).
import AjvModule from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { compileKey } from './ajv-compile-key.mjs';

const RealAjv = AjvModule.default ?? AjvModule;
const standaloneCode = standaloneModule.default ?? standaloneModule;
const records = (globalThis.__wtAjvRecords ??= []);

class RecordingAjv extends RealAjv {
  constructor(options = {}) {
    super({ ...options, code: { ...(options.code ?? {}), source: true, esm: true } });
    this.wtOptions = options;
  }

  compile(schema, meta) {
    const validate = super.compile(schema, meta);
    records.push({ key: compileKey(this.wtOptions, schema), code: standaloneCode(this, validate) });
    return validate;
  }
}
RecordingAjv.default = RecordingAjv;

export default RecordingAjv;
