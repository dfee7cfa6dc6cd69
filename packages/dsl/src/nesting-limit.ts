/** How deep brackets, `not`s and `otherwise` fallbacks may nest in the text form (deeper would exhaust the stack). */
export const MAX_NESTING = 64;
