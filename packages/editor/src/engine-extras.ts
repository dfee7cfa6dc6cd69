/**
 * Engine features that another part of the project is still writing: the semantic diff
 * (`diffPolicies`) and the readable protocol document (`renderProtocolHtml`). The editor looks them up
 * at run time and says "not available yet" while they are missing, rather than imitating them.
 */
import * as engine from '@wt/engine';
import type { ResolvedPolicy } from '@wt/dsl';

const api = engine as unknown as Record<string, unknown>;

export type DiffPolicies = (oldPolicy: ResolvedPolicy, newPolicy: ResolvedPolicy) => unknown;
export type RenderProtocolHtml = (policy: ResolvedPolicy) => unknown;

export function diffPoliciesFunction(): DiffPolicies | undefined {
  const candidate = api['diffPolicies'];
  return typeof candidate === 'function' ? (candidate as DiffPolicies) : undefined;
}

export function renderProtocolHtmlFunction(): RenderProtocolHtml | undefined {
  const candidate = api['renderProtocolHtml'];
  return typeof candidate === 'function' ? (candidate as RenderProtocolHtml) : undefined;
}
