// Refinements of a trigger's actor and recipient from the story around its sentence: the story's
// two main states, acts already reported, and the organisation a complaint is addressed to.
// Each refinement is a small function; REFINEMENTS lists them in the order they apply. They run
// after assignRoles (actors.ts) has read the sentence itself.
import type { PloverType } from '../../core/types.ts';
import { CIVILIANS_AFTER, pairPartner, peopleAlt, type Group, type Roleplay } from './actors.ts';
import { COOPERATIVE, FRIENDLY, GOVERNING, HOSTILE, TEXT_REACTIONS } from './families.ts';
import { COMPLAINT_REASON_OPENERS, REASON_CLAUSE_OPENERS } from './openers.ts';

/** What a refinement may read of an earlier report of the same document. */
export interface Report {
  readonly type: PloverType;
  readonly actor: readonly string[];
  readonly recipient: readonly string[];
  readonly sentence: number;
  /** the words that triggered it (drafts have them; acts kept from earlier sentences may not) */
  readonly trigger?: string;
  /** whether it happened (drafts have it) */
  readonly status?: string;
  /** its PLOVER mode (drafts have it): "host" for a gathering hosted */
  readonly mode?: string | null;
}

export interface RoleContext {
  /** the document text, the sentence [start, end) and its index */
  readonly text: string;
  readonly sentence: { readonly index: number; readonly start: number; readonly end: number };
  /** the trigger's span and rule */
  readonly hit: { readonly start: number; readonly end: number };
  readonly type: PloverType;
  readonly roles: string;
  readonly w: number;
  /** part of speech of the trigger's first token */
  readonly pos: string | null;
  /** the trigger is in a subordinate clause or is the purpose or means of an earlier act */
  readonly subordinate: boolean;
  readonly groups: readonly Group[];
  /** the document's two most mentioned states (none in sentence mode) */
  readonly dyad: readonly string[];
  readonly sentenceMode: boolean;
  /** earlier reports of this document, in order */
  readonly reports: readonly Report[];
  /** the states the sentence before names (article mode) */
  readonly prevNamed?: readonly string[];
  /** the sentence before that named someone (the one prevNamed comes from) */
  readonly prevSpan?: { readonly start: number; readonly end: number } | null;
  /** the states of the places (cities) the sentence before names */
  readonly prevVenues?: readonly string[];
  /** earlier acts of this document that name only their actor ("North Korea fired two missiles"), in order: what a reaction may answer */
  readonly loneActs?: readonly Report[];
  /** a lexicon type as coded in the chosen PLOVER version (reports carry coded types) */
  readonly code: (t: PloverType) => PloverType | null;
}

export type Refinement = (c: RoleContext, r: Roleplay) => void;

