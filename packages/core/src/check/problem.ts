/** One thing wrong with a definition: where (a JSON pointer into it) and what, in a designer's words. */
export interface DefinitionProblem {
  path: string;
  message: string;
}
