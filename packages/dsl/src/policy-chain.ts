/**
 * The `extends` chain of a policy, root first. A missing base, a policy that extends itself and a cycle
 * make the chain impossible; they are reported at the checked document's `extends`, with related
 * places in the base files when the problem lies further up the chain.
 */
import type { Diagnostic, RelatedLocation } from './diagnostic.js';
import { didYouMeanHint, knownNamesHint } from './closest-name.js';
import type { PolicyDocument, PolicyResolver } from './policy-document.js';
import { UNKNOWN_RANGE } from './source-range.js';

export type PolicyChain =
  | { ok: true; documents: PolicyDocument[] }
  | { ok: false; diagnostics: Diagnostic[] };

export function loadPolicyChain(document: PolicyDocument, resolve: PolicyResolver): PolicyChain {
  const leafToRoot: PolicyDocument[] = [document];
  const fail = (code: string, message: string, extra: { hint?: string | undefined; related?: RelatedLocation[] } = {}): PolicyChain => {
    const diagnostic: Diagnostic = {
      severity: 'error',
      code,
      message,
      range: document.ir.extendsLoc ?? document.ir.loc ?? UNKNOWN_RANGE,
      file: document.file,
    };
    if (extra.hint !== undefined) diagnostic.hint = extra.hint;
    if (extra.related !== undefined && extra.related.length > 0) diagnostic.related = extra.related;
    return { ok: false, diagnostics: [diagnostic] };
  };
  const extendsAt = (base: PolicyDocument, message: string): RelatedLocation => {
    const related: RelatedLocation = { message, range: base.ir.extendsLoc ?? base.ir.loc ?? UNKNOWN_RANGE };
    if (base.file !== document.file) related.file = base.file;
    return related;
  };

  for (let current = document; current.ir.extends !== undefined; ) {
    const baseId = current.ir.extends;
    if (baseId === current.ir.id) {
      return current === document
        ? fail('WT403', `policy \`${baseId}\` extends itself`, { hint: 'a policy extends a base policy, e.g. `extends working-together-2013`' })
        : fail('WT403', `the base policy \`${baseId}\` extends itself`, { related: [extendsAt(current, `\`${baseId}\` extends itself here`)] });
    }
    const cycleStart = leafToRoot.findIndex((seen) => seen.ir.id === baseId);
    if (cycleStart >= 0) {
      const cycle = [...leafToRoot.slice(cycleStart), leafToRoot[cycleStart]!].map((seen) => `\`${seen.ir.id}\``);
      return fail('WT402', `policies extend each other in a circle: ${cycle.join(' → ')}`, {
        hint: 'the root of an `extends` chain (a statutory baseline) must extend nothing',
        related: leafToRoot
          .slice(cycleStart)
          .filter((seen) => seen !== document)
          .map((seen) => extendsAt(seen, `\`${seen.ir.id}\` extends \`${seen.ir.extends}\``)),
      });
    }
    const base = resolve(baseId);
    if (base === undefined) {
      const known = (resolve.knownIds?.() ?? []).filter((id) => id !== '' && id !== document.ir.id);
      const nothingFound = `no other policy was found: put the file that declares \`policy ${baseId}\` beside this one`;
      const hint =
        didYouMeanHint(baseId, known) ?? (resolve.knownIds === undefined ? undefined : known.length === 0 ? nothingFound : knownNamesHint('policies', known));
      return current === document
        ? fail('WT401', `there is no policy \`${baseId}\` to extend`, { hint })
        : fail('WT401', `the base policy \`${current.ir.id}\` extends \`${baseId}\`, but there is no policy \`${baseId}\``, {
            hint,
            related: [extendsAt(current, `\`${current.ir.id}\` extends \`${baseId}\` here`)],
          });
    }
    leafToRoot.push(base);
    current = base;
  }
  return { ok: true, documents: leafToRoot.reverse() };
}
