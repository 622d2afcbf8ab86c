/** One word or mark of a sentence as the planner reads it (language.ts). */
export interface Token {
  /** As written. */
  text: string;
  lower: string;
  /** Dictionary form: "leads" → lead, "sent" → send. */
  lemma: string;
  /** Universal part of speech: NOUN, PROPN, VERB, ADJ, NUM, DET, ADP, CCONJ, PUNCT… */
  pos: string;
  /** Inside the scope of a negation ("don't keep a history"). */
  negated: boolean;
  /** word, number, punctuation, email, url… */
  kind: string;
  /** The spaces written before it, so text can be rebuilt as written. */
  space: string;
}