/** Verbal reactions whose object may be an act reported before ("condemned the attack"). */
const REACTIONS = new Set<PloverType>(['ACCUSE', 'DISAPPROVE', 'PROTEST']);
/** Prepositions naming where a complaint is lodged: "to the UN", "with the WTO", "before the court". */
const FORUM_PREP = new Set(['to', 'with', 'at', 'before']);
/** "the attack", "the latest air strikes", "this decision", "any attack": an act named by a definite noun (or "any"). */
const REACTED_ACT = /^\s+["“]?(?:the|this|these|that|those|its|their|any|every|all)\s+["“]?(?:[\p{L}-]+["”,]?\s+){0,4}?(attacks?|strikes?|airstrikes?|invasion|bombings?|shelling|raids?|assault|offensive|killings?|shooting|sanctions?|measures?|decision|move|tariffs|ban|restrictions|expulsions?|accords?|agreements?|deals?|pacts?|treaty|memorandum|truce|ceasefire|cease-fire|talks|visit|reopening|release|handover|hand-over|arrests?|detentions?|launch(?:es)?|(?:missile\s+)?tests?|firing|incursions?|seizure|drills|exercises?|deployment|summit|meeting|rapprochement|understanding|declaration|reconciliation|normali[sz]ation|dialogue|plans?|initiative|operation|cooperation|swap|exchange|signing|ratification)\b/iu;
/** The object of a denial that points back to accusations already reported. */
const THESE_CHARGES = /^\s+(?:(?:these|those|this|that|the|such|all|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:accusations?|charges?|allegations?|claims?|reports?|criticism|complaints?|protests?|statements?|remarks|comments|account|version|explanation|narrative)|any\s+(?:involvement|wrongdoing|role|responsibility))\b/iu;
/** A denial in apposition to an accusation: "-- a charge denied by", ", allegations rejected by". */
/** ("an accusation the Kremlin brushed aside", "a complaint the Brazilian government dismissed": the denier may be a named body) */
const DENIED_CHARGE = /\b(?:charges?|accusations?|allegations?|claims?|complaints?|criticism)\s+(?:that\s+)?(?:(?:(?:both|they|it)\s+|(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:government|authorities|officials|ministry|leadership|administration|army|military|forces|police|navy|junta|regime)\s+)?)(?:has\s+|have\s+|had\s+)?(?:\p{L}+ly\s+)?)?$/u;
/** The words between a trigger and the subject of its that-clause: "that the Russian", "that Peru". */
const THAT_SUBJECT = /^\s*,?\s*that\s+(?:the\s+|a\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** A non-state armed group as the object of a hostile act: "jihadist groups", "the rebels", "armed gangs". */
const ARMED_GROUP = /^\s+(?:the\s+|local\s+|armed\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(?:groups?|militants|insurgents|insurgency|rebels|jihadists|terrorists|extremists|gangs|pirates|smugglers|cartels|militias?|Islamic\s+State|ISIS|ISIL|Daesh|al[- ]Qa(?:e|'?i)da|al[- ]Shabaa?b|Boko\s+Haram)\b/iu;

/** The attribution closing a sentence: ", the Turkish mediators said.", ", officials in Abuja told reporters", ", according to Kenyan police",
 * ", the ministry said in a statement". */
export const ATTRIBUTION_TAIL = /,\s+(?:(?:the\s+)?[^,;"“”]{0,50}?\s(?:said|says|told\s+\p{L}+|reported|added)(?:\s+in\s+a\s+statement)?|according\s+to\s+[^,;"“”]{0,50}?)\s*[.!?]?["”]?\s*$/u;

/** A reason of a complaint before the act: "over", "in response to", "in retaliation for". */
const COMPLAINED_OVER = new RegExp(String.raw`\b(?:${COMPLAINT_REASON_OPENERS})\b`, 'i');

/**
 * "Iraq summoned the Turkish envoy over a Turkish air strike that killed four civilians": a hostile act
 * given as the reason of a complaint just reported in the sentence, naming no target, was done to the complainant.
 */
const complainedOf: Refinement = (c, r) => {
  if (c.sentenceMode || !HOSTILE.has(c.type) || r.actor.length === 0 || r.recipient.length) return;
  const complaint = c.reports.findLast((d) => d.sentence === c.sentence.index && (d.type === c.code('ACCUSE') || d.type === c.code('DISAPPROVE'))
    && r.actor.every((x) => d.recipient.includes(x)) && d.actor.every((x) => !r.actor.includes(x) && x !== 'IGO'));
  if (!complaint || !COMPLAINED_OVER.test(c.text.slice(c.sentence.start, c.hit.start))) return;
  r.recipient = complaint.actor.slice();
  r.inferred = true;
};

/** An offer to host or broker talks, or to send observers: "offered to host talks in Djibouti", "offered to mediate", "offered to send observers". */
const HOST_OFFER = /^\s*(?:to\s+)?(?:host|mediate|broker|facilitate|organi[sz]e|send\s+(?:(?:a|an|its|their|international|neutral|military|civilian|\d+|some|more)\s+){0,2}(?:observers?|monitors?|observer\s+mission|monitoring\s+mission|peacekeepers))\b/i;

/**
 * "IGAD urged Ethiopia and Eritrea to settle their differences and offered to host talks": an offer to
 * host or broker talks, or to send observers, is made to both sides: the pair the actor addressed in the sentence, else the
 * story's pair (when the actor is not one of it), else the pair of the last exchange reported without it.
 */
const hostOffer: Refinement = (c, r) => {
  if (c.sentenceMode || c.type !== 'AGREE' || r.actor.length === 0 || r.recipient.length > 1 || (r.recipient.length === 1 && !r.inferred)) return;
  if (!/^offer/i.test(c.text.slice(c.hit.start, c.hit.end)) || !HOST_OFFER.test(c.text.slice(c.hit.end, c.hit.end + 20))) return;
  const outside = (xs: readonly string[]) => xs.filter((x) => !r.actor.includes(x));
  const addressed = c.reports.findLast((d) => d.sentence === c.sentence.index && d.actor.every((x) => r.actor.includes(x)) && outside(d.recipient).length >= 2);
  const exchange = c.reports.findLast((d) => d.sentence >= c.sentence.index - 3 && !d.actor.some((x) => r.actor.includes(x))
    && outside([...d.actor, ...d.recipient]).length === 2);
  const pair = addressed ? outside(addressed.recipient)
    : c.dyad.length === 2 && outside(c.dyad).length === 2 ? c.dyad.slice()
    : exchange ? outside([...new Set([...exchange.actor, ...exchange.recipient])]) : [];
  if (pair.length < 2 || pair.includes('IGO') && r.actor.includes('IGO')) return;
  r.recipient = pair;
  r.inferred = true;
};

/** Acts that answer what another state did: their reason clause names whom they answer. */
const ANSWERING = new Set<PloverType>([...REACTIONS, 'SANCTION', 'REJECT']);
/** A reason clause whose subject follows: ", after the Colombian government", " because Kyiv", " in response to Turkish". */
const REASON_OPENER = new RegExp(String.raw`^[^;:.!?"“”]{0,60}?(?:,\s*|\s)(?<!(?:days|weeks|hours|months|years|minutes|shortly|soon|just|long|year|day|week|month)\s)(?:${REASON_CLAUSE_OPENERS})\s+(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+)?$`, 'u');

/** "Caracas broke off ties in 2019, after the Colombian government backed the opposition": the state whose deed the reason clause reports is whom the act answers. */
const reasonSubject: Refinement = (c, r) => {
  if (c.sentenceMode || c.subordinate || c.pos !== 'VERB' || !ANSWERING.has(c.type) || r.actor.length === 0 || r.recipient.length) return;
  const g = c.groups.find((x) => x.start >= c.hit.end && !x.venue && !x.compared && x.prep === null);
  if (!g || g.codes.every((x) => r.actor.includes(x) || x === 'IGO')) return;
  if (!REASON_OPENER.test(c.text.slice(c.hit.end, g.start))) return;
  // (the state must be the clause's subject: a verb follows it, not "after Colombia's election")
  if (!/^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,4}?(?:had\s+|has\s+|have\s+)?\p{Ll}+ed\b/u.test(c.text.slice(g.end, g.end + 60))) return;
  r.recipient = g.codes.filter((x) => !r.actor.includes(x));
};

/**
 * "China blocked a Philippine boat. Japan and Australia also voiced concern": a reaction that names no
 * one after it answers the hostile act reported in the two sentences before (its author), or joins the
 * reaction reported there (its target).
 */
const objectlessReaction: Refinement = (c, r) => {
  if (c.sentenceMode || c.subordinate || c.pos !== 'VERB' || !REACTIONS.has(c.type) || r.actor.length === 0 || r.recipient.length) return;
  const stop = c.text.slice(c.hit.end, c.sentence.end).search(/[,;:(—–]/);
  const until = stop < 0 ? c.sentence.end : c.hit.end + stop;
  if (c.groups.some((g) => g.start >= c.hit.end && g.start < until && !g.venue)) return;
  const hostile = [...HOSTILE, 'MOBILIZE', 'THREATEN'].map((t) => c.code(t as PloverType));
  const reaction = [...REACTIONS].map(c.code);
  // (an attack a treaty is said to cover, a war feared: no act to answer)
  const last = c.reports.findLast((d) => d.sentence >= c.sentence.index - 2 && d.sentence < c.sentence.index
    && d.status !== 'hypothetical' && d.status !== 'negated' && !d.actor.some((x) => r.actor.includes(x)) && (hostile.includes(d.type) || reaction.includes(d.type)));
  if (!last) return;
  const target = (hostile.includes(last.type) ? last.actor : last.recipient).filter((x) => !r.actor.includes(x) && x !== 'IGO');
  if (!target.length) return;
  r.recipient = target;
  r.inferred = true;
};

/** A sentence whose subject is an act named before: "The move drew criticism from ...", "This decision was condemned by ...". */
const ACT_SUBJECT = /^\s*(?:the|this|that|such\s+a)\s+(?:[\p{Ll}-]+\s+)?(?:move|decision|step|announcement|measure|measures|action|recognition|visit|trip|deal|agreement|appointment|ban|vote)\s+(?:(?:has|have|had|was|were|also|quickly|immediately)\s+)*$/iu;

/**
 * "Russia removed the Taliban from its list of banned organisations. The move drew criticism from
 * Ukraine": a complaint whose subject is an act just reported, by a state named after the trigger, is
 * aimed at that act's author.
 */
const reactionToMove: Refinement = (c, r) => {
  if (c.sentenceMode || c.subordinate || !REACTIONS.has(c.type) || !r.actor.length || r.recipient.length) return;
  if (!ACT_SUBJECT.test(c.text.slice(c.sentence.start, c.hit.start))) return;
  const act = c.reports.findLast((d) => d.sentence >= c.sentence.index - 2 && d.sentence < c.sentence.index
    && d.status !== 'hypothetical' && d.status !== 'negated' && d.actor.length > 0 && !d.actor.some((x) => r.actor.includes(x)));
  const author = act ? act.actor.filter((x) => x !== 'IGO') : [];
  if (!author.length) return;
  r.recipient = author;
  r.inferred = true;
};

/** The people (people-nouns.tsv's civilians) or bodies of a state after its demonym: "(the American) public", "(Chilean) lawmakers", "(Peruvian) tourists". */
const OWN_BODY_AFTER = new RegExp(String.raw`^\s+(?:${peopleAlt((kind) => kind === 'civilian')}|public|people|voters|electorate|taxpayers|lawmakers|legislators|parliament|congress|senate|courts?|judiciary|police|media|press|opposition)\b`, 'i');

/** What ends an act's object before a later name: another clause or an adjunct (", and China said", "after a French compromise"). */
const OBJECT_ENDS = /,\s+(?:and|but)\b|;|\b(?:after|before|following|since|because|amid|despite|under|during)\b/i;
/** Right after an act: "abroad", "overseas" in its own clause. */
const ABROAD_AFTER = /^[^.;,]{0,40}?\b(?:abroad|overseas)\b/i;
/** "Ecuador sent troops to the border": a verb with one state of the story and no other state named; the other side is the story's other state. */
const storyPartner: Refinement = (c, r) => {
  // (an actor read from a pronoun or "the minister" takes only the counterpart of the act just reported:
  // "Kazakhstan's minister held talks with his Uzbek counterpart. He said Astana was ready to expand cooperation")
  if (c.sentenceMode || r.actor.length !== 1 || c.subordinate || c.w < 0.55 || r.recipient.length || r.nominalSubject) return;
  const fromPronoun = r.inferred;
  // (a verb; or, for the counterpart of the act just reported, also "ready to", "readiness")
  const verbal = c.pos === 'VERB';
  // "to fight jihadist groups": the act's object is an armed group, not a state
  // (a denial or accusation about armed groups still answers a state: "denied sheltering the militants")
  // (and so is a threat whose trigger ends in the force to be used against them: "vowed to fight al-Qaeda")
  const forceAgainst = c.type === 'THREATEN' && /\b(?:fight|attack|destroy|eliminate|crush|defeat|strike|target|hunt\s+down)$/i.test(c.text.slice(c.hit.start, c.hit.end));
  if ((!GOVERNING.has(c.type) || forceAgainst) && ARMED_GROUP.test(c.text.slice(c.hit.end, c.hit.end + 50))) return;
  const me = r.actor[0]!;
  // ("urged the American public not to", "are demanding the FBI summon him": an act aimed at the actor's own people or bodies guesses no other state)
  const object = c.groups.find((g) => g.start >= c.hit.end && /^\s+(?:the\s+)?$/i.test(c.text.slice(c.hit.end, g.start)));
  const ownObject = !!object && object.codes.every((x) => x === me)
    && (/^(?:the\s+)?\p{Lu}{2,6}$/u.test(c.text.slice(object.start, object.end)) || OWN_BODY_AFTER.test(c.text.slice(object.end, object.end + 20)));
  if (GOVERNING.has(c.type) && ownObject) return;
  // the counterpart of the actor's act just reported ("Minsk rejected the EU measures. It warned that
  // ...", "Russia sent a delegation to Niamey ... and its minister signed a memorandum"), before the story's other state
  const recent = c.reports.findLast((d) => d.sentence >= c.sentence.index - 1 && d.sentence <= c.sentence.index && (d.actor.includes(me) !== d.recipient.includes(me)));
  // ("Peru and Bolivia signed a road deal. Boluarte said her government was ready to help finance ...": a joint act's other actor)
  const counterpart = recent ? (recent.actor.includes(me) ? (recent.recipient.length ? recent.recipient : recent.actor.filter((x) => x !== me)) : recent.actor) : [];
  // (", the Turkish mediators said": a state in the attribution that closes the sentence is its source, not a party)
  const tail = ATTRIBUTION_TAIL.exec(c.text.slice(c.hit.end, c.sentence.end));
  const until = tail ? c.hit.end + tail.index : Infinity;
  // (another state named after the act, unknown to the story or named without the counterpart, leaves the counterpart out:
  // "... agreed to propose a summit to Kazakhstan. Mirziyoyev met the Chairman of the Halk Maslahaty of Turkmenistan"; "called
  // the accord a violation that ignored the island lying between the Turkish and Libyan coasts" keeps Libya)
  if ((verbal || c.pos === 'ADJ' || c.pos === 'AUX') && counterpart.length === 1 && counterpart[0] !== me && (c.dyad.includes(me) || c.dyad.includes(counterpart[0]!))
    && !c.groups.some((g) => {
      if (g.start < c.hit.end || g.start >= until || g.venue) return false;
      const others = g.codes.filter((x) => x !== me && x !== counterpart[0]);
      // (people of a state are no state: "aid for Bolivian refugees hosted in the north")
      // (only a state in the act's own object: not one in another clause or an adjunct, "after a French compromise")
      return others.some((x) => !c.dyad.includes(x)) || (others.length > 0 && !g.codes.includes(counterpart[0]!) && !CIVILIANS_AFTER.test(c.text.slice(g.end, g.end + 30))
        && !OBJECT_ENDS.test(c.text.slice(c.hit.end, g.start)));
    })) {
    r.recipient = counterpart.slice();
    r.inferred = true;
    return;
  }
  const partner = pairPartner(c.dyad, me);
  // ("Bulgaria is ready to increase the capacity of its network": readiness, like a verb, is toward the story's other state)
  const readiness = c.pos === 'ADJ' && c.type === c.code('AGREE');
  if (!(verbal || readiness) || fromPronoun || !partner.length) return;
  if (c.groups.some((g) => g.start >= c.hit.end && !g.venue && g.codes.some((x) => !c.dyad.includes(x)))) return;
  r.recipient = partner;
  r.inferred = true;
};

/** Acts done to someone, whose target a pronoun subject's sentence may leave to the sentence before. */
const DONE_TO = new Set<PloverType>(['COERCE', 'ASSAULT', 'FIGHT', 'SANCTION', 'RETREAT', 'MOBILIZE', 'THREATEN', 'AID', 'CONCEDE']);

/**
 * "Japanese coast guard ships spotted a Chinese fishing boat ... They seized the boat": an act done by a
 * pronoun subject, with no one named to receive it, is done to the one other state the sentence
 * before named (when this sentence names no other state).
 */
const pronounPartner: Refinement = (c, r) => {
  if (c.sentenceMode || !r.inferred || r.actor.length !== 1 || r.recipient.length || !DONE_TO.has(c.type) || c.subordinate) return;
  const before = (c.prevNamed ?? []).filter((x) => !r.actor.includes(x) && x !== 'IGO');
  if (before.length !== 1) return;
  if (c.groups.some((g) => !g.venue && g.codes.some((x) => !r.actor.includes(x)))) return;
  r.recipient = before;
};

/** The envoys a state recalls (the lexicon's @ENVOYS): "called its envoy home", "the ambassador ... had been called home". */
const ENVOY = String.raw`(?:ambassadors?|envoys?|commissioners?|diplomats?)`;
const ENVOY_IN = new RegExp(String.raw`\b${ENVOY}\b`, 'i');
/** The state an envoy is posted to, right after: "the ambassador to ". */
const ENVOY_TO = new RegExp(String.raw`\b${ENVOY}\s+to\s+(?:the\s+)?$`, 'i');

/**
 * "recalled its envoys from Bamako and Niamey": the capitals an ambassador or a force is called back
 * or pulled out from stand for their states (a city after "from" is otherwise only a place); "the
 * ambassador to Israel had been called home": the state the envoy was posted to.
 */
const recalledFrom: Refinement = (c, r) => {
  const trigger = c.text.slice(c.hit.start, c.hit.end);
  if (c.sentenceMode || r.recipient.length || !r.actor.length) return;
  if (!/^(?:recall|withdr)/i.test(trigger) && !(/^(?:call|pull|brought|bring)|^(?:been|was|were|is|are)\b/i.test(trigger) && ENVOY_IN.test(c.text.slice(c.sentence.start, c.hit.end)))) return;
  // ("the kingdom's ambassador to Israel had been called home": the state the envoy was posted to)
  const posted = /^(?:been|was|were|is|are)\b/i.test(trigger)
    ? c.groups.findLast((g) => g.end <= c.hit.start && g.prep === 'to' && ENVOY_TO.test(c.text.slice(c.sentence.start, g.start)))
    : undefined;
  if (posted) { r.recipient = posted.codes.filter((x) => !r.actor.includes(x)); return; }
  // ("called its envoy home from Beirut", "pulled its ambassador out of Addis Ababa")
  const from = c.groups.filter((g) => g.start >= c.hit.end && g.start - c.hit.end <= 60 && (g.prep === 'from' || /\bout\s+of\s+(?:the\s+)?$/i.test(c.text.slice(c.hit.start, g.start)))
    && !/[;.]/.test(c.text.slice(c.hit.end, g.start)));
  const codes = [...new Set(from.flatMap((g) => g.codes))].filter((x) => !r.actor.includes(x));
  if (codes.length) r.recipient = codes;
};

/** A disaster that strikes a place: what aid sent with no recipient named is for. */
const DISASTER = /\b(?:earthquakes?|quakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|tsunamis?|wildfires?|forest fires|droughts?|famine|landslides?|mudslides?|eruption|storms?)\b/i;

/**
 * "An earthquake struck southern Turkey and Greece sent rescue teams": aid with no recipient named
 * goes to the one state the disaster's sentence (this one, else the one before) names besides the donor.
 */
const disasterAid: Refinement = (c, r) => {
  if (c.sentenceMode || c.type !== 'AID' || r.actor.length === 0 || r.recipient.length) return;
  const sentence = c.text.slice(c.sentence.start, c.sentence.end);
  const here = [...new Set(c.groups.filter((g) => g.start < c.hit.start).flatMap((g) => g.codes))].filter((x) => x !== 'IGO' && !r.actor.includes(x));
  if (DISASTER.test(sentence)) {
    if (here.length === 1) r.recipient = here;
    return;
  }
  // (the sentence before: only when this one names no one else)
  const before = (c.prevNamed ?? []).filter((x) => x !== 'IGO' && !r.actor.includes(x));
  if (here.length === 0 && before.length === 1 && c.prevSpan && DISASTER.test(c.text.slice(c.prevSpan.start, c.prevSpan.end))) r.recipient = before;
};

/** Whether the trigger's clause (up to ", and ..." or ";") names a state besides the actor, even as a place. */
function namesOtherInClause(c: RoleContext, r: Roleplay): boolean {
  const next = /,\s+(?:and|but|while|whereas)\s|;/.exec(c.text.slice(c.hit.end, c.sentence.end));
  const until = next ? c.hit.end + next.index : c.sentence.end;
  return c.groups.some((g) => g.start < until && g.codes.some((x) => !r.actor.includes(x)));
}

/**
 * "Mongolia is courting its third neighbours. Japan extended a $300 million loan for an expressway": aid a
 * state gives with no one named to receive it goes to the one other state the sentence before names (when
 * this sentence names no other state).
 */
const aidToStateBefore: Refinement = (c, r) => {
  if (c.sentenceMode || c.type !== 'AID' || r.actor.length !== 1 || r.actor[0] === 'IGO' || r.recipient.length || r.inferred || c.subordinate || c.pos !== 'VERB' || c.w < 0.55) return;
  // (a place named, "deployed in Honiara", is where the aid goes, not a state the sentence before names; a
  // clause after ", and" is another act: "..., and Mongolian troops trained alongside US forces")
  if (namesOtherInClause(c, r)) return;
  const before = (c.prevNamed ?? []).filter((x) => x !== 'IGO' && !r.actor.includes(x));
  if (before.length === 1) r.recipient = before;
};

/** An offer or pledge of help: "offered", "pledged", "would give", "ready to". */
const OFFER_OF_HELP = /\b(?:offer\w*|pledg\w*|promis\w*|give|provide|send|donate|contribute|ready|prepared|willing)\b/i;

/**
 * "Venezuela delivered 20 tonnes of equipment to Bolivia. Chile has also offered to send a team of rangers":
 * an offer or aid of a state with no one named to receive it goes to the state the story's earlier aid went
 * to, when that is one state (and this clause names no other).
 */
const aidRecipientOfStory: Refinement = (c, r) => {
  if (c.sentenceMode || (c.type !== 'AID' && c.type !== c.code('AGREE')) || r.actor.length !== 1 || r.recipient.length || c.subordinate || c.w < 0.55) return;
  if (c.pos !== 'VERB' && c.pos !== 'AUX' && c.pos !== 'ADJ') return;
  // (an offer of help, not any promise: "would continue to pursue its interest", "expressed interest in routing cargo")
  if (c.type !== 'AID' && !OFFER_OF_HELP.test(c.text.slice(c.hit.start, c.hit.end))) return;
  if (namesOtherInClause(c, r)) return;
  const aided = new Set(c.reports.filter((d) => d.type === c.code('AID') && d.recipient.length === 1 && d.recipient[0] !== 'IGO').map((d) => d.recipient[0]!));
  if (aided.size !== 1 || aided.has(r.actor[0]!)) return;
  r.recipient = [...aided];
  r.inferred = true;
};

/**
 * A joint act with no subject and one state named as its place: "the signing ceremony took place
 * in Kabul" after "A, B and C signed an agreement" takes the parties of the act already reported
 * with that state; "joint assembly ... is well under way in Peru" the story's two states.
 */
const jointActInPlace: Refinement = (c, r) => {
  if (c.sentenceMode || r.actor.length || c.w < 0.65 || c.subordinate || c.dyad.length !== 2 || !COOPERATIVE.has(c.type)) return;
  const named = [...new Set(c.groups.flatMap((g) => g.codes))];
  if (named.length !== 1) return;
  // (or as where a visit goes, the partner "with" whom or whose leader: "his visit to Ethiopia", "trade with Azerbaijan grew",
  // "a conversation with the Emir of Qatar", "the deal was signed ... since Trump returned to office"; not as a subject, a
  // possessor, a demonym or after "under": "eroding autonomy under Beijing", "which leads to Iraq's Umm Qasr port",
  // "the return of deported Ukrainian children")
  if (!c.groups.every((g) => g.venue || g.person || g.prep === 'in' || g.prep === 'at' || g.prep === 'inside' || g.prep === 'to' || g.prep === 'with' || g.prep === 'of')) return;
  // "[its leaders] stood behind Guyana's sovereignty": a state that is the act's object, right after it, is no place of a joint act
  if (c.groups.some((g) => !g.person && g.prep === null && /^\s*(?:the\s+)?$/i.test(c.text.slice(c.hit.end, g.start)))) return;
  const coded = c.code(c.type);
  const earlier = c.reports.findLast((d) => d.type === coded && (d.actor.includes(named[0]!) || d.recipient.includes(named[0]!)));
  if (earlier) {
    r.actor = earlier.actor.slice();
    r.recipient = earlier.recipient.slice();
    r.inferred = true;
  } else if (c.dyad.includes(named[0]!)) {
    // ("One of them delivered 30 tonnes of supplies to Cuba": aid to the one state named comes from the story's other)
    const given = c.type === 'AID' && r.recipient.length === 1 && r.recipient[0] === named[0] && /^[^,;]*\bto$/i.test(c.text.slice(c.hit.start, c.hit.end))
      && c.groups.some((g) => g.codes.includes(named[0]!) && /^\s+(?:the\s+)?$/i.test(c.text.slice(c.hit.end, g.start)));
    r.actor = given ? c.dyad.filter((x) => x !== named[0]) : [...c.dyad];
    r.recipient = given ? [named[0]!] : [];
    r.inferred = true;
  }
};

/** "during the war with Armenia": a mutual act of one state of the story, named later, with the story's other state. */
const mutualWithPartner: Refinement = (c, r) => {
  if (c.sentenceMode || c.roles !== 'mutual' || r.actor.length !== 1 || r.recipient.length || c.dyad.length !== 2 || !c.dyad.includes(r.actor[0]!)) return;
  if (!c.groups.some((g) => g.start > c.hit.start && g.codes.includes(r.actor[0]!))) return;
  // ("fighting between the army and rebels has driven villagers into Thailand": the state named after the clause's verb is no party)
  if (r.nominalSubject && c.groups.some((g) => g.start > c.hit.end && g.codes.some((x) => c.dyad.includes(x) && !r.actor.includes(x)))) return;
  r.actor = [...c.dyad];
  r.inferred = true;
};

/** "alleging that some countries were secretly supporting X": the target of an accusation, demand or denial with a that-clause is the subject of that clause. */
const thatClauseTarget: Refinement = (c, r) => {
  if (c.sentenceMode || !GOVERNING.has(c.type) || !r.recipient.length) return;
  // the "that" may close the trigger itself ("warned that")
  const inTrigger = /\bthat$/i.test(c.text.slice(c.hit.start, c.hit.end));
  if (!inTrigger && !/^\s*,?\s*that\s/i.test(c.text.slice(c.hit.end, c.hit.end + 8))) return;
  // ("denounced that designation and the US embargo": "that" before a lone noun is its determiner, no clause)
  if (!inTrigger && /^\s*that\s+(?!(?:he|she|it|they|we|you|i|this|there)\b)\p{Ll}[\p{L}-]*(?:\s+(?:and|or)\b|\s*[,.;])/u.test(c.text.slice(c.hit.end, c.hit.end + 60))) return;
  const first = c.groups.find((g) => g.start >= c.hit.end && !g.venue);
  const lead = first ? (inTrigger ? ' that' : '') + c.text.slice(c.hit.end, first.start) : '';
  const subject = first && THAT_SUBJECT.test(lead) ? first : null;
  // "warned that Mogadishu would defend its territory": the actor speaks of itself; the threat is
  // aimed at another state named in the sentence, else at the other state of the story if the sentence names it
  if (subject && subject.codes.every((x) => r.actor.includes(x))) {
    if (r.recipient.some((x) => !r.actor.includes(x))) return;
    const partner = r.actor.length === 1 ? pairPartner(c.dyad, r.actor[0]!) : [];
    // (named in the sentence or in the one before: "Ethiopia filled its dam. Egypt warned that Cairo would take all measures")
    r.recipient = partner.length && (c.groups.some((g) => g.codes.includes(partner[0]!)) || c.prevNamed?.includes(partner[0]!)) ? partner : [];
    return;
  }
  if (inTrigger) return;
  // ("Chile denied that its troops had crossed into Peru": a denial answers the state its denied act is said to have hit)
  // ("denied that its units had entered Mauritanian territory": the object of the denied act, too)
  if (!subject && c.type === c.code('REJECT') && first
    && (first.prep !== null ? ['into', 'on', 'against', 'at', 'over'].includes(first.prep) : /\b(?:\p{L}+ed|struck|hit|shot)\s+(?:the\s+)?$/iu.test(lead))
    && first.codes.every((x) => r.recipient.includes(x))) {
    r.recipient = first.codes.filter((x) => !r.actor.includes(x));
    return;
  }
  r.recipient = subject ? subject.codes.filter((x) => !r.actor.includes(x)) : [];
};

/** "X accused Y of ... -- a charge denied by Y's government": the denial answers the accusation of the same sentence. */
/** A denial in a relative clause after a charge: "its accusation that Peru armed the rebels, which Lima denied". */
const WHICH_DENIED = /\b(?:accus|alleg|charg|claim|blam)[^.;]*,\s*which\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:government|authorities|officials|ministry)\s+)?(?:has\s+|have\s+|had\s+)?(?:\p{L}+ly\s+)?$/u;
const deniedCharge: Refinement = (c, r) => {
  const left = c.text.slice(c.sentence.start, c.hit.start);
  if (c.type !== 'REJECT' || !(DENIED_CHARGE.test(left) || WHICH_DENIED.test(left))) return;
  const kinds = (['ACCUSE', 'DISAPPROVE', 'PROTEST'] as PloverType[]).map(c.code);
  const charge = c.reports.findLast((d) => d.sentence === c.sentence.index && kinds.includes(d.type) && d.recipient.length && d.actor.length);
  // "The group has accused Egyptian aircraft of ..., a claim Egypt denies": a charge made by no
  // state has no state to answer
  if (!charge) {
    if (!c.sentenceMode && /^[^.;]*\b(?:accus|alleg|claim|charg|blam|complain|criticis|criticiz)/i.test(c.text.slice(c.sentence.start, c.hit.start))) {
      r.recipient = [];
      r.inferred = true;
    }
    return;
  }
  // "a claim Benin has denied": the named denier keeps its place and answers the accuser
  if (r.actor.some((x) => charge.recipient.includes(x))) {
    if (!r.recipient.length) r.recipient = charge.actor.filter((x) => !r.actor.includes(x));
    return;
  }
  r.actor = charge.recipient.slice();
  r.recipient = charge.actor.slice();
};

/** "Ecuador rejects these accusations", "rejected the criticism": the charges reported before, and who made them. */
const theseCharges: Refinement = (c, r) => {
  if (c.type !== 'REJECT' || c.sentenceMode || r.actor.length > 1) return;
  const object = THESE_CHARGES.exec(c.text.slice(c.hit.end, c.hit.end + 60));
  if (!object) return;
  // ("rejected the criticism": complaints and protests count as charges)
  const kinds = (['ACCUSE', 'DISAPPROVE', 'PROTEST'] as PloverType[]).map(c.code);
  const recent = (d: Report) => c.sentence.index - d.sentence <= 2;
  if (!r.actor.length) {
    // ("Lima accused Mexico of interference ... the Foreign Ministry rejected the accusation": an unnamed rejecter is the one accused)
    const charge = c.reports.findLast((d) => kinds.includes(d.type) && recent(d) && d.actor.length > 0 && d.recipient.length === 1);
    if (!charge || charge.actor.includes(charge.recipient[0]!)) return;
    r.actor = charge.recipient.slice();
    r.recipient = charge.actor.slice();
    r.inferred = true;
    return;
  }
  // ("Moscow said the step 'will not go unanswered' and demanded that Canberra revoke it ... Albanese brushed aside the
  // criticism": with no charge before, a threat or demand made of the rejecter, up to six sentences back)
  const pressing = (['THREATEN', 'DEMAND', 'REQUEST'] as PloverType[]).map(c.code);
  const charge = c.reports.findLast((d) => kinds.includes(d.type) && d.recipient.some((x) => r.actor.includes(x)))
    ?? c.reports.findLast((d) => kinds.includes(d.type) && !d.actor.some((x) => r.actor.includes(x)))
    ?? c.reports.findLast((d) => pressing.includes(d.type) && c.sentence.index - d.sentence <= 6 && d.actor.length > 0
      && d.recipient.some((x) => r.actor.includes(x)) && !d.actor.some((x) => r.actor.includes(x)));
  if (!charge && STATEMENT.test(object[0]) && (!r.recipient.length || r.inferred)) {
    // ("the three governments said they reserve the right ... Uruguay dismissed the statement": whoever spoke just before)
    const said = c.reports.findLast((d) => recent(d) && d.actor.length > 0 && !d.actor.some((x) => r.actor.includes(x)));
    if (said) r.recipient = said.actor.filter((x) => x !== 'IGO' || said.actor.length === 1);
    return;
  }
  if (!charge) {
    // ("Algeria said it shot down the drone ... Mali rejected that account": a version of events the one
    // other state of the sentence before gave)
    const before = (c.prevNamed ?? []).filter((x) => x !== 'IGO' && !r.actor.includes(x));
    if (!r.recipient.length && before.length === 1 && ACCOUNT.test(c.text.slice(c.hit.end, c.hit.end + 40))) r.recipient = before;
    return;
  }
  // ("Budapest accused Kyiv of blackmail ... Bratislava accused Kyiv of damaging its interests ... Kyiv rejected the
  // accusations": charges in the plural answer every state that charged the rejecter in the four sentences before)
  const plural = /(?:accusations|charges|allegations|claims|complaints|protests|criticisms)$/i.test(object[0]);
  const chargers = plural ? c.reports.filter((d) => kinds.includes(d.type) && c.sentence.index - d.sentence <= 4 && d.recipient.some((x) => r.actor.includes(x))).flatMap((d) => d.actor) : [];
  r.recipient = [...new Set([...charge.actor, ...chargers])].filter((x) => !r.actor.includes(x));
  r.inferred = true;
};

/** What someone said, named again: "dismissed the statement", "rejected the remarks". */
const STATEMENT = /\b(?:statements?|remarks|comments)$/i;

/** A version of events named again: "that account", "this version", "the explanation". */
const ACCOUNT = /^\s+(?:that|this|the|such\s+an?)\s+(?:[\p{L}-]+\s+)?(?:account|version|explanation|narrative)\b/iu;

/** What a refusal may answer: "declined the invitation", "turned down the request". */
const ANSWERED = /^\S*\s+(?:(?:the|this|that|an?|its|their|his|her|such)\s+)?(?:[\p{L}-]+\s+){0,2}?(invitations?|offers?|proposals?|requests?|demands?|calls?|appeals?)\b/iu;

/** "an invitation the Swedish leader declined", "Peru rejected the offer": a refusal answers the invitation or request addressed to the refuser before. */
const answeredProposal: Refinement = (c, r) => {
  if (c.sentenceMode || c.type !== 'REJECT' || r.actor.length !== 1) return;
  if (r.recipient.some((x) => !r.actor.includes(x)) && !r.inferred) return;
  // the object may lead the trigger ("an invitation the leader declined") or follow it
  const m = ANSWERED.exec(' ' + c.text.slice(c.hit.start, Math.min(c.sentence.end, c.hit.end + 40))) ?? ANSWERED.exec(c.text.slice(c.hit.end, Math.min(c.sentence.end, c.hit.end + 40)));
  if (!m) return;
  const kinds = (/^(?:invitation|offer|proposal)/i.test(m[1]!) ? ['AGREE'] : ['REQUEST', 'DEMAND']).map((t) => c.code(t as PloverType));
  const invited = /^invitation/i.test(m[1]!);
  // ("Switzerland hosted the summit ... China declined its invitation": the host of a gathering invited to it)
  const asked = c.reports.findLast((d) => kinds.includes(d.type) && d.recipient.includes(r.actor[0]!) && !d.actor.includes(r.actor[0]!))
    ?? (invited ? [...c.reports, ...(c.loneActs ?? [])].filter((d) => d.type === c.code('CONSULT') && d.mode === 'host' && d.actor.length > 0 && !d.actor.includes(r.actor[0]!))
      .sort((x, y) => x.sentence - y.sentence).pop() : undefined);
  if (!asked) return;
  r.recipient = asked.actor.slice();
  r.inferred = true;
};

/** "Chile protested to the United Nations over Peruvian border incursions": the organisation is the forum; the target is the state named after it, else the story's other state. */
const complaintForum: Refinement = (c, r) => {
  // (also a threat to take a matter to the organisation: "reserved the right to take the matter to the UN")
  // ("Seoul filed a complaint at the World Trade Organization": the forum may also be read as no participant at all)
  const forumOnly = r.recipient.length === 1 && r.recipient[0] === 'IGO';
  if (!(REACTIONS.has(c.type) || c.type === 'THREATEN') || !r.actor.length || (r.recipient.length && !forumOnly)) return;
  const forum = c.groups.find((g) => g.start >= c.hit.end && g.codes.includes('IGO'));
  if (!forum || !forum.prep || !FORUM_PREP.has(forum.prep)) return;
  // (with no recipient read, only a forum right after the complaint: "filed a complaint at the WTO", not "... at the UN General Assembly" far on)
  if (!r.recipient.length && forum.start - c.hit.end > 16) return;
  const target = c.groups.find((g) => g.start > forum.end && !g.venue && !g.compared && g.codes.some((x) => x !== 'IGO' && !r.actor.includes(x)));
  const others = target ? target.codes.filter((x) => x !== 'IGO' && !r.actor.includes(x))
    : !c.sentenceMode && r.actor.length === 1 ? pairPartner(c.dyad, r.actor[0]!) : [];
  if (others.length) r.recipient = others;
};

/**
 * The acts a noun of REACTED_ACT names (reported before under these types; attacks otherwise), and
 * whether the reaction concerns all the act's parties (a friendly act: "welcomed the accord",
 * "hailed the truce") rather than its author.
 */
const REACTED_KINDS: readonly { noun: RegExp; kinds: PloverType[]; parties: boolean }[] = [
  { noun: /^(?:sanction|measure|decision|move|tariff|ban|restriction|expulsion)/, kinds: ['SANCTION', 'COERCE'], parties: false },
  { noun: /^(?:accord|agreement|deal|pact|treaty|memorandum|signing|ratification)/, kinds: ['SUPPORT', 'AGREE'], parties: true },
  { noun: /^(?:truce|cease)/, kinds: ['RETREAT', 'AGREE', 'SUPPORT'], parties: true },
  { noun: /^(?:talks|visit)/, kinds: ['CONSULT'], parties: true },
  { noun: /^(?:summit|meeting)/, kinds: ['CONSULT'], parties: true },
  { noun: /^(?:rapprochement|understanding|declaration|reconciliation|normali|dialogue)/, kinds: ['AGREE', 'SUPPORT', 'CONSULT', 'CONCEDE'], parties: true },
  { noun: /^(?:plan|initiative)/, kinds: ['AGREE', 'SUPPORT', 'COOPERATE'], parties: true },
  { noun: /^(?:operation|cooperation|swap|exchange)/, kinds: ['COOPERATE', 'CONCEDE', 'AID', 'ASSAULT'], parties: true },
  { noun: /^(?:reopening|release|hand)/, kinds: ['CONCEDE', 'AID'], parties: false },
  { noun: /^(?:arrest|detention|seizure)/, kinds: ['COERCE'], parties: false },
  { noun: /^(?:launch|test|missile|firing)/, kinds: ['FIGHT', 'ASSAULT', 'MOBILIZE', 'THREATEN'], parties: false },
  { noun: /^(?:incursion|deployment|drills|exercise)/, kinds: ['MOBILIZE', 'ASSAULT', 'FIGHT', 'COOPERATE'], parties: false },
];

/** An appeal joined to a reaction, up to the state it addresses: "... and called on ", "..., urging ". */
const JOINED_APPEAL = /^(?:[^,;.:!?]{0,25}?)(?:,\s*|\s+)(?:and\s+)?(?:called\s+on|calling\s+on|urged|urging|asked|demanded|told)\s+(?:the\s+)?/i;

/** The trigger of a reaction to someone else's act. */
const REACTION_WORD = /^(?:welcom|prais|hail|applaud|laud|commend|criticis|criticiz|condemn|denounc|deplor|slam)/i;

/** Reactions to an act reported before: complaints, and also rejections and welcomes ("rejected the measures", "welcomed the decision"). */
const REACTS_TO_ACT = new Set<PloverType>([...REACTIONS, ...TEXT_REACTIONS]);

/** "Turkey condemned the attack on Iran", "Minsk rejected the measures": a reaction to an act reported before is aimed at who did it. */
const reactionToAct: Refinement = (c, r) => {
  if (c.sentenceMode || !REACTS_TO_ACT.has(c.type) || !r.actor.length) return;
  // the object may be part of the trigger itself ("welcomed the decision"): read from the end of its first word
  const from = c.hit.start + (/^\S+/.exec(c.text.slice(c.hit.start, c.hit.end))?.[0].length ?? 0);
  const object = REACTED_ACT.exec(c.text.slice(from, Math.min(c.sentence.end, c.hit.end + 60)));
  if (!object) return;
  // "condemned the Iranian strike": the act's author is named in it
  const named = c.groups.find((g) => g.start >= from && g.end <= from + object.index + object[0].length && !g.venue && g.codes.some((x) => !r.actor.includes(x)));
  if (named) { r.recipient = named.codes.filter((x) => !r.actor.includes(x)); return; }
  // "condemned the balloon launches and called on Pyongyang to stop": the state a joined appeal addresses did the act
  const objectEnd = from + object.index + object[0].length;
  const appeal = JOINED_APPEAL.exec(c.text.slice(objectEnd, Math.min(c.sentence.end, objectEnd + 60)));
  const addressed = appeal && c.groups.find((g) => g.start === objectEnd + appeal[0].length && !g.venue && g.codes.every((x) => x !== 'IGO' && !r.actor.includes(x)));
  if (addressed) { r.recipient = addressed.codes.slice(); r.inferred = true; return; }
  const noun = object[1]!.toLowerCase();
  const { kinds, parties } = REACTED_KINDS.find((k) => k.noun.test(noun)) ?? { kinds: ['ASSAULT', 'FIGHT'] as PloverType[], parties: false };
  const coded = kinds.map(c.code);
  if (parties) {
    // (a welcome or a criticism is itself a reaction, not the act others react to: "The U.S. welcomed the summit. China criticised the plan")
    const act = c.reports.findLast((d) => coded.includes(d.type) && !d.actor.some((x) => r.actor.includes(x)) && d.actor.length + d.recipient.length >= 2 && !REACTION_WORD.test(d.trigger ?? ''));
    // ("Israel launched an operation in Gaza. Egypt condemned the operation": a hostile act done to someone answers its author)
    const all = !act ? [] : !FRIENDLY.has(act.type) && act.recipient.length ? act.actor.filter((x) => !r.actor.includes(x))
      : [...new Set([...act.actor, ...act.recipient])].filter((x) => !r.actor.includes(x));
    // ("welcomed the pact with Moldova": the parties the sentence names after the reaction are the ones addressed; a party
    // named before it, in an aside, does not narrow them: "Peru, whose consent ... for any transfer to Bolivia, welcomed
    // the rapprochement" answers Bolivia and Chile)
    const named = all.filter((x) => c.groups.some((g) => g.codes.includes(x) && g.start >= c.hit.start));
    const others = named.length ? named : all;
    // (a recipient the sentence does not name after the reaction was only guessed from the story: the act answered comes first)
    const guessed = r.recipient.length > 0 && !c.groups.some((g) => g.start >= c.hit.start && !g.venue && r.recipient.some((x) => g.codes.includes(x)));
    if (others.length && (!r.recipient.length || guessed)) {
      r.recipient = others;
      r.inferred = true;
    }
    // ("Finland's parliament debated the defence pact with the United States. It approved the pact"):
    // a text no act reported stands for the one other state the sentence before named
    const before = (c.prevNamed ?? []).filter((x) => !r.actor.includes(x));
    if (!act && !r.recipient.length && before.length === 1 && /^(?:accord|agreement|deal|pact|treaty|memorandum)/.test(noun)) {
      r.recipient = before;
      r.inferred = true;
    }
    return;
  }
  // an act aimed at the reacting state first ("Minsk rejected the measures" taken against it)
  // (then an act that named only its author: "North Korea fired two missiles ... Seoul condemned the launch")
  const act = c.reports.findLast((d) => coded.includes(d.type) && !d.actor.some((x) => r.actor.includes(x)) && d.recipient.some((x) => r.actor.includes(x)))
    // (the kinds in their order: "condemned the test" answers the launch, not a threat of response reported since)
    ?? coded.map((k) => c.reports.findLast((d) => d.type === k && !d.actor.some((x) => r.actor.includes(x)))).find((d) => d !== undefined)
    ?? c.loneActs?.findLast((d) => coded.includes(d.type) && d.actor.length > 0 && !d.actor.some((x) => r.actor.includes(x)));
  if (!act) return;
  r.recipient = act.actor.slice();
  r.inferred = true;
};

/**
 * "Armenia and Azerbaijan held talks hosted by Kazakhstan", "... met at the invitation of Hungary": a meeting of
 * two sides hosted by a third state, or at its invitation, has it as host. A third state's city alone ("talks in Almaty") is a venue: with no clear
 * host, all sides are actors (ANNOTATION.md; the team's sets mostly code it so, and news-dev has no
 * meeting of two sides with a host).
 */
const meetingHost: Refinement = (c, r) => {
  if (c.sentenceMode || c.type !== 'CONSULT' || r.actor.length < 2 || r.recipient.length) return;
  // the city of a multilateral gathering is a venue, not a host of the two
  // ("meet only at international talks in Geneva": a city of talks among many is a venue, too)
  if (/\b(?:summit|sidelines|conference|forum|assembly|games|olympics|international|multilateral|regional|UN-(?:led|brokered|backed|sponsored|hosted))\b/i.test(c.text.slice(c.sentence.start, c.sentence.end))) return;
  const after = c.groups.filter((g) => g.start >= c.hit.end && g.start - c.hit.end <= 80 && !/[.;]/.test(c.text.slice(c.hit.end, g.start)));
  // ("met in Budapest at the invitation of Hungary": the one who invited them hosts them)
  const host = after.find((g) => (g.prep === 'by' && /\bhosted\s+by\s+(?:the\s+)?$/i.test(c.text.slice(Math.max(c.hit.end, g.start - 20), g.start))
    || /\b(?:at|on)\s+the\s+invitation\s+of\s+(?:the\s+)?$/i.test(c.text.slice(Math.max(c.hit.start, g.start - 30), g.start))) && g.codes.every((x) => !r.actor.includes(x)));
  if (host) r.recipient = host.codes.slice();
};

/** "urged them to exercise restraint", "called on both sides": the story's two states, addressed by a third. */
const addressedPair: Refinement = (c, r) => {
  if (c.sentenceMode || r.recipient.length || c.dyad.length !== 2 || r.actor.some((x) => c.dyad.includes(x)) || !r.actor.length) return;
  // ("X, which has close ties with both countries, offered to mediate": the pair named in the sentence)
  const pairNamed = (c.type === 'AGREE' || c.type === 'REQUEST') && c.groups.some((g) => g.kind === 'collective' && c.dyad.every((x) => g.codes.includes(x)));
  if (!pairNamed && !/^\s+(?:on\s+|upon\s+)?(?:them|both sides|both parties|both countries|the two sides|the two countries|the parties)\b/i.test(c.text.slice(c.hit.end, c.hit.end + 30))) return;
  r.recipient = [...c.dyad];
  r.inferred = true;
};

/** A state's own domestic voices ("Kuwaiti lawmakers", "Peru's opposition") and the unnamed government they address. */
const DOMESTIC_VOICE = /^\s*(?:['’]s\s+)?(?:\p{Ll}+\s+)?(?:lawmakers|legislators|MPs|members of parliament|senators|deputies|parliamentarians|opposition(?:\s+parties|\s+leaders)?|parliament|protesters|activists|unions|farmers|business leaders|critics)\b/u;
const OWN_GOVERNMENT = /^\s+(?:on\s+|upon\s+)?(?:the|their|its)\s+(?:own\s+)?(?:government|authorities|cabinet|administration|president|prime minister|ministry|leadership|state)\s+(?:to|not to|for)\b/i;

/** "Kuwaiti lawmakers urged the government to take the issue to the court": a domestic appeal, not one to the state named later. */
const domesticAppeal: Refinement = (c, r) => {
  if (c.sentenceMode || c.type !== 'REQUEST' || r.actor.length !== 1 || !OWN_GOVERNMENT.test(c.text.slice(c.hit.end, c.hit.end + 50))) return;
  const speaker = c.groups.filter((g) => g.end <= c.hit.start && g.codes.includes(r.actor[0]!)).pop();
  if (!speaker || !DOMESTIC_VOICE.test(c.text.slice(speaker.end, speaker.end + 40))) return;
  r.recipient = r.actor.slice();
};

/** "the new authorities", "the government": an addressee named by its office only. */
const LOCAL_AUTHORITIES = /^\s+(?:on\s+|upon\s+)?the\s+(?:(?:new|local|interim|transitional|caretaker|incoming|host)\s+)?(?:authorities|government|leadership)\b(?!\s+(?:of|in)\b)/i;

/** "The U.S. Embassy in Skopje urged the new authorities to": the unnamed authorities addressed are those of the place the speaker is in. */
const localAuthorities: Refinement = (c, r) => {
  if (c.sentenceMode || !['REQUEST', 'DEMAND', 'ACCUSE'].includes(c.type) || !r.actor.length || r.recipient.some((x) => !r.actor.includes(x))) return;
  if (!LOCAL_AUTHORITIES.test(c.text.slice(c.hit.end, c.hit.end + 50))) return;
  const before = c.groups.filter((g) => g.end <= c.hit.start && g.start >= c.sentence.start);
  const place = before.filter((g) => g.venue && g.prep === 'in' && g.codes.length === 1 && g.codes[0] !== 'IGO' && !r.actor.includes(g.codes[0]!));
  if (place.length !== 1 || before.some((g) => !g.venue && g.codes.some((x) => !r.actor.includes(x)))) return;
  r.recipient = place[0]!.codes.slice();
  r.inferred = true;
};

/** The unnamed addressee of an appeal and its infinitive: "called on the international community to", "urged member states not to", "urged foreign investors to". */
const UNNAMED_ADDRESSEE = /^\s+(?:on\s+|upon\s+)?(the|all|other|its|their|foreign|international|member|fellow|donor)\s+(?:[\p{L}-]+\s+){0,4}?to\s+\p{Ll}/u;
/** People named by a bare plural noun as the addressee of an appeal or invitation: "urged citizens to", "invited foreign investors to", "will invite architects to". */
const BARE_ADDRESSEE = /^\s+(?:on\s+|upon\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*[^su\s]s\s+(?:not\s+)?to\s+\p{Ll}/u;
/** The openers of UNNAMED_ADDRESSEE that name no particular state, so no state of the story is guessed either ("other donors", "member states"). */
const UNNAMED_SET = new Set(['all', 'other', 'foreign', 'international', 'member', 'fellow', 'donor']);

/** "called on the international community to keep delivering aid to Afghans": a state named in what is asked is not the one asked. */
const unnamedAddressee: Refinement = (c, r) => {
  const trigger = c.text.slice(c.hit.start, c.hit.end);
  const invited = c.type === 'AGREE' && /^invit/i.test(trigger);
  if (c.sentenceMode || (c.type !== 'REQUEST' && c.type !== 'DEMAND' && !invited)) return;
  const after = c.text.slice(c.hit.end, c.hit.end + 80);
  // ("asked the international community for help": addressed to no state, whatever follows)
  if (r.recipient.length === 0 && /^\s+(?:on\s+|upon\s+)?the\s+international\s+community\b/i.test(after)) {
    r.unaddressed = true;
    return;
  }
  const named = (m: RegExpExecArray) => c.groups.some((g) => g.start >= c.hit.end && g.start < c.hit.end + m[0].length);
  // (an invitation only for people named by a bare plural: "invited the region's leaders to" may name states' leaders)
  const m = invited ? null : UNNAMED_ADDRESSEE.exec(after);
  if (!m) {
    // ("urged citizens to leave Lebanon": people addressed by a bare plural, right after the verb, are no state, and none is guessed for them)
    const bare = /\s(?:to|on|upon)$/i.test(trigger) ? null : BARE_ADDRESSEE.exec(after);
    if (bare && !named(bare)) r.unaddressed = true;
    return;
  }
  if (named(m)) return;
  // ("welcomed the Saudi deposit and called on other donors to follow": no state is guessed for the unnamed ones)
  if (!r.recipient.some((x) => !r.actor.includes(x))) {
    if (r.recipient.length === 0 && UNNAMED_SET.has(m[1]!)) r.unaddressed = true;
    return;
  }
  r.recipient = [];
  r.inferred = true; // the addressee is known to be no state of the story: no partner is guessed
};

/** "the cost of the Kenyan deployment, a contribution Oslo has said ...": a nominal act's object is not named in an apposition after it. */
const apposedObject: Refinement = (c, r) => {
  if (c.sentenceMode || c.pos !== 'NOUN' || !r.recipient.length) return;
  const g = c.groups.find((x) => x.start >= c.hit.end && x.codes.some((y) => r.recipient.includes(y)));
  if (g && /,\s+(?:an?|the)\s/i.test(c.text.slice(c.hit.end, g.start))) r.recipient = [];
};

/** "troops for the African Union mission in Somalia": the state an organisation's mission serves, not the organisation. */
/** (not a mission addressed: "asked the UN Support Mission in Libya to convene the parties" asks the organisation) */
const missionHost: Refinement = (c, r) => {
  if (c.sentenceMode || r.recipient.length !== 1 || r.recipient[0] !== 'IGO' || GOVERNING.has(c.type)) return;
  const org = c.groups.find((g) => g.start >= c.hit.end && g.codes.includes('IGO'));
  if (!org) return;
  const host = c.groups.find((g) => g.start > org.end && g.prep === 'in' && g.codes.every((x) => x !== 'IGO' && !r.actor.includes(x)));
  if (host && /^\s+(?:[\p{L}-]+\s+){0,2}(?:mission|force|operation|peacekeeping\s+(?:mission|force)|contingent|deployment)\s+in\s+(?:the\s+)?$/iu.test(c.text.slice(org.end, host.start))) {
    r.recipient = host.codes.slice();
  }
};

/** "... after the junta demanded their departure": a demand about "their / its" withdrawal is aimed at the state named before (the sentence's subject). */
const THEIR_DEPARTURE = /^\s+(?:their|its)\s+(?:[\p{L}-]+\s+)?(?:departure|withdrawal|exit|removal|expulsion|pull-?out|recall|release|extradition)\b/iu;
const possessedDemand: Refinement = (c, r) => {
  if (c.sentenceMode || !GOVERNING.has(c.type) || r.recipient.length || !r.actor.length || !THEIR_DEPARTURE.test(c.text.slice(c.hit.end, c.hit.end + 40))) return;
  const owner = c.groups.find((g) => g.end <= c.hit.start && !g.venue && (g.prep === null || g.prep === 'of') && g.codes.every((x) => !r.actor.includes(x)));
  if (owner) r.recipient = owner.codes.slice();
};

/** "struck targets near Damascus", "fired missiles at Kyiv": a hostile act with no state named as its object hits the state of the place it strikes. */
const struckPlace: Refinement = (c, r) => {
  if (c.sentenceMode || !['ASSAULT', 'FIGHT', 'COERCE'].includes(c.type) || !r.actor.length || r.recipient.some((x) => !r.actor.includes(x)) || r.nominalSubject) return;
  const place = c.groups.find((g) => g.start >= c.hit.end && g.start - c.hit.end <= 60 && g.venue && g.prep !== null && ['in', 'near', 'on', 'at', 'outside', 'into', 'around', 'of', 'off'].includes(g.prep)
    && g.codes.every((x) => x !== 'IGO' && !r.actor.includes(x)) && !/[;.]/.test(c.text.slice(c.hit.end, g.start)));
  if (place) r.recipient = place.codes.slice();
};

/** "Exiles rallied outside the Chilean embassy in Lima": a protest by people no state is named for is the act of the state where it takes place. */
const protestPlace: Refinement = (c, r) => {
  if (c.sentenceMode || c.type !== 'PROTEST' || r.actor.length || !r.recipient.length) return;
  const place = c.groups.find((g) => g.venue && g.prep !== null && ['in', 'at', 'outside', 'across', 'throughout'].includes(g.prep)
    && g.codes.every((x) => x !== 'IGO' && !r.recipient.includes(x)) && g.start > c.sentence.start && g.end <= c.sentence.end);
  if (place) r.actor = place.codes.slice();
  // "Thousands marched in Mexico City. The demonstrators denounced US plans": the place of the sentence before
  else if (c.prevVenues?.length === 1 && !r.recipient.includes(c.prevVenues[0]!)) r.actor = c.prevVenues.slice();
};

/**
 * "before attending the ASEAN summit in Laos", "at a GCC summit in the Saudi city of Al-Ula": the state an
 * organization's gathering (named only by its noun) is held in is its venue, not a party it is aimed at.
 * (A state that attends one in another is coded with it: "Xi attended a summit in Astana".)
 */
const gatheringVenue: Refinement = (c, r) => {
  if (c.sentenceMode || c.type !== 'CONSULT' || !r.recipient.length || !r.actor.every((x) => x === 'IGO') || !/^(?:summit|conference|forum)$/i.test(c.text.slice(c.hit.start, c.hit.end))) return;
  const venue = c.groups.find((g) => g.start >= c.hit.end && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(c.text.slice(c.hit.end, g.start)));
  if (venue && r.recipient.every((x) => venue.codes.includes(x))) r.recipient = [];
};

/** "deliveries go by rail through Uzbekistan": a state goods pass through is no recipient of the aid. */
const transitState: Refinement = (c, r) => {
  if (c.sentenceMode || c.type !== 'AID' || !r.recipient.length) return;
  const via = c.groups.filter((g) => g.start >= c.hit.end && (g.prep === 'through' || g.prep === 'via' || g.prep === 'across'));
  // (a state named only there, not also in or after the trigger some other way: "aid to Syria through Turkey" keeps Syria)
  const passedThrough = (x: string) => via.some((g) => g.codes.includes(x)) && !c.groups.some((g) => g.start >= c.hit.start && !via.includes(g) && g.codes.includes(x));
  if (r.recipient.every(passedThrough)) r.recipient = [];
};

/** In order: domestic appeals, the story's partner for a lone actor, joint acts placed in a state, mutual acts, then reactions and denials. */
export const REFINEMENTS: readonly Refinement[] = [
  domesticAppeal, unnamedAddressee, localAuthorities, apposedObject, missionHost, possessedDemand, struckPlace, protestPlace, recalledFrom, reasonSubject, objectlessReaction, complainedOf, hostOffer, reactionToMove, storyPartner, pronounPartner, disasterAid, aidToStateBefore, aidRecipientOfStory, jointActInPlace, mutualWithPartner, thatClauseTarget, deniedCharge, theseCharges, answeredProposal, complaintForum, reactionToAct, addressedPair, meetingHost, gatheringVenue, transitState,
];
/** The refinements that guess an unnamed recipient from the story (skipped for an act done abroad). */
const RECIPIENT_GUESSES: ReadonlySet<Refinement> = new Set([storyPartner, pronounPartner, disasterAid, aidToStateBefore, aidRecipientOfStory]);

/**
 * "A Chinese boat rammed a Vietnamese vessel. The foreign ministry summoned the Chinese ambassador": an
 * answering act whose actor was read from a pronoun or an unnamed body and is the state named as its
 * recipient is by the other side of that state's last act.
 */
function answerOfSelf(c: RoleContext, r: Roleplay): void {
  if (c.sentenceMode || !r.inferred || !ANSWERING.has(c.type) || !r.recipient.length || !r.recipient.every((x) => r.actor.includes(x))) return;
  const mine = (xs: readonly string[]) => xs.some((x) => r.recipient.includes(x));
  const last = c.reports.findLast((d) => d.sentence < c.sentence.index && d.sentence >= c.sentence.index - 3 && mine(d.actor) !== mine(d.recipient));
  const other = last ? (mine(last.actor) ? last.recipient : last.actor).filter((x) => x !== 'IGO' && !r.recipient.includes(x)) : [];
  if (other.length) r.actor = other.slice();
}

export function refineRoles(c: RoleContext, r: Roleplay): void {
  answerOfSelf(c, r);
  // ("He promised that Lima would reopen the market": a recipient that is only the actor itself is none yet)
  if (!c.sentenceMode && r.recipient.length && r.recipient.every((x) => r.actor.includes(x))) r.recipient = [];
  // ("Cuba has sent doctors abroad": an act aimed at no state in particular has no recipient to guess)
  const abroad = ABROAD_AFTER.test(c.text.slice(c.hit.end, c.hit.end + 50));
  for (const f of REFINEMENTS) if (!(abroad && RECIPIENT_GUESSES.has(f))) f(c, r);
  if (r.unaddressed) r.recipient = [];
}
