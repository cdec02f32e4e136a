// "Did you mean …?" for misspelt field types, property names and field references.

/** Edit distance where swapping two neighbouring letters ('txet' → 'text') counts as one edit. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate, if it is close enough to be what was meant. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/**
 * Names other form tools use for what caf-forms calls something else (SurveyJS's visibleIf,
 * JSON Forms' and Form.io's title/description…): too far apart in spelling for closest().
 */
const SYNONYMS: Record<string, readonly string[]> = {
  visibleif: ['visibleWhen'],
  showif: ['visibleWhen'],
  showwhen: ['visibleWhen'],
  visible: ['visibleWhen'],
  condition: ['visibleWhen'],
  conditional: ['visibleWhen'],
  requiredif: ['requiredWhen'],
  mandatory: ['required'],
  isrequired: ['required'],
  name: ['id'],
  key: ['id'],
  title: ['label'],
  question: ['label'],
  description: ['hint', 'description'],
  helptext: ['hint'],
  choices: ['options'],
  items: ['options', 'items'],
  enum: ['options'],
  values: ['options'],
  placeholder: ['hint'],
  maxlength: ['maxLength'],
  minlength: ['minLength'],
};

/** A synonym of the word from another tool that is a valid name here, if there is one. */
function synonym(word: string, candidates: Iterable<string>): string | undefined {
  const allowed = new Set(candidates);
  return SYNONYMS[word.toLowerCase()]?.find((name) => allowed.has(name));
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match ? `; did you mean '${match}'?` : '';
}

/** didYouMean for a property name, which may also be another tool's name for one of ours. */
export function didYouMeanProperty(word: string, candidates: Iterable<string>): string {
  const list = [...candidates];
  const match = closest(word, list) ?? synonym(word, list);
  return match ? `; did you mean '${match}'?` : '';
}
