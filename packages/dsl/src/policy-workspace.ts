import type { PolicyDocument, PolicyResolver } from './policy-document.js';

/**
 * A resolver over a set of documents already in memory (a folder of policies, the editor's tabs).
 * When two documents declare the same policy id, the first one wins.
 */
export function createPolicyResolver(documents: Iterable<PolicyDocument>): PolicyResolver {
  const byId = new Map<string, PolicyDocument>();
  for (const document of documents) {
    if (!byId.has(document.ir.id)) byId.set(document.ir.id, document);
  }
  const resolver: PolicyResolver = (id: string) => byId.get(id);
  resolver.knownIds = () => [...byId.keys()].sort();
  return resolver;
}
