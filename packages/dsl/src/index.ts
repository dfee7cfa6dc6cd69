export type * from './ir.js';
export { IR_VERSION } from './ir.js';
export type * from './diagnostic.js';
export type * from './source-range.js';
export { UNKNOWN_RANGE } from './source-range.js';
export type * from './resolved-policy.js';
export { canonicalIr, canonicalJson } from './canonical-ir.js';
export { sha256, sha256Hex } from './sha256.js';
export { policyHash } from './policy-hash.js';
export { parseText } from './parse-text.js';
export { decodeSource, firstInvalidUtf8Byte } from './decode-source.js';
export { LineIndex } from './line-index.js';
export { boundedMessage, boundedDiagnostic, MAX_MESSAGE_LENGTH } from './bounded-message.js';
export type { DecodeSourceResult } from './decode-source.js';
export type { ParseTextResult, CommentToken } from './parse-text.js';
export type { PolicyDocument, PolicyResolver, CheckResult } from './policy-document.js';
export { checkPolicy, defaultValidationRegistry } from './check-policy.js';
export { ValidationRegistry } from './validation-registry.js';
export type { Check, ChecksByKind, DeclarationKind, Declarations } from './validation-registry.js';
export type { CheckContext, ReportDetails } from './check-context.js';
export { resolveCalendar, WEEKENDS_ONLY_CALENDAR, DEFAULT_WEEKEND } from './resolve-calendar.js';
export type { CalendarLookup, CalendarResolution } from './resolve-calendar.js';
export { createPolicyResolver } from './policy-workspace.js';
export { closestName, editDistance } from './closest-name.js';
export { compareWithStatutory } from './statutory-floor.js';
export { parseFragment } from './parse-fragment.js';
export type { FragmentKind, FragmentValues, FragmentOrigin, FragmentResult } from './parse-fragment.js';
export { tokenize } from './tokenize.js';
export type { SourceToken, SourceTokenKind } from './tokenize.js';
export { syntacticSuggestionsAt, completionContextAt } from './content-assist.js';
export type { CompletionContext } from './content-assist.js';
export { policyParser, PolicyParser, MAX_NESTING } from './parser.js';
export { allTokens, keywordTokens } from './tokens.js';
export { lexSource } from './lexer.js';
export type { LexResult } from './lexer.js';
export { printText } from './print-text.js';
export type { PrintTextOptions } from './print-text.js';
export { formatText } from './format-text.js';
export type { FormatTextResult } from './format-text.js';
export { findItemAnchors } from './item-anchors.js';
export type { ItemAnchors } from './layout-policy.js';
export { parseYaml } from './parse-yaml.js';
export type { ParseYamlResult } from './parse-yaml.js';
export { printYaml } from './print-yaml.js';
export { policyYamlSchema } from './policy-yaml-schema.js';
export { validatePolicyIr, policyIrSchema } from './validate-policy-ir.js';
export { convertPolicy } from './convert.js';
export type { ConvertResult, PolicySpelling } from './convert.js';
export {
  spellAnchor,
  spellCondition,
  spellDuration,
  spellLiteral,
  spellMatch,
  spellNumber,
  spellString,
  spellType,
  spellWhile,
} from './text-spelling.js';
export { keywordHelp } from './keyword-help.js';
export { DeclarationIndex, policyChainOf } from './declaration-index.js';
export type { Declaration, DeclaredNameKind } from './declaration-index.js';
export type { LanguageServiceContext } from './language-service-context.js';
export { completionsAt } from './completions.js';
export type { CompletionItem, CompletionKind } from './completions.js';
export { hoverAt } from './hover.js';
export type { Hover } from './hover.js';
export { definitionAt } from './definition.js';
export type { Definition } from './definition.js';
export { quickFixesFor } from './quick-fixes.js';
export type { QuickFix } from './quick-fixes.js';
export { escapeMarkdown } from './escape-markdown.js';
export { yamlCompletionsAt } from './yaml-completions.js';
export { yamlHoverAt } from './yaml-hover.js';
