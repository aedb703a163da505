// Words that open a reason clause, shared by the rules that read one (hits.ts, context.ts). Regex
// source fragments (alternatives, no group): each rule wraps them in its own anchors and flags.

/** A reason clause that names the act answered: "in response to the strike", "in retaliation for the sanctions". */
export const ANSWER_OPENERS = String.raw`in\s+response\s+to|in\s+retaliation\s+for`;
/** The reason of a complaint: "summoned the envoy over a strike", "in response to", "in retaliation for". */
export const COMPLAINT_REASON_OPENERS = String.raw`over|${ANSWER_OPENERS}`;
/** A reason clause with a subject of its own: ", after the Colombian government", " because Kyiv", " in response to Turkish". */
export const REASON_CLAUSE_OPENERS = String.raw`after|because|following|${ANSWER_OPENERS}`;
