import { register } from 'node:module';

register('./ajv-record-hooks.mjs', import.meta.url);
