// Participants of a sentence and the choice of actor and recipient around a trigger.
import type { Mention } from '../../core/types.ts';
import type { Roles } from './lexicon.ts';
import { join } from 'node:path';
import { GAZETTEER_DIR, readRows } from '../../nlp/gazetteers/load.ts';

export interface Part {
  readonly start: number;
  readonly end: number;
  readonly codes: readonly string[];
  /** a capital or city named as a place ("in Baku"): a host of visits, not an actor */
  readonly venue: boolean;
  readonly person: boolean;
  /** synthetic: "the two countries" or a pronoun */
  readonly kind: 'mention' | 'collective' | 'pronoun';
  /** how the mention was found ("name", "demonym", "group", "pronoun"...) */
  readonly via?: string;
}

export interface Group {
  readonly start: number;
  readonly end: number;
  readonly codes: string[];
  readonly venue: boolean;
  readonly person: boolean;
  readonly kind: Part['kind'];
  /** the word before the group when it is a preposition ("in", "with", "by"...) */
  readonly prep: string | null;
  /** inside an apposition after another participant ("Pakistan, a key U.S. ally, ...") */
  readonly appositive: boolean;
  /** named only for comparison or as a helper ("ahead of Russia", "unlike Turkey", "with the help of Jordan"): never a recipient */
  readonly compared?: boolean;
  /** a list ("Bucharest and the European Commission"): the codes of its last member */
  readonly last?: string[];
  /** a place by a state's border or coast ("a few kilometres from the Iranian border", "near Kenya's border"): no party of a friendly act */
  readonly atBorder?: boolean;
}

const ACTOR_TYPES = new Set(['country', 'igo', 'org', 'person']);

export function codeOf(m: Mention): string | null {
  if (!ACTOR_TYPES.has(m.type)) return null;
  if (m.type === 'igo') return 'IGO';
  return m.ref && /^[A-Z]{3}$/.test(m.ref) ? m.ref : null;
}

export function mentionParts(mentions: readonly Mention[]): Part[] {
  const out: Part[] = [];
  for (const m of mentions) {
    const c = codeOf(m);
    if (!c) continue;
    out.push({ start: m.start, end: m.end, codes: [c], venue: m.via === 'venue', person: m.type === 'person', kind: 'mention', ...(m.via ? { via: m.via } : {}) });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text of [from, to) with the spans of the given groups blanked (their commas are a list's, not a clause's). */
function withoutGroups(text: string, from: number, to: number, spans: readonly (readonly [number, number])[]): string {
  let out = text.slice(from, to);
  for (const [a, b] of spans) if (a >= from && b <= to) out = out.slice(0, a - from) + ' '.repeat(b - a) + out.slice(b - from);
  return out;
}

/** Where a place lies: "sandwiched between", "located between", "lying between". */
const LIES_BETWEEN = /\b(?:sandwiched|located|situated|lying|lies|lie|wedged|squeezed|nestled|sits|sitting|straddling)\s+between\s+(?:the\s+)?$/i;

/** A government body followed by "in" and its seat: "the foreign ministry in", "the authorities in", "a court in" (not an embassy or consulate, which is another state's). */
const OWN_SEAT = /\b(?:ministry|government|authorities|authority|rulers|cabinet|leadership|administration|presidency|junta|regime|parliament|court|courts|prosecutors?|judges?|tribunal|police)\s+in\s+$/i;
/** A court of many states before its seat: "the International Criminal Court in The Hague" is no Dutch court. */
const COURT_OF_STATES = /\b(?:international|european|inter-american|african|permanent)\s+(?:\p{L}+\s+){0,3}(?:court|tribunal)\s+in\s+$/iu;

/** A reaction drawn by the clause's subject: "the strike drew condemnation from". */
const DREW = /^(?:drew|drawn|draws|draw|prompted|prompts|sparked|sparks|provoked|provokes)\b/i;
/** A participle of consequence before a reaction it drew: ", drawing", ", prompting a sharp". */
const DRAWN = /,\s*(?:drawing|prompting|triggering|sparking|provoking|earning|attracting)\s+(?:(?:an?|the|sharp|strong|angry|fierce|swift|immediate|international|widespread|formal)\s+){0,3}$/i;

/** Words that may stand between "and" and the next participant: "and the", "and new", "and his". */
const BEFORE_NAME = String.raw`(?:(?:the visiting|visiting|the|new|former|outgoing|incoming|acting|newly elected|his|her|their)\s+)?`;
/** After a name set off by a comma: its possessive noun phrase, closed by a comma, is an apposition ("'s closest ally,", "'s former colonial ruler and a major buyer of its gas,"). */
const POSSESSIVE_APPOSITION = /^['’]s?\s+(?![^,;]*\b(?:said|says|told|stated|announced|reported)\b)(?:\p{Ll}[\p{Ll}-]*\s+){0,11}\p{Ll}[\p{Ll}-]*,/u;
/** The verbs that judge what was named before them: "a move Moscow called", "a charge Quito rejected" (one list for the apposition test, the clause end and the judged act's author). */
const JUDGING = String.raw`called|describ\w*|branded|termed|labell?ed|denounced|condemned|rejected|denied|dismissed|critici[sz]ed|welcomed|hailed|praised|protested|resisted|ignored|spurned|rebuffed|turned\s+down`;
const DESCRIBING_VERB = new RegExp(String.raw`^\s+(?:has\s+|had\s+|have\s+)?(?:(?:\p{Ll}+ly|so\s+far|long|also)\s+)?(?:${JUDGING})\b`, 'u');
/** A clause that judges the act before, after a comma: ", a step Finland called", ", a request Tokyo has so far resisted" (it ends the act's clause). */
const JUDGED_AFTER = new RegExp(String.raw`,\s*(?:a|an)\s+(?:\p{Ll}+\s+){1,2}(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:has\s+|had\s+)?(?:(?:so\s+far|long|repeatedly|also)\s+)?(?:${JUDGING})\b`, 'u');
/** The noun that names the act before, after its comma: ", a deployment ", ", a step ". */
const DESCRIBED = /,\s*(?:a|an)\s+(?:[\p{L}-]+\s+){1,2}$/u;
/** A relative pronoun with no subject after it, up to its verb: " that now ", " which ", " that was ". */
const RELATIVE_AFTER = /\s(?:that|which|who)\s+(?:(?:now|also|still|then|once|has|have|had|was|were|is|are|will|would)\s+)*/g;
/** A text, fund or scheme right before a relative pronoun: its relative clause is its content. */
const CONTENT_HOLDER = /\b(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|memorand\w*|contracts?|protocols?|declarations?|funds?|programmes?|programs?|plans?|mechanisms?|facilit(?:y|ies)|loans?|packages?|initiatives?|projects?|schemes?|law|laws|bills?|resolutions?)$/i;
/** An envoy of the state just named: "'s new ambassador", "'s envoy". */
const ENVOY_AFTER = /^['’]s?\s+(?:(?:new|outgoing|incoming|newly\s+appointed)\s+)?(?:ambassador|envoy|high\s+commissioner|charg[eé])\b/i;
/** An office named before its state in a list: "(and) the foreign minister of", "the presidents of". */
const OFFICE_OF = String.raw`(?:the\s+)?(?:(?:(?:deputy|vice)[\s-])?(?:(?:prime|foreign|defen[cs]e|trade|interior|finance|economy)\s+)?ministers?|(?:vice[\s-])?presidents?|premiers?|chancellors?|kings?|emirs?|heads?\s+of\s+(?:state|government)|envoys?|ambassadors?|representatives?|delegations?)\s+of\s+(?:the\s+)?`;
const JOIN = new RegExp(String.raw`^(?:\)?\s*(?:,|and|,\s*and)\s+${OFFICE_OF}|\)?\s*(?:,|and|&|as well as|or|-|–|\/|(?:and|or)\s+of)\s*${BEFORE_NAME}|\s+|\s*,\s*and\s+|['’]s\s+|\s*\(\s*)$`, 'i');
const COMPARED = /\b(?:ahead of|behind|unlike|instead of|rather than|apart from|besides|except|compared (?:with|to)|such as|like|with the (?:[a-z]+ )?(?:help|support|assistance|backing|financing|funding) of|together with|alongside|along with|brokered by|mediated by)\s+(?:the\s+)?$/i;
const PREP = /\b(in|at|to|from|with|against|on|into|for|during|near|by|between|of|toward|towards|over|across|among|inside|within|via|through|around|off|beyond|outside|along)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?$/i;

/** A sentence opening with an adverbial phrase, up to a participant inside it: "Following talks with", "After meeting". */
const FRONTED_PHRASE = /^\s*["“]?(?:following|after|before|during|since|amid|despite|upon|ahead of|speaking|meeting|in talks with|at talks with)\b[^,;]*$/i;

/** Words of an office: "foreign", "defence", "prime", "minister", "president". */
const OFFICE_WORD = 'foreign|defen[cs]e|prime|economy|trade|energy|finance|interior|deputy|vice|minister|president|premier|leader';
/** An office named after a state and before "and his" counterpart: "'s foreign minister and his ", " president and the ". */
const COUNTERPART_GAP = new RegExp(String.raw`^(?:['’]s)?\s+(?:(?:${OFFICE_WORD}|economic|agriculture|transport|first|ministers|chief|speaker|ambassador|envoy|head|of|state|government|affairs|secretary|chancellor|king|emir)\s+){1,4}and\s+(?:his|her|their|the)\s+$`, 'i');

/** ... and what follows the second state: "counterpart", "counterparts" or the office again ("the Belarusian foreign minister"). */
const COUNTERPART_AFTER = new RegExp(String.raw`^(?:\s*(?:,|and)\s+\p{Lu}\p{L}+)*\s+(?:counterparts?|${OFFICE_WORD})\b`, 'iu');

/** "and President ": a title between two people joined by "and". */
/** The words of an official's title in lower case ("deputy prime minister", "foreign minister", "envoy"). */
export const TITLE_WORD = String.raw`deputy|vice|first|acting|interim|caretaker|prime|foreign|defen[cs]e|minister|president|premier|secretary|chancellor|envoy|ambassador|counterpart|spokes(?:man|woman|person)|chief|head|of|the|for|state|affairs|trade|economy|interior|finance|energy|transport`;
/** Between an official of a list and a name in a short relative clause on them: ", who chairs ". */
const RELATIVE_IN_LIST = /^\s*,\s*(?:who|which)\s+(?:[\p{Ll}-]+\s+){1,4}(?:the\s+)?$/u;
/** After a state's adjective in a list of officials: its official's title and name, then the list goes on ("Uzbek| Foreign Minister Bakhtiyor Saidov and"). */
/** (or after a state's possessive, with or without a title: "Kenya|'s William Ruto, Somalia's Hassan Sheikh Mohamud and") */
const OFFICIAL_ITEM = new RegExp(String.raw`^(?:\s+(?:(?:${TITLE_WORD})\s+)+|['’]s\s+(?:(?:${TITLE_WORD})\s+)*)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s*(?:,|and\b)`, 'iu');
/** Between a state's adjective and its official: title words and names ("Russian| President |Putin"). */
const SAME_STATE_TITLE = new RegExp(String.raw`^(?:['’]s)?(?:\s+(?:[A-Z][\p{L}.'’-]*|${TITLE_WORD}))*\s*$`, 'u');
const TITLED_GAP = new RegExp(String.raw`^\s*(?:,|and|&)\s+${BEFORE_NAME}(?:\p{Lu}[\p{L}.-]+\s+){1,4}$`, 'u');

/** People and craft a state's name stands before, by kind (data/gazetteers/people-nouns.tsv): "Guyanese soldier", "Malian traders". */
const PEOPLE_NOUNS = readRows(join(GAZETTEER_DIR, 'people-nouns.tsv')).map(([word, kind]) => ({ word: word!, kind: kind! }));
/** The people nouns of the kinds kept, as one regex alternation, longest first. */
export const peopleAlt = (keep: (kind: string) => boolean) => PEOPLE_NOUNS.filter((p) => keep(p.kind)).map((p) => p.word.replace(/ /g, '\\s+'))
  .sort((a, b) => b.length - a.length).join('|');

/** Civilians after a state's demonym or name, people of the state and not the state: "Bolivian refugees", "Afghan nationals". */
export const CIVILIANS_AFTER = new RegExp(`^\\s+(?:${peopleAlt((kind) => kind === 'civilian')})\\b`, 'i');
/** Civilians before a state's name, of it: "the people of Gaza", "refugees from Sudan". */
export const CIVILIANS_OF = new RegExp(`\\b(?:${peopleAlt((kind) => kind === 'civilian')})\\s+(?:of|from|in)\\s+(?:the\\s+)?$`, 'i');

/** People "from" a state opening their clause speak and act for it: "Officials from Chile and Peru signed ...", as "Chilean officials" would (its service people and delegates). */
const PEOPLE_FROM = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:and|but|while|as)\s+)["“]?\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:${peopleAlt((kind) => kind === 'service' || kind === 'delegate')})\s+from\s+(?:the\s+)?$`, 'iu');

const SPEAKS_FOR = /\b(?:spokes(?:man|woman|person|men|women|people)|representatives?)\s+for\s+(?:the\s+)?$/i;

/** A headline: one line that opens with a capital and has no closing punctuation ("Guyanese soldier killed in clash"). */
export function isHeadline(text: string): boolean {
  return !/[.!?:;]["”’)]?\s*$/.test(text) && !text.trim().includes('\n') && /^\s*\p{Lu}/u.test(text);
}

/** Group adjacent participants ("Peru, Chile and Bolivia") and note the preposition before each group. */
export function groupParts(text: string, base: number, parts: readonly Part[], headline = isHeadline(text)): Group[] {
  // (`headline`: one line with no closing punctuation, whose first words are names)
  const groups: Group[] = [];
  let cur: { start: number; end: number; codes: string[]; venue: boolean; person: boolean; kind: Part['kind']; last?: string[] } | null = null;
  const flush = () => {
    if (!cur) return;
    const before = text.slice(Math.max(0, cur.start - base - 24), cur.start - base);
    const pm = PREP.exec(before);
    const prev = groups[groups.length - 1];
    // (", which Somalia accuses": the subject of a relative clause is no apposition)
    // ("Following the meeting with Vietnamese officials, the Japanese delegation ...": the subject after a fronted phrase is none)
    // ("Taiwan, one of Belize's main donors, handed over ...": "one of" opens an apposition, too)
    // ("In Washington, the State Department ...": after a place fronted with its preposition, the subject)
    // (", a deployment Sudan called provocative", ", a charge Quito rejected": the subject of a clause that describes the act before)
    const appositive = !!prev && /^\s*,\s*(?:a|an|the|its|their|one of(?: the)?)\b[^,;]*$/i.test(text.slice(prev.end - base, cur.start - base))
      && !DESCRIBING_VERB.test(text.slice(cur.end - base))
      && !FRONTED_PHRASE.test(text.slice(0, prev.start - base)) && !(prev.venue && /^\s*["“]?(?:in|at|from)\s+$/i.test(text.slice(0, prev.start - base)))
      // ("Uganda, South Sudan's closest ally, sent troops": a possessive noun phrase set off by commas after a name)
      || (!!prev && !prev.venue && /^\s*,\s*$/.test(text.slice(prev.end - base, cur.start - base)) && POSSESSIVE_APPOSITION.test(text.slice(cur.end - base)));
    // "Peru joins Kenya and Ghana as buyers of ...": the joined ones are companions
    const compared = COMPARED.test(text.slice(Math.max(0, cur.start - base - 40), cur.start - base))
      || (/\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$/i.test(before) && /^\s+as\b/i.test(text.slice(cur.end - base, cur.end - base + 6)));
    const atBorder = (BY_BORDER.test(before) && BORDER_AFTER.test(text.slice(cur.end - base, cur.end - base + 30)))
      || BORDER_OF.test(text.slice(Math.max(0, cur.start - base - 80), cur.start - base));
    // "The Foreign Ministry in Vilnius", "the government in Kabul": a state's own body named by its seat stands for the state
    // ("a court in Belarus jailed ...": the same for a state named after its body)
    if (OWN_SEAT.test(before) && !COURT_OF_STATES.test(text.slice(Math.max(0, cur.start - base - 60), cur.start - base)) && (cur.venue || /^\s*(?:an?|the)\s+\p{L}+\s+in\s+$/iu.test(text.slice(0, cur.start - base).slice(-40)) && groups.length === 0)) {
      groups.push({ ...cur, venue: false, prep: null, appositive, compared, atBorder });
      cur = null;
      return;
    }
    // "a spokesman for the Thai foreign ministry": the spokesperson speaks for the state, as "of" would say
    const prep = pm ? (SPEAKS_FOR.test(before) || (pm[1]!.toLowerCase() === 'from' && PEOPLE_FROM.test(text.slice(0, cur.start - base))) ? 'of' : pm[1]!.toLowerCase()) : null;
    groups.push({ ...cur, prep, appositive, compared, atBorder });
    cur = null;
  };
  for (const p of parts) {
    // "the anti-U.S. government", "pro-Russian separatists": an attitude, not a participant;
    // "ethnic Albanians": a people, coded by where they act; "the Syrian-backed militia": its backer
    if (/(?:^|[^\p{L}])(?:anti|pro)[-‐–]$/iu.test(text.slice(Math.max(0, p.start - base - 6), p.start - base))) continue;
    if (/\bethnic\s+$/i.test(text.slice(Math.max(0, p.start - base - 8), p.start - base))) continue;
    // "struck what Islamabad described as militant hideouts": the one who names the target takes no part in the act
    if (/\bwhat\s+$/i.test(text.slice(Math.max(0, p.start - base - 6), p.start - base)) && /^\s+(?:described|called|termed|branded|labell?ed|said|says|claimed|claims|considers|considered|calls|describes)\b/i.test(text.slice(p.end - base, p.end - base + 14))) continue;
    if (/^[-‐–](?:backed|supported|sponsored|funded|armed|led|dominated)\b/i.test(text.slice(p.end - base, p.end - base + 12))) continue;
    // "Djibouti's President Guelleh, who chairs IGAD, Kenya's William Ruto and ...": a short relative clause on one
    // official of a list of officials goes on to the next; an organisation it names takes part with them
    if (cur !== null && cur.person && RELATIVE_IN_LIST.test(text.slice(cur.end - base, p.start - base))) {
      const rest = /^[^,;.]{0,30}?,\s*/.exec(text.slice(p.end - base));
      const next = rest && parts.find((q) => q.start === p.end + rest[0].length);
      if (next && OFFICIAL_ITEM.test(text.slice(next.end - base, next.end - base + 90))) {
        if (p.codes.every((c) => c === 'IGO') && !cur.codes.includes('IGO')) cur.codes.push('IGO');
        // the group ends at the clause's comma, so the next official joins it as the list's next item
        cur.end = p.end + rest[0].indexOf(',');
        continue;
      }
    }
    if (cur && p.start < cur.end) {
      // nested or overlapping mention: fold in
      for (const c of p.codes) if (!cur.codes.includes(c)) cur.codes.push(c);
      cur.end = Math.max(cur.end, p.end);
      continue;
    }
    const gap = text.slice(cur ? cur.end - base : 0, p.start - base);
    // "A, B and C" is a list; "..., its rival Peru, Chile has been" is not
    // ("After meeting Vietnamese officials, the Japanese delegation pledged": a fronted phrase and the subject)
    // (but a headline joins its two leading names with a comma: "Peru, Chile sign border pact", "Thai, Lao ministers meet")
    // ("Foreign Minister Ishaq Dar, Uzbek Foreign Minister Bakhtiyor Saidov and Afghan ...": a list of officials, each with a title)
    const commaOnly = /^\s*,\s*(?:the\s+)?$/i.test(gap) && !/^\s*(?:,|and\b|or\b|&)/i.test(text.slice(p.end - base, p.end - base + 8))
      && !(cur !== null && cur.person && OFFICIAL_ITEM.test(text.slice(p.end - base, p.end - base + 90)))
      && !(cur !== null && headline && /^\s*,\s*$/.test(gap) && /^\s*$/.test(text.slice(0, cur.start - base)));
    // "sent troops to Lithuania, and Latvia has sent more": a new clause, not a list (a list's ", and" closes several names)
    const newClause = cur !== null && /^\s*,\s*and\s+$/i.test(gap) && !text.slice(cur.start - base, cur.end - base).includes(',')
      && /^\s+(?:has|have|had|is|are|was|were|will|would|said|says|also|did|does|can|could|\p{Ll}{2,}ed|sent|met|gave|took|made|struck|held|withdrew|broke|froze|left|began|fought|sought|drew|brought|bought|sold|cut|shut|put|set|told|won|lost)\b/iu.test(text.slice(p.end - base, p.end - base + 16));
    // "Prime Minister Ana Torres and President Diego Mena": a title between the two people
    const titled = p.person && cur !== null && cur.person && TITLED_GAP.test(gap);
    // "Ukraine's EU accession talks", "Sweden's NATO membership": an organisation possessed by a state modifies the noun after it
    // "President Lourenco, the African Union's mediator, ...": an apposition naming a role, not a list
    const roleApposition = /^\s*,\s*(?:the\s+)?$/i.test(gap) && /^['’]s\s+\p{Ll}/u.test(text.slice(p.end - base, p.end - base + 4));
    // "his Kyrgyz counterpart": a possessive pronoun stands for someone else than the state after it
    // (the pronoun is dropped: its owner is named before)
    // (the pronoun is dropped: its owner is named before; "his Kyrgyz counterpart" is still a person)
    let possessed = false;
    if (cur !== null && /^\s+$/.test(gap) && /^(?:his|her|their|its)$/i.test(text.slice(cur.start - base, cur.end - base))) {
      possessed = cur.person;
      cur = null;
    }
    const possessedIgo = /^['’]s\s+$/.test(gap) && p.codes.every((c) => c === 'IGO') && cur !== null && !cur.codes.includes('IGO');
    // "the Azerbaijani foreign minister and his Belarusian counterpart": two officials of two states, one list
    const counterparts = cur !== null && !cur.venue && !p.venue && COUNTERPART_GAP.test(gap) && COUNTERPART_AFTER.test(text.slice(p.end - base, p.end - base + 40));
    if (cur && (JOIN.test(gap) || titled || counterparts) && !commaOnly && !newClause && !possessedIgo && !roleApposition && !(cur.venue !== p.venue)) {
      for (const c of p.codes) if (!cur.codes.includes(c)) cur.codes.push(c);
      cur.end = p.end;
      cur.person ||= p.person;
      cur.last = p.codes.slice();
      continue;
    }
    // adjective + title + person of the same state ("Russian President Putin"): one group
    if (cur && p.codes.every((c) => cur!.codes.includes(c)) && p.start - cur.end < 40 && SAME_STATE_TITLE.test(text.slice(cur.end - base, p.start - base))) {
      cur.end = p.end;
      cur.person ||= p.person;
      continue;
    }
    flush();
    cur = { start: p.start, end: p.end, codes: [...p.codes], venue: p.venue, person: p.person || possessed, kind: p.kind };
  }
  flush();
  return groups;
}

const LEFT_BOUNDARY = /(?:;|:|\bsaid\b|\bsays\b|\bsaying\b|\bstated\b|\bnoted\b|\bannounced\b|\bthat\b|\bwhich\b|\bwho\b|\bwhose\b|\bwhile\b|\bwhen\b|\bbut\b|\bwhere\b|\bwhom\b)/gi;
const RIGHT_BOUNDARY = /;|,\s*(?:fitted|equipped|powered|made|built|manufactured|designed|produced)\s+(?:with|in|by|from)\b|,\s*(?:which|who|while|but|whereas|although|as|when|where|after|before|saying|said|according)\b|,\s*with\s+(?=[^,;.]{0,60}?\b(?:writing|saying|telling|adding|noting|calling|describing|stressing|warning|arguing|posting|insisting|declaring|agenda)\b)|,\s*(?!including\b|notably\b|namely\b)(?:drawing|prompting|triggering|sparking|provoking|angering|earning|raising|causing|leaving|forcing|clearing|paving)\b|,\s*(?:an?|one|two|three|four|five|several|some|hours|days|weeks)\s+(?:\p{L}+\s+)?(?:after|before)\b|,\s*in\s+(?:a|what)\s+(?:(?:\p{L}+\s+){0,2}(?:move|step|decision|development|deal|agreement)\s+(?:that|which)|(?:was|is)\s+(?:seen|viewed|described|widely))\b|\s(?:while|but|whereas|after|following|amid)\s|\sas\s+(?=(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:s|ed)\b)|,\s+and\s+(?=\p{Lu})|,\s*(?:[A-Z][\p{L}.]+(?:['’]s)?\s+){0,5}(?:\p{Ll}+\s+)?(?:said|says|told)\b|,\s*(?:a|an|the)\s+(?:[\p{L}.'’-]+\s+){0,14}?(?:has\s+|have\s+|had\s+)?(?:said|says|reported)(?:\s+(?:on\s+)?\p{L}+day)?(?:,\s*(?:quoting|citing)\s[^,;.]*)?\s*[.!]?\s*$|,\s*(?:a|an|the)\s+(?:[\p{L}.'’-]+\s+){0,6}?told\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+\s*[.!]?\s*$/u;
/** A meeting or text and what it is about, right before a state: "a conference on", "talks about the". */
/** A conflict an act reacts to, up to its place: " over the war in ", " over the humanitarian situation in ". */
/** Before an organisation or state whose rules an act is said to break: "a breach of (Security Council sanctions)". */
/** (or said to go against them: "contrary to every (UN resolution)", "in violation of all") */
const BREACH_OF = /\b(?:(?:breach(?:es)?|violations?|breaching|violating|defiance|contravention)\s+of|contrary\s+to|in\s+breach\s+of|runs?\s+counter\s+to)\s+(?:the\s+|all\s+|every\s+|any\s+)?$/i;
/** After it, the rules: " sanctions", "'s resolutions", " embargo". */
const RULES_AFTER = /^(?:['’]s?)?\s+(?:sanctions|resolutions?|embargo|charter|rules|law|decisions?|mandate)\b/i;
const REASON_PLACE = /^\s+over\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:war|conflict|fighting|crisis|situation|violence|bombing|bombardment|offensive|siege|killings?|deaths)\s+(?:in|on)\s+(?:the\s+)?$/iu;
const TOPIC_OF = /\b(?:conference|talks|meeting|summit|forum|discussions?|negotiations|dialogue|consultations|resolution|report|debate|session|seminar|envoy|plan|(?:working|contact|study) group|committee|commission|task force|panel)\s+(?:on|about|regarding|over|concerning|for)\s+(?:the\s+)?$/i;
/** A place by a state's border or coast: "near|along|from|off the ... border". */
const BY_BORDER = /\b(?:near|along|from|off|beside|by)\s+(?:the\s+)?$/i;
const BORDER_AFTER = /^(?:['’]s)?\s+(?:\p{Ll}+\s+)?(?:border|borders|frontier|coast|coastline|shores?)\b/u;
/** The states whose border or waters a place is near: "near the Chinese borders with", "close to the maritime boundaries of". */
const BORDER_OF = /\b(?:near|along|close\s+to|off|by)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:borders?|boundar(?:y|ies)|frontiers?|coasts?|waters)\s+(?:with|of)\s+(?:the\s+)?$/iu;
/** A drill, exercise or patrol. */
export const DRILL = /\b(?:exercis|drill|manoeuv|maneuv|war\s+games|patrol)/i;
/** A participle of a speech act: the speaker's next word after what was said ("..., warning that"). */
export const SPEECH_PARTICIPLE = /^(?:warning|adding|saying|insisting|urging|threatening|vowing|accusing|calling|stressing)\b/i;
/** A sentence opening with a participle clause whose subject is the main clause's: "Having signed", "After meeting". */
const PARTICIPLE_OPENING = /^\s*["“]?(?:having\s+\p{L}+|(?:speaking|addressing|returning|commenting|writing|reporting)\b|(?:after|before|while|upon|when)\s+\p{L}+ing)\b[^,;]*$/iu;
/** A sentence opening with an adverbial phrase or clause, up to the trigger: "Since the start of the", "After the". */
const FRONTED = /^\s*["“]?(?:since|after|following|during|before|amid|despite|because of|in the wake of|ahead of|as part of|in response to)\b[^,;]*$/i;
/** A verb coordinated with the clause's first one, up to the trigger: "and", "and has repeatedly", "and would also", "and over the years has". */
const COORDINATED = /(?:\band|,\s*then),?\s+(?:(?:over|in|since|for|during|throughout)\s+(?:the\s+|recent\s+|past\s+|last\s+){0,2}(?:years?|months?|weeks?|decades?|\d{4})\s*,?\s+)?(?:(?:also|then|later|has|have|had|will|would|could|can|may|might|must|should|is|are|was|were|again|repeatedly|since|\p{L}+ly)\s+){0,3}$/iu;
/** A finite verb in the present: "remains", "is", "has". */
const PRESENT = /\b(?:is|are|remains|remain|stays|stay|has|have|holds|hold)\b/;
/** A subordinating conjunction opening a clause with its own subject: ", after the Colombian government ...". */
const SUB_OPENER = /(?:,\s*|\s)(?:after|because|since|when|while|although|though|before|until|once|as soon as)\s+(?=(?:the|a|an)\s|\p{Lu})/gu;
/** A lowercase past-tense verb right before a participant: "accused ", "thanked the ". */
const VERB_BEFORE = /(?:^|[^\p{L}])\p{Ll}{2,}ed\s+(?:the\s+)?$/u;
/** A sentence opening with an unnamed body or text of the state just named: "The note, according to the ministry, called on". */
const SPOKESBODY = /^\s*["“]?the\s+(?:(?:diplomatic|protest|official|joint)\s+)?(?:note|statement|letter|communiqu[eé]|ministry|foreign ministry|embassy|spokes(?:man|woman|person))\b/i;
/** What stands between the place and a visit named after it: " for a working", " on a two-day state". */
const VISIT_PLACE = /^\s+(?:for|on)\s+(?:an?|his|her|their|its|the)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** A state of mind: what follows "by" is what caused it, not an agent ("was deeply disappointed by X's decision"). */
const STIMULUS = /\b(?:disappointed|dismayed|displeased|concerned|alarmed|troubled|worried|angered|outraged|shocked|surprised|frustrated)$/i;

/** A passive auxiliary right before a verb: "was received", "have been expelled". */
export const PASSIVE = /\b(?:was|were|been|being|is|are|be|has been|have been)\s+(?:\w+ly\s+)?$/i;

export interface Roleplay {
  actor: string[];
  recipient: string[];
  /** the actor came from context (pronoun, the two countries) rather than a named participant */
  inferred: boolean;
  /** the trigger is a noun in the subject of its clause ("fighting between X and Y has driven ..."): the story's partner is not its target */
  nominalSubject?: boolean;
  /** addressed to no state ("asked the international community for help"): no recipient is guessed from the story */
  unaddressed?: boolean;
}

export interface SentenceView {
  readonly text: string;
  /** offset of text in the document */
  readonly base: number;
  readonly groups: readonly Group[];
  /** codes of the last subject before this sentence (for "it", "the country") */
  readonly lastSubject: readonly string[];
  readonly pronouns: RegExp;
  /** the document's two most mentioned states */
  readonly dyad: readonly string[];
  /** skip states named inside the topic of an act ("on the X-Y corridor project"): articles only */
  readonly topics?: boolean;
  /** how far after the trigger a recipient may stand (default RECIPIENT_REACH) */
  readonly reach?: number;
  /** document offsets where the sentence's finite verbs start (VERB tokens not ending in -ing) */
  readonly verbs?: readonly number[];
  /** document offsets where the sentence's nouns and gerunds start (NOUN, PROPN, VERB in -ing) */
  readonly nouns?: readonly number[];
}


/** The verb of a relative clause that agrees with a single antecedent or does not show number: "which has", "who approved", "which sent". */
const SINGULAR_OR_PAST = /^\s+(?:(?:\p{L}+ly|later|then|also|already|once|since|now|recently|twice)\s+)?(?:\p{L}+(?:s|ed)|had|will|would|could|can|may|might|must|should|shall|sent|gave|lent|made|took|led|held|struck|sold|paid|built|brought|won|fought|met|spent|became|began|broke|cut|hit|put|set|shut|told|said|drew|flew|froze|kept|left|lost|ran|saw|stood|threw|wrote|arrived)\b/iu;

/** The words between a clause's subject and a nominal act that is the reason or topic of its verb: "joined penalties over the", "held talks about Russia's". */
const REASON_PHRASE = /\b(?:over|about|regarding|concerning|because of|in response to|in retaliation for|in protest (?:at|against|over)|amid)\s+(?:(?:the|a|an|its|their|this|that)\s+(?:(?!and\b|or\b|but\b)[\p{L}-]+\s+){0,2}|(?:(?!and\b|or\b|but\b)[\p{L}-]+\s+){1,2})$/iu;
/** Acts a subject may itself have waged before what it did next ("captured the stronghold after five days of fighting"), unlike
 * an attack or a bombing. (hits.ts's MUTUAL_FIGHT is another list: it lets shelling a state came under go.) */
const WAGED = /^(?:fighting|shelling|clashes|combat|battles?|hostilities)$/i;
/** The words between a clause's subject and a nominal act it follows: "demands guarantees after a second deadly", "summoned the envoy following the". */
const AFTER_PHRASE = /\b(?:after|following)\s+(?:(?:the|a|an|this|that|these|those)\s+)?(?:(?!and\b|or\b|but\b|its\b|their\b|his\b|her\b)[\p{L}-]+\s+){0,3}$/iu;
/** Words that show the text before a trigger is not the opening of a noun phrase: prepositions, verbs, conjunctions. */
const LEAD_WORD = /\b(?:in|on|at|to|from|with|by|for|of|over|after|before|during|since|amid|about|against|into|than|as|and|or|if|that|said|says|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|should|must|not)\b/i;

/** A nominal act in an adjunct of the clause's verb: "in a bombing raid", "with airstrikes". */
const ADJUNCT = /\b(?:in|with|during)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Prepositions of a place along or at which something happens ("on the Peruvian side", "near the Chilean border"). */
const PLACE_PREP = new Set(['on', 'at', 'near', 'along', 'across', 'inside', 'within', 'off', 'over']);
/** An office after a demonym or state: "(the Fijian) prime minister", "(the Chinese) delegation". */
const OFFICIAL_AFTER = /^['’]?s?\s+(?:(?:deputy|vice|acting|interim|foreign|defen[cs]e|prime|finance|trade|interior|economy|energy)\s+)*(?:prime\s+minister|minister|president|premier|chancellor|king|queen|emir|leader|counterpart|ambassador|envoy|delegation|officials?|diplomats?)\b/i;

/** Prepositions that name the target of a hostile or directed act. */
const TARGET_PREP = new Set(['into', 'against', 'on', 'to', 'inside']);
/** A subordinate clause that opens the sentence, up to its comma: "When Cotonou reopened its side,". */
const FRONTED_CLAUSE = /^\s*["“]?(?:when|after|as|while|although|though|since|before|once|if|because|until|whereas)\b[^,;:]*,/i;
/** Prepositions whose object a relative pronoun right after it stands for as a state, not a place: "pressure from Washington, which urged", "talks with Japan, which offered". */
const AGENT_PREP = new Set(['from', 'with', 'to', 'for', 'against']);

/** How far after its trigger (in characters) a recipient may stand in an article. */
const RECIPIENT_REACH = 70;
/** A trigger that signs or adopts a document ("signed a swap deal", "inked an accord"). */
const SIGNED_DOC = /\b(?:sign|ink|conclud|adopt|initial)\w*\b|\b(?:agreements?|deals?|accords?|memorand\w*|treat(?:y|ies)|contracts?|protocols?|declarations?|pacts?)\b/i;
/** A project built, funded or opened somewhere: "finance a refinery at", "build a port in", "opened a consulate in". */
const PROJECT = /\b(?:(?:humanitarian|emergency|food|medical)\s+(?:assistance|aid|relief|supplies)\s+for|build|builds|building|built|financ\w*|fund|funds|funded|funding|construct\w*|invest\w*|open|opens|opened|opening|reopen\w*|inaugurat\w*|set\s+up|sets\s+up|setting\s+up|establish\w*|develop|develops|developed|developing|upgrad\w*|moderni[sz]\w*|expand\w*|renovat\w*|repair\w*|rebuil\w*)\b/i;

const uniq = (xs: readonly string[]) => [...new Set(xs)];

/** A pronoun that stands for a person. */
const PERSONAL_PRONOUN = /\b(?:he|she|his|her)\b/i;

/** The other state of the story's pair when `state` is one of the two ("said on arrival": the host), else none. */
export function pairPartner(dyad: readonly string[], state: string): string[] {
  return dyad.length === 2 && dyad.includes(state) ? dyad.filter((x) => x !== state) : [];
}

function subjectOf(groups: readonly Group[]): Group | null {
  return groups.find((g) => !g.venue && !g.compared && (g.prep === null || g.prep === 'of') && !g.appositive) ?? null;
}

/** Whether [from, to) (document offsets) holds one to three lowercase words, all nouns by the tagger: "government vessel". */
function nounsOnly(v: SentenceView, from: number, to: number): boolean {
  const gap = v.text.slice(from - v.base, to - v.base);
  if (!v.nouns || !/^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}$/u.test(gap)) return false;
  return [...gap.matchAll(/\p{Ll}[\p{Ll}-]*/gu)].every((m) => v.nouns!.includes(from + m.index!));
}

/** Choose actor and recipient for a trigger spanning [ts, te) (document offsets). */
/** `friendly`: the trigger is a cooperative act, whose nominal form takes its agent after "by". */
export function assignRoles(v: SentenceView, ts: number, te: number, roles: Roles, friendly = false): Roleplay {
  const rel = (x: number) => x - v.base;
  const leftText = v.text.slice(0, rel(ts));
  const triggerWord = v.text.slice(rel(ts), rel(te)).split(/\s+/)[0]!;
  let clauseStart = 0;
  let opener = '';
  let openerAt = 0;
  for (const m of leftText.matchAll(LEFT_BOUNDARY)) {
    clauseStart = m.index! + m[0].length;
    opener = m[0].toLowerCase();
    openerAt = m.index!;
  }
  // "it was Australia that first answered the call": a cleft; the state it puts first is the subject of
  // the that/who clause, which is no subordinate clause
  if (opener === 'that' || opener === 'who') {
    const focus = v.groups.find((g) => rel(g.end) <= openerAt && /^\s*$/.test(v.text.slice(rel(g.end), openerAt))
      && /\bit\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:(?:the|only|precisely|exactly|above\s+all)\s+)*$/i.test(v.text.slice(Math.max(0, rel(g.start) - 40), rel(g.start))));
    if (focus) {
      clauseStart = rel(focus.start);
      opener = '';
    }
  }
  const relative = opener === 'which' || opener === 'who' || opener === 'whose';
  const rightText = v.text.slice(rel(te));
  const rb = RIGHT_BOUNDARY.exec(rightText);
  const judged = JUDGED_AFTER.exec(rightText);
  let clauseEnd = rel(te) + Math.min(rb ? rb.index : rightText.length, judged ? judged.index : rightText.length);
  // "cutting tariffs on Indian textiles that now compete with exports from Bangladesh", "the 1995 offensive that drove refugees
  // into Bosnia": a relative clause after the act's object, whose verb follows the pronoun, says something else
  for (const m of rightText.matchAll(RELATIVE_AFTER)) {
    const verbAt = v.base + rel(te) + m.index! + m[0].length;
    if (rel(te) + m.index! >= clauseEnd) break;
    // (not after a text or a fund, whose relative clause says what it does and for whom: "an agreement that would have let
    // India build a base", "a fund that buys weapons for Ukraine")
    // (a route's verb right after the pronoun is one whatever its tag: "the railway that links Kazakhstan with Iran")
    const verb = v.verbs?.includes(verbAt) || /^(?:that|which)\s+(?:links|connects|crosses|runs|passes|separates|borders|leads)\s/u.test(rightText.slice(m.index! + 1, m.index! + 1 + 40));
    if (verb && !CONTENT_HOLDER.test(rightText.slice(0, m.index!))) { clauseEnd = rel(te) + m.index!; break; }
  }
  // a fronted adverbial ("Since the start of the invasion in February, the United States has ...") ends at its comma
  if (FRONTED.test(leftText)) {
    const comma = rightText.indexOf(',');
    if (comma >= 0) clauseEnd = Math.min(clauseEnd, rel(te) + comma);
  }
  // a relative clause ("North Korea, which fired a missile into the sea, and agreed ...") ends at ", and"
  if (relative) {
    const close = /,\s*(?:and|but)\s/.exec(rightText);
    if (close) clauseEnd = Math.min(clauseEnd, rel(te) + close.index);
    // "Latvia and Poland, which have faced similar incursions, expressed solidarity with Vilnius": a relative
    // clause set off by commas ends at its closing comma; the main clause's object is not its recipient
    const comma = rightText.indexOf(',');
    if (comma >= 0 && /,\s*$/.test(leftText.slice(0, openerAt))) clauseEnd = Math.min(clauseEnd, rel(te) + comma);
  }

  // "fighting between the army and rebels has driven villagers into Thailand": a nominal act that is
  // the subject of its clause (no verb before it in the clause, a finite verb after it) has no target
  // after the clause's verb (only where it leads)
  // (the act opens its clause: only determiners, adjectives and names stand before it since the clause's
  // start or its last comma, and no participant with its own role: "At the same time, fighting between",
  // "The blockade of", "Israeli strikes on", not "said on arrival", "Japan is studying")
  const lead = leftText.slice(clauseStart).split(/[,;:]/).pop()!;
  // ("Japan plans to open", "Chile hopes to": a verb in -s taking an infinitive right after a state named as subject, whatever its tag)
  const verbAfterSubject = /\s+to$/i.test(v.text.slice(rel(ts), rel(te))) && v.groups.some((g) => g.end <= ts && !g.venue && /^\s+$/.test(v.text.slice(rel(g.end), rel(ts))));
  const opensClause = !relative && !verbAfterSubject && !!v.verbs && !!v.nouns?.includes(ts) && !LEAD_WORD.test(lead)
    && !v.verbs.some((x) => x >= v.base + clauseStart && x < ts);
  // (an infinitive is no clause verb: "A pledge by Brazil to finance a bridge into Bolivia was announced")
  const clauseVerb = opensClause ? v.verbs!.find((x) => x >= te && rel(x) < clauseEnd && !/\bto\s+$/i.test(v.text.slice(Math.max(0, rel(x) - 4), rel(x)))) : undefined;
  const nominalSubjectAt = clauseVerb !== undefined && !/[,;:]/.test(v.text.slice(rel(te), rel(clauseVerb))) ? clauseVerb : undefined;
  // ("Russian troops arrived": a body whose name the trigger's first word ends stands before it, as its subject)
  const left = v.groups.filter((g) => (g.end <= ts || (g.start < ts && g.end < te)) && !(friendly && g.atBorder));
  // participants inside the trigger ("curbs on Chilean copper imports") count as its objects
  // (after the verb of a clause whose subject is the act, only direct objects: "Russian strikes have
  // damaged Ukrainian plants", not places: "... has driven villagers into Thailand")
  // (a possessor that opens the trigger is its object too: "Algeria remains one of Spain's main suppliers")
  const right = v.groups.filter((g) => (g.start > ts || (g.start === ts && /^[^\s'’]+(?:\s+[^\s'’]+){0,2}['’]s\s/u.test(v.text.slice(rel(ts), rel(te))))) && rel(g.start) < clauseEnd && !(friendly && g.atBorder)
    && !(nominalSubjectAt !== undefined && g.start > nominalSubjectAt && g.prep !== null));
  const inClause = left.filter((g) => rel(g.start) >= clauseStart);

  // the subject of the trigger: the nearest participant before it in its clause that is not the
  // object of a preposition
  // "X condemned Y, which fired a missile, and agreed to ...": a relative clause closed before the
  // trigger; the trigger's subject is the sentence's subject
  // the participant the relative pronoun follows ("Ethiopia, which ...", "the rebels in Yemen, which ...")
  const anteGroup = left.filter((g) => rel(g.end) <= openerAt).pop();
  const anteAdjacent = !!anteGroup && /^\s*,?\s*$/.test(v.text.slice(rel(anteGroup.end), openerAt));
  const closedRelative = relative && /,\s*(?:and|but)\s+(?:\p{L}+\s+){0,2}$/u.test(leftText.slice(clauseStart));
  // "Armenia, which froze its membership in the bloc, has accused Moscow": the relative clause
  // closed by a comma; the trigger is the main verb of the clause's antecedent
  // ("asked Peru and Chile, which chair the panel, to press Bolivia to halt the raids": after the
  // relative clause comes an infinitive object of the main verb, not the antecedent's own verb)
  const antecedent = relative && !closedRelative && /,/.test(leftText.slice(clauseStart)) && !/,\s*(?:to|and to)\s+[^,]*$/i.test(leftText.slice(clauseStart))
    ? subjectOf(left.filter((g) => rel(g.end) <= openerAt).reverse()) : null;
  // "X thanked Germany for the decision and urged Spain ...": a verb coordinated with the sentence's first one
  // ("... and has repeatedly warned", "... and would also press": auxiliaries and adverbs may follow the "and")
  // ("responded by recalling its envoys and closing its airspace": a gerund coordinated with a gerund after
  // "by" shares the subject of that clause, not the sentence's first one)
  const gerunds = /^\p{L}+ing\b/iu.test(v.text.slice(rel(ts), rel(te))) && /\bby\s+\p{L}+ing\b[^,;.]*\band\s+$/iu.test(leftText);
  const coordinated = !relative && !gerunds && COORDINATED.test(leftText) && subjectOf(left) !== null;
  // "Tiani accused France ... and thanked Mali": the first participant is the object of the first verb
  // (the sentence's subject is unnamed or uncoded), so no participant is the subject of the second
  // ("Venezuela broke off ties after the Colombian government backed Guaido and supported ...": a verb
  // coordinated inside a subordinate clause shares that clause's subject, not the sentence's first one)
  const subOpen = coordinated ? [...leftText.matchAll(SUB_OPENER)].pop() : undefined;
  const subLeft = subOpen ? left.filter((g) => rel(g.start) >= subOpen.index! + subOpen[0].length) : [];
  // ("said he would not travel there while X remains in office and accused ...": a past verb after a clause in the present
  // is coordinated with the main verb)
  const tenseBreak = /^\p{L}+ed$/iu.test(triggerWord) && !!subOpen && PRESENT.test(leftText.slice(subOpen.index! + subOpen[0].length));
  const coordLeft = subOpen && !tenseBreak && subjectOf(subLeft) && !/[,;]/.test(leftText.slice(subOpen.index! + subOpen[0].length)) ? subLeft : left;
  const firstSubject = coordinated ? subjectOf(coordLeft) : null;
  const objectOfVerb = !!firstSubject && VERB_BEFORE.test(v.text.slice(Math.max(0, rel(firstSubject.start) - 30), rel(firstSubject.start)));
  // "Lavrov telephoned his Kyrgyz counterpart, urging restraint": a participle after the clause's
  // object shares the clause's subject; the object is whom it addresses
  const participle = !relative && /,\s*$/.test(leftText) && /^\p{L}+ing\b/iu.test(v.text.slice(rel(ts), rel(te)));
  // ("demanded that Kyiv restore the rights, warning that ...": a speech participle after a that-clause is the speaker's, not the clause subject's)
  const speaker = participle && opener === 'that' && SPEECH_PARTICIPLE.test(v.text.slice(rel(ts), rel(te)))
    ? subjectOf(left.filter((g) => rel(g.end) <= openerAt)) : null;
  // ("When Cotonou reopened its side, Niger kept its side shut, accusing Benin of ...": the main clause's subject, after a fronted subordinate clause)
  const fronted = participle ? FRONTED_CLAUSE.exec(leftText)?.[0].length ?? 0 : 0;
  const mainSubject = participle ? speaker ?? subjectOf(inClause.filter((g) => rel(g.start) >= fronted)) ?? subjectOf(inClause) : null;
  const mainObject = mainSubject ? (speaker ? [...left.filter((g) => rel(g.end) <= openerAt), ...inClause] : inClause).filter((g) => g.start > mainSubject.start && !g.venue && !g.compared && (g.prep === null || g.prep === 'with' || g.prep === 'to')
    && g.codes.some((c) => !mainSubject.codes.includes(c))).pop() ?? null : null;
  // "The United States, which does not recognise Maduro's re-election and has imposed sanctions on ...": a verb
  // coordinated inside a relative clause whose own verb comes first shares its antecedent, not the object before it
  const relativeCoordinated = relative && anteAdjacent && !anteGroup!.venue && !anteGroup!.compared && inClause.length > 0
    && /\band\s+(?:(?:also|has|have|had|will|would|since|later|then|\p{Ll}+ly)\s+){0,3}(?:\p{Ll}+(?:ed|s)\s+(?:(?:an?|the|new|further|more|its|their)\s+)?)?$/u.test(leftText) && !/[,;]/.test(leftText.slice(clauseStart))
    && !/^\s*(?:(?:the|a|an)\s+)?$/i.test(v.text.slice(clauseStart, rel(inClause[0]!.start)));
  let subject: Group | null = mainSubject ?? (relativeCoordinated ? anteGroup! : closedRelative || coordinated ? (objectOfVerb ? null : subjectOf(coordLeft)) : antecedent ?? subjectOf(inClause.slice().reverse()));
  // "A Chinese patrol ship blasted a Philippine supply boat with water cannon": a nominal act after the
  // clause's object; its subject stands before the verb, its object is the target of the act
  let verbObject: Group | null = null;
  if (subject && v.verbs && !v.verbs.includes(ts) && !mainSubject && inClause.includes(subject) && subject.prep === null && !subject.venue) {
    const s0 = subject;
    const earlier = inClause.slice(0, inClause.indexOf(s0)).reverse()
      .find((g) => !g.venue && !g.compared && !g.appositive && g.prep === null && g.codes.some((c) => !s0.codes.includes(c)));
    // (only an act in an adjunct right after the object: "with water cannon", "in a raid", "during a visit")
    const tail = v.text.slice(rel(s0.end), rel(ts));
    if (earlier && tail.length <= 40 && ADJUNCT.test(tail) && !/[,;]|\b(?:and|or|but|to|that|who|which|after|before|while)\b/i.test(tail)
      && !/[,;]|\band\b/.test(v.text.slice(rel(earlier.end), rel(s0.start))) && v.verbs.some((x) => x >= earlier.end && x < s0.start)) {
      verbObject = s0;
      subject = earlier;
    }
  }
  // "joined penalties over the invasion of Ukraine", "talks about the blockade of Gaza": a nominal act
  // named as the reason or topic of the clause's act is not done by the clause's subject
  // ("Tajikistan demands guarantees from Kabul after a deadly attack on Chinese workers": a hostile act the clause's act follows, too;
  // not fighting or shelling, which the subject itself may have waged: "captured the stronghold after five days of fighting")
  const reasonAct = subject !== null && subject.end <= ts && !!v.nouns?.includes(ts)
    && (REASON_PHRASE.test(v.text.slice(rel(subject.end), rel(ts))) || (!friendly && roles !== 'mutual' && !WAGED.test(triggerWord) && AFTER_PHRASE.test(v.text.slice(rel(subject.end), rel(ts)))));
  if (reasonAct) subject = null;
  // "with Japanese aid", "after Israeli strikes": a state right before a nominal act inside a
  // phrase is the act's author, not the clause's subject
  const modifier = left[left.length - 1];
  const adjacent = !!modifier && /^\s+$/.test(v.text.slice(rel(modifier.end), rel(ts)));
  // ("in Pakistani shelling": an -ing noun after a demonym is that state's act, too)
  const nominalIng = !!modifier && /ing$/i.test(triggerWord) && !!v.nouns?.includes(ts) && !v.verbs?.includes(ts)
    && /^\p{Lu}\p{Ll}+$/u.test(v.text.slice(rel(modifier.start), rel(modifier.end))) && !modifier.codes.includes('IGO');
  if (modifier && adjacent && modifier.prep !== null && modifier.prep !== 'of' && !modifier.venue && !modifier.compared && !modifier.person
    && (!/(?:ed|ing)$/i.test(triggerWord) || nominalIng)) subject = modifier;
  // "a Philippine government vessel delivering fuel to": a participle right after a noun phrase that
  // opens with a state's name (the state, then one to three nouns) modifies that phrase, whose state is its subject
  if (modifier && !modifier.venue && !modifier.compared && !modifier.person && modifier !== subject && /^\p{Ll}+ing$/u.test(triggerWord)
    && nounsOnly(v, modifier.end, ts)) subject = modifier;
  // "..., with the three leaders pledging to": a participle right after "with" and its group has that group for its subject
  if (modifier && adjacent && modifier.prep === 'with' && !modifier.venue && /ing$/i.test(triggerWord)
    && /\bwith\s+(?:the\s+|all\s+|both\s+)?[^,;]*$/i.test(v.text.slice(Math.max(0, rel(modifier.start) - 12), rel(modifier.end)))) subject = modifier;
  let inferred = false;
  let unnamedSubject = false;
  let actor: string[] = [];
  if (subject) {
    actor = subject.codes.slice();
    // ("Anwar visited Hanoi, where he and Vietnamese leader To Lam lifted their ties": the pronoun before "and" is
    // the person named before it in the sentence, or the subject of the sentence before)
    const he = /\b(?:he|she)\s+and\s+(?:[\p{L}-]+\s+){0,4}$/iu.exec(v.text.slice(clauseStart, rel(subject.start)));
    if (he) {
      const at = v.base + clauseStart + he.index;
      const person = left.filter((g) => g.end <= at && g.person && !g.venue).pop();
      const more = person ? person.codes : left.some((g) => g.end <= at && !g.venue) ? [] : v.lastSubject.length === 1 ? v.lastSubject : [];
      for (const x of more) if (!actor.includes(x)) actor.push(x);
    }
  } else if (!reasonAct) {
    const clauseText = v.text.slice(clauseStart, rel(ts));
    v.pronouns.lastIndex = 0;
    // "it could be sold to X": the subject of a passive act without an agent is what is acted on, not the actor
    const passiveNoAgent = PASSIVE.test(clauseText) && !/^\s+by\b/i.test(v.text.slice(rel(te)))
      && !v.groups.some((g) => g.start > ts && g.prep === 'by');
    if (inClause.length === 0 && (v.pronouns.test(clauseText) || (clauseStart === 0 && v.topics === true && SPOKESBODY.test(clauseText))) && !(v.topics === true && passiveNoAgent && /\b(?:could|would|might|may|can)\s+(?:\w+\s+)?be\s+$/i.test(clauseText))) {
      // ("Kuwait expelled the envoy, and the UAE said it was withdrawing its diplomats": the pronoun stands for the
      // subject of its own coordinated clause)
      const joint = [...v.text.slice(0, rel(ts)).matchAll(/,\s+(?:and|but|while|whereas)\s+|;\s+/g)].pop();
      // (a list's commas do not end the clause: ", and the ministers of Lithuania, Latvia and Estonia said they")
      const own = joint && !/[,;]/.test(withoutGroups(v.text, joint.index! + joint[0].length, rel(ts), left.map((g) => [rel(g.start), rel(g.end)]))) ? subjectOf(left.filter((g) => rel(g.start) >= joint.index! + joint[0].length)) : null;
      const s = own ?? subjectOf(left);
      // ("She spoke with ...": a person is no compound of states, whatever the last sentence's subject)
      actor = s ? s.codes.slice() : v.lastSubject.length > 1 && PERSONAL_PRONOUN.test(clauseText) ? [] : [...v.lastSubject];
      inferred = true;
    } else if (!objectOfVerb) {
      // a relative clause ("Mendez, who expelled ...") takes the nearest participant; a
      // coordinated verb ("X met Y ... but has backed Z") the subject of the sentence
      // ("the rebels in Yemen, which fired ...": an antecedent named by its place is no state)
      // ("received by Fiji's minister, who thanked ...", "met President Ruiz, who said ...": an agent or a
      // person is the subject of the relative clause whatever its preposition; so is a state after "from",
      // "with", "to", "for" or "against": "talks with Japan, which has offered to finance ...")
      const agentAntecedent = relative && anteAdjacent && !anteGroup!.venue && !anteGroup!.compared
        && (anteGroup!.prep === 'by' || (opener === 'who' && anteGroup!.person) || ((opener === 'which' || opener === 'who') && AGENT_PREP.has(anteGroup!.prep!)));
      const placeAntecedent = relative && anteAdjacent && anteGroup!.prep !== null && anteGroup!.prep !== 'of';
      // ("relations have soured since 2018, when security forces cracked down on protests": a when/while/where
      // clause whose own subject is no state, a noun before its finite verb, has no actor from the main clause)
      const clauseFrom = v.base + clauseStart;
      // ("..., where rebels seized two towns": the trigger may be that finite verb; a pronoun may stand for a state)
      const firstWord = /^\s*(?:(?:the|a|an|some|many)\s+)?(?=\p{Ll})(?!(?:it|they|he|she|we|its|their|his|her|our)\b)/u.exec(clauseText);
      unnamedSubject = /^(?:when|while|where)$/.test(opener) && !!firstWord && !!v.verbs
        && v.verbs.some((y) => y > clauseFrom + firstWord[0].length && y <= ts);
      subject = unnamedSubject ? null : agentAntecedent ? anteGroup! : placeAntecedent ? null : /^(?:who|which|that|whom)$/.test(opener) || !subjectOf(left)
        ? subjectOf(left.slice().reverse())
        : subjectOf(left);
      if (subject) actor = subject.codes.slice();
    }
  }

  // "thanked Bucharest and the European Commission, which approved grants": a relative pronoun right
  // after a list that is the object of a verb stands for its nearest member, unless its verb is plural
  // ("which have", "which chair", "which both"); a list that is the sentence's subject keeps all members
  // (an agent list keeps all its members: "blocked by China and Russia, which vetoed ...")
  if (relative && subject && subject === anteGroup && anteAdjacent && subject.last && subject.last.length < subject.codes.length && subject.prep !== 'by'
    && v.verbs?.some((x) => x < subject!.start) && SINGULAR_OR_PAST.test(v.text.slice(openerAt + opener.length))) {
    actor = subject.last.slice();
  }
  // "thanked Malaysia, whose foreign minister had travelled to Bangkok": the possessor before "whose"
  // acts through its official (unless the clause names a subject of another state)
  // (not once the clause is closed by a comma before the act: "a pact with the Philippines, whose formal title is ..., during
  // her visit to Manila"; an apposition inside it has two: "whose minister, Ana Ruiz, travelled")
  if (opener === 'whose' && anteGroup && anteAdjacent && !anteGroup.venue && !anteGroup.compared
    && (v.text.slice(openerAt, rel(ts)).match(/,/g) ?? []).length % 2 === 0
    && !inClause.some((g) => !g.venue && g.prep === null && g.codes.some((c) => !anteGroup.codes.includes(c)))) {
    actor = anteGroup.codes.slice();
    inferred = false;
  }
  // ("Following the meeting with Hanoi's envoys, the Japanese delegation pledged ...": a friendly act in a fronted phrase, too)
  if (actor.length === 0 && (PARTICIPLE_OPENING.test(leftText) || (friendly && FRONTED.test(leftText)))) {
    // "Having deepened ties ..., Lima and Quito have praised ...": the main clause's subject
    const comma = rightText.indexOf(',');
    const main = comma >= 0 ? v.groups.find((g) => rel(g.start) > rel(te) + comma && !g.venue && (g.prep === null || g.prep === 'of')) : undefined;
    if (main && /^,\s*(?:the\s+)?$/i.test(v.text.slice(rel(te) + comma, rel(main.start)))) actor = main.codes.slice();
  }
  if (actor.length === 0 && !unnamedSubject) {
    // "after the talks between X and Y, the signing ceremony took place": the parties named before
    const between = left.slice().reverse().find((g) => g.prep === 'between' && g.codes.length >= 2);
    if (between) actor = between.codes.slice();
  }
  const before = v.text.slice(Math.max(0, rel(ts) - 30), rel(ts));
  const byGroup = right.find((g) => g.prep === 'by' && !g.venue);
  // a trigger that is itself a passive ("were sent to", "was granted to"): its agent follows "by"
  // (a rule that holds its own "by" decides its roles itself: "was received by")
  const passiveTrigger = /^(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\p{L}+/iu.test(v.text.slice(rel(ts), rel(te))) && !/\bby$/i.test(v.text.slice(rel(ts), rel(te)));
  const fromGroup = right.find((g) => g.prep === 'from' && !g.venue);
  // "X received tanks from Y"; "India received Japanese loans": the giver after "from", else the one named inside the trigger
  const giver = roles !== 'from' ? undefined : fromGroup
    ?? (actor.length ? right.find((g) => (g.prep === null || g.prep === 'of') && !g.venue && !g.person && g.codes.some((c) => !actor.includes(c))
      // ("imported 420,000 tonnes of Russian wheat", "received the first batch of Indian air-defence systems": the goods' state, inside the act or right after its "of")
      && (g.end <= te || /^\s+of\s+(?:an?\s+|the\s+)?$/i.test(v.text.slice(rel(te), rel(g.start))) || (g.prep === 'of' && /^\s+(?:an?\s+|the\s+)?$/i.test(v.text.slice(rel(te), rel(g.start)))))) : undefined);
  // ("the landlocked democracy, sandwiched between Russia and China": where a place lies names no parties)
  const betweenGroup = right.find((g) => g.prep === 'between' && g.codes.length >= 2 && rel(g.start) < clauseEnd && !LIES_BETWEEN.test(v.text.slice(Math.max(0, rel(g.start) - 40), rel(g.start))));
  // "the signing of the accord between Eritrea and Ethiopia": a signing named as a noun, the object of another verb
  const nominalSigning = /^signing\b/i.test(v.text.slice(rel(ts), rel(te))) && /\b(?:the|a)\s+$/i.test(before) && !!betweenGroup && !/[,;]/.test(v.text.slice(rel(te), rel(betweenGroup.start)));
  let recipient: string[] = [];

  // "Thai soldiers sent families back, drawing criticism from the UN agency": a reaction the clause's
  // act drew comes from the one named after "from" and is aimed at the clause's subject
  const drawn = fromGroup && DRAWN.test(leftText) && /^\s+from\s+(?:the\s+)?$/i.test(v.text.slice(rel(te), rel(fromGroup.start))) ? subjectOf(left) : null;
  if (drawn && fromGroup) {
    actor = fromGroup.codes.slice();
    recipient = drawn.codes.filter((c) => !actor.includes(c));
  } else if (giver) {
    // ("Israel's strike on Iran drew condemnation from Qatar": the reaction is aimed at the subject's author, not at the one named last)
    const judged = giver === fromGroup && DREW.test(v.text.slice(rel(ts), rel(te))) ? subjectOf(left) : null;
    recipient = (judged && judged.codes.some((c) => !giver.codes.includes(c)) ? judged.codes : actor).filter((c) => !giver.codes.includes(c));
    actor = giver.codes.slice();
  } else if (byGroup && friendly && !PASSIVE.test(before) && !/ed$/i.test(v.text.slice(rel(ts), rel(te))) && /^\s+by\s+(?:the\s+)?$/i.test(v.text.slice(rel(te), rel(byGroup.start)))
    && /^(?:\p{L}+(?:ing|ion|ment|al|ance|ence)|(?:an?|the)\s)/iu.test(v.text.slice(rel(ts), rel(te)))) {
    // a nominal act and its agent: "the signing of a declaration by the two presidents"
    actor = byGroup.codes.slice();
    recipient = right.find((g) => g.start > byGroup.start && !g.venue && !g.compared && rel(g.start) < clauseEnd && g.codes.some((c) => !actor.includes(c)))
      ?.codes.filter((c) => !actor.includes(c)) ?? [];
  } else if (byGroup && !STIMULUS.test(v.text.slice(rel(ts), rel(te))) && (PASSIVE.test(before) || passiveTrigger
    || (/ed$/i.test(v.text.slice(rel(ts), rel(te))) && /^\s+by\s+(?:the\s+)?$/i.test(v.text.slice(rel(te), rel(byGroup.start)))))) {
    const by = byGroup.codes.slice();
    // "X was received by Y"; with no named subject, "invested by Spain in Morocco"; "medicines were sent to Syria by Azerbaijan",
    // "sanctions were imposed on Belarus by the EU": the state the passive act reached, before the agent
    const reached = passiveTrigger && !inClause.length
      ? right.find((g) => g !== byGroup && g.start < byGroup.start && !g.compared && (g.prep === 'to' || g.prep === 'on' || g.prep === 'for' || g.prep === 'into' || g.prep === 'against')
        && g.codes.some((c) => !by.includes(c)))
      : undefined;
    recipient = (inClause.length ? actor : reached?.codes ?? right.find((g) => g.start > byGroup.start && !g.compared && !g.venue && g.codes.some((c) => !by.includes(c)))?.codes ?? [])
      .filter((c) => !by.includes(c));
    actor = by;
  } else if (roles === 'visit') {
    const host = right.find((g) => g.prep === 'to' || g.prep === 'in' || g.prep === 'at' || g.venue)
      ?? right.find((g) => g.prep !== 'of' && g.prep !== 'by')
      // "the Chilean president was in Lima for a working visit", "arrived in Quito on a two-day visit": the place named just before
      ?? inClause.filter((g) => (g.prep === 'in' || g.prep === 'to') && g !== inClause[0] && VISIT_PLACE.test(v.text.slice(rel(g.end), rel(ts)))).pop();
    const visitor = right.find((g) => (g.prep === 'of' || g.prep === 'by') && !g.venue && g !== host);
    if (visitor && (actor.length === 0 || (host && actor.some((c) => host.codes.includes(c))))) {
      actor = visitor.codes.slice();
    } else if (verbObject && host && actor.some((c) => host.codes.includes(c))) {
      // "Quito's mayor received the Peruvian minister during a visit to Quito": the host's guest is the visitor
      actor = verbObject.codes.slice();
    }
    if (host) recipient = host.codes.filter((c) => !actor.includes(c));
    // "said on arrival": the host is the other state of the story
    const partner = recipient.length === 0 && actor.length === 1 ? pairPartner(v.dyad, actor[0]!) : [];
    if (partner.length) {
      recipient = partner;
      inferred = true;
    }
  } else if (betweenGroup && (actor.length === 0 || roles === 'mutual' || nominalSigning)) {
    // "Peru closed its border because of fighting between Chile and Bolivia": a mutual act whose
    // parties follow it right after "between" is theirs alone
    // ("hosted the signing of a peace accord between Eritrea and Ethiopia": the signatories are the two named, not the host)
    const own = nominalSigning || /^\s*(?:between\s+)?(?:the\s+)?$/i.test(v.text.slice(rel(te), rel(betweenGroup.start)));
    // ("Heavy snow closed the crossing between Georgia and Russia": a hostile act whose subject is a thing is no act of the two)
    const thingSubject = !nominalSigning && !!v.verbs?.includes(ts) && !friendly && roles !== 'mutual' && actor.length === 0 && inClause.length === 0
      && /^\s*(?:\p{L}+\s+){1,3}$/u.test(leftText.slice(clauseStart)) && !v.pronouns.test(leftText.slice(clauseStart));
    v.pronouns.lastIndex = 0;
    if (!thingSubject) actor = own ? betweenGroup.codes.slice() : uniq([...actor, ...betweenGroup.codes]);
  } else {
    // "at the UN General Assembly": an organisation named as the place of the act
    // "cooperating on the Riga-Tallinn rail link project": a state inside the topic of the act
    const topic = (g: Group) => (v.topics === true && ((friendly && g.prep === null && /^\s*(?:on|about|regarding|over)\s+\S/i.test(v.text.slice(rel(te), rel(g.start)))
      && !/\b(?:with|to|against|toward|towards|from|by)\b/i.test(v.text.slice(rel(te), rel(g.start))))
      // "host a conference on Sudan", "talks about Syria": the subject of a meeting or text
      || TOPIC_OF.test(v.text.slice(rel(ts), rel(g.start)))))
      // "cut ties over the war in Gaza": the place of the conflict the act is a reaction to
      || REASON_PLACE.test(v.text.slice(rel(te), rel(g.start)))
      // "calling it a breach of Security Council sanctions": the body whose rules are broken is not the one accused
      || (BREACH_OF.test(v.text.slice(rel(ts), rel(g.start))) && RULES_AFTER.test(v.text.slice(rel(g.end), rel(g.end) + 20)));
    // "stood behind Chile": the comparison word belongs to the trigger itself
    const compared = (g: Group) => g.compared === true && !/^\s*(?:the\s+)?$/i.test(v.text.slice(rel(te), rel(g.start)));
    // "Iran and Turkmenistan signed a deal to deliver gas to Iraq": a state in the content of a document signed
    // jointly (an infinitive after it) is no party to the signing ("pledged to help Bolivia" keeps its recipient)
    // ("sign a U.S.-brokered peace agreement": the broker of a document is no party to its signing)
    const signing = friendly && SIGNED_DOC.test(v.text.slice(rel(ts), rel(te)));
    const content = (g: Group) => signing
      && ((actor.length >= 2 && /\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|be)\b)\p{Ll}+\s/u.test(v.text.slice(rel(te), rel(g.start))))
        || /^[-‐–](?:brokered|mediated|facilitated|drafted|sponsored)\b/i.test(v.text.slice(rel(g.end), rel(g.end) + 14)));
    const r = right.find((g) => !g.venue && !compared(g) && !topic(g) && !content(g) && !(g.prep === 'at' && g.codes.every((c) => c === 'IGO')) && g.codes.some((c) => !actor.includes(c)) && rel(g.start) - rel(te) <= (v.reach ?? RECIPIENT_REACH)
      // ("phoned his Chilean and Bolivian counterparts": the states of the people called; "spoke to US President X": the one spoken to)
      && (roles !== 'with' || g.prep === 'with' || (g.prep === 'to' && /\bto$/i.test(v.text.slice(rel(ts), rel(te))) && /^\s+$/.test(v.text.slice(rel(te), rel(g.start)))) || (g.prep === null && (g.person || /^\s*(?:(?:his|her|their)\s+)?$/i.test(v.text.slice(rel(te), rel(g.start)))
        // ("after meeting the Fijian prime minister": a state's official as the object)
        || (/^\s*the\s+$/i.test(v.text.slice(rel(te), rel(g.start))) && OFFICIAL_AFTER.test(v.text.slice(rel(g.end), rel(g.end) + 40)))))
        // ("received the credentials of Estonia's new ambassador": the envoy's state)
        || (g.prep === 'of' && /^\s+of\s+(?:the\s+)?$/i.test(v.text.slice(rel(te), rel(g.start))) && ENVOY_AFTER.test(v.text.slice(rel(g.end), rel(g.end) + 40))))
      // "discussed Afghanistan": what is discussed is the topic; the partner follows "with" or is a person
      && (roles !== 'talk' || g.prep === 'with' || (g.prep === null && g.person))
      // ("Tokayev and Erdogan discussed their countries' relations with the EU and Russia": two partners' topic, not a third partner)
      && !((roles === 'talk' || roles === 'with') && actor.length >= 2 && g.prep === 'with'
        && /\b(?:relations|ties|cooperation|links|contacts|dialogue|partnership|trade)\s+with\s+(?:the\s+)?$/i.test(v.text.slice(Math.max(rel(te), rel(g.start) - 30), rel(g.start)))))
      ?? (right.length && actor.length === 0 ? right[0] : undefined);
    // "closed its embassy in Taipei", "opened a consulate in Erbil", "recalled its ambassador in Lima": the state of the seat of the actor's own mission (not "the
    // Saudi embassy in Tehran", whose state is the embassy's)
    const seat = right.find((g) => g.venue && g.prep === 'in' && rel(g.start) - rel(te) <= 12 && g.codes.some((c) => !actor.includes(c) && c !== 'IGO')
      && /\b(?:its|their|an|a|new)\s+(?:embass(?:y|ies)|consulates?|consulate-general|ambassador|envoy|high\s+commissioner|charg[ée]\s+d['’]affaires)\s+in\s+$/i.test(v.text.slice(Math.max(rel(ts), rel(g.start) - 40), rel(g.start))));
    if (seat) recipient = seat.codes.filter((c) => !actor.includes(c) && c !== 'IGO');
    else if (r) recipient = r.codes.filter((c) => !actor.includes(c));
    // "the Azerbaijani foreign minister held talks in Bratislava": talks one state holds in another state's capital are held with its host (two states meeting in a third one's city meet at a venue)
    if (!r && !seat && actor.length === 1 && roles === 'with') {
      const host = right.find((g) => g.venue && (g.prep === 'in' || g.prep === 'at') && /^\s+(?:in|at)\s+$/i.test(v.text.slice(rel(te), rel(g.start)))
        && g.codes.some((c) => !actor.includes(c) && c !== 'IGO'));
      if (host) recipient = host.codes.filter((c) => !actor.includes(c) && c !== 'IGO');
    }
    if (recipient.length === 0 && mainObject && roles === 'subject') recipient = mainObject.codes.filter((c) => !actor.includes(c));
    // "ready to build two plants together with Dushanbe": a friendly act's partner named after the act ("Baku, together with Ankara, condemned" stays a co-actor)
    if (recipient.length === 0 && actor.length && friendly) {
      const partner = right.find((g) => g.compared === true && !g.venue && g.codes.some((c) => !actor.includes(c)) && rel(g.start) - rel(te) <= 90
        && /\b(?:together|jointly)\s+with\s+(?:the\s+)?$/i.test(v.text.slice(Math.max(rel(te), rel(g.start) - 20), rel(g.start))) && !/[,;]/.test(v.text.slice(rel(te), rel(g.start))));
      if (partner) recipient = partner.codes.filter((c) => !actor.includes(c));
    }
    // "delivered weapons to Mogadishu", "flew officers into Lima": a capital reached by a directed act stands for its state
    if (recipient.length === 0 && actor.length && roles === 'subject') {
      // (not "a visit to Rome", "its envoy to Lima", "linked it to Washington's approval", nor after another verb: "..., postponed the trip to Lima")
      // ("accepted an invitation to visit Dushanbe": the capital to be visited is the host)
      // ("demanded an apology from Seoul": a capital right after a trigger that asks something of it)
      const capital = right.find((g) => g.venue && (g.prep === 'to' || g.prep === 'into' || (g.prep === null && /\bto\s+visit\s+$/i.test(v.text.slice(Math.max(rel(te), rel(g.start) - 12), rel(g.start))))
        || (g.prep === 'from' && /\bfrom$/i.test(v.text.slice(rel(ts), rel(te))) && /^\s+$/.test(v.text.slice(rel(te), rel(g.start))))) && !compared(g)
        && g.codes.some((c) => !actor.includes(c) && c !== 'IGO') && rel(g.start) - rel(te) <= (v.reach ?? RECIPIENT_REACH)
        && !/^['’]s\b/.test(v.text.slice(rel(g.end), rel(g.end) + 3))
        && !/\b(?:visits?|trips?|tour|journey|flights?|way|return|arrival|road|route|envoys?|ambassadors?|embass(?:y|ies))\s+(?:to|into)\s+(?:the\s+)?$/i.test(v.text.slice(rel(te), rel(g.start)))
        && !/,\s*(?:and\s+)?\p{Ll}+ed\b/u.test(v.text.slice(rel(te), rel(g.start))));
      if (capital) recipient = capital.codes.filter((c) => !actor.includes(c));
      // "ready to finance a refinery at Hambantota", "will build a port in Mombasa": a friendly act's project placed in a city of another state
      const site = capital ? undefined : friendly ? right.find((g) => g.venue && (g.prep === 'in' || g.prep === 'at' || g.prep === 'near') && !compared(g)
        && g.codes.some((c) => !actor.includes(c) && c !== 'IGO') && rel(g.start) - rel(te) <= (v.reach ?? RECIPIENT_REACH)
        && PROJECT.test(v.text.slice(rel(ts), rel(g.start))) && !/[,;]/.test(v.text.slice(rel(te), rel(g.start)))) : undefined;
      if (site) recipient = site.codes.filter((c) => !actor.includes(c) && c !== 'IGO');
    }
    // "Chile flew troops into Peru in a bombing raid": a nominal act in an adjunct ("in a raid",
    // "with airstrikes") whose target is named in the verb phrase before it
    if (recipient.length === 0 && actor.length && ADJUNCT.test(before)) {
      const target = inClause.slice().reverse().find((g) => !g.venue && !g.compared && g.prep !== null && TARGET_PREP.has(g.prep)
        && g.codes.some((c) => !actor.includes(c)));
      if (target) recipient = target.codes.filter((c) => !actor.includes(c));
    }
    if (recipient.length === 0 && verbObject && actor.length) recipient = verbObject.codes.filter((c) => !actor.includes(c));
    // ("Smith thanked Chile and Peru": the states after a verb with a subject of its own are its object)
    if (actor.length === 0 && recipient.length >= 2 && left.length === 0 && (r!.prep === null || r!.prep === 'of' || r!.prep === 'between' || r!.prep === 'among')
      && !(v.verbs?.includes(ts) && /^\p{Ll}+ed$/u.test(triggerWord) && /\p{L}/u.test(leftText.slice(clauseStart)))) {
      actor = recipient;
      recipient = [];
    }
    // a domestic event: the same state on both sides ("the X government banned X opposition candidates")
    // (within the recipient's reach, and not in an apposition: "..., a step that triggered protests in Armenia")
    // (nor a place: "troops massing on the Venezuelan side of the island")
    if (recipient.length === 0 && actor.length === 1 && right.some((g) => !g.venue && !g.appositive && g.codes.includes(actor[0]!) && rel(g.start) - rel(te) <= (v.reach ?? RECIPIENT_REACH)
      && !(g.prep !== null && v.topics === true && PLACE_PREP.has(g.prep))
      // ("signed a memorandum during his stay": a possessive pronoun is no object)
      && !/^(?:his|her|its|their)$/i.test(v.text.slice(rel(g.start), rel(g.end))))) {
      recipient = [actor[0]!];
    }
  }
  // "Peru welcomed the Chilean offer", "turned down a Chinese request": a nominal act whose author
  // stands right before it, as the object of the clause's verb, is addressed to the clause's subject
  if (recipient.length === 0 && subject && !subject.person && subject.prep === null && roles === 'subject' && /^\s+$/.test(v.text.slice(rel(subject.end), rel(ts)))
    && /\b(?:a|an|the)\s+$/i.test(v.text.slice(Math.max(0, rel(subject.start) - 5), rel(subject.start))) && !/(?:ed|ing)$/i.test(v.text.slice(rel(ts), rel(te)).split(/\s+/)[0]!)) {
    const main = subjectOf(inClause);
    if (main && main !== subject && main.start < subject.start) recipient = main.codes.filter((c) => !actor.includes(c));
  }
  // "Aliyev thanked Putin ... and invited him": an object pronoun is the last person of another state named before
  if (recipient.every((c) => actor.includes(c)) && actor.length && /^\s+(?:him|her)\b/i.test(v.text.slice(rel(te), rel(te) + 6))) {
    const person = left.filter((g) => g.person && g.codes.some((c) => !actor.includes(c))).pop();
    if (person) recipient = person.codes.filter((c) => !actor.includes(c));
  }
  // "wrote to the Security Council asking it to meet": "it" / "them" is the last other participant named before
  if (recipient.every((c) => actor.includes(c)) && actor.length && roles === 'subject' && /^\s+(?:it|them)\s+to\b/i.test(v.text.slice(rel(te), rel(te) + 9))) {
    const named = inClause.filter((g) => !g.venue && !g.compared && g.codes.some((c) => !actor.includes(c))).pop();
    if (named) recipient = named.codes.filter((c) => !actor.includes(c));
  }
  // "Ethiopia, which Mogadishu accuses of ...", "sanctions on Iran, which it accuses of supplying
  // drones to Russia": the relative clause has its own subject, so the pronoun stands for the object
  // (before any state named later in the clause)
  const ownSubject = (subject !== null && inClause.includes(subject)) || (inferred && inClause.length === 0);
  if ((opener === 'which' || opener === 'whom') && ownSubject && roles !== 'mutual'
    && anteAdjacent && !/,/.test(leftText.slice(clauseStart)) && !anteGroup!.venue && !anteGroup!.compared
    && anteGroup!.codes.some((c) => !actor.includes(c))) {
    recipient = anteGroup!.codes.filter((c) => !actor.includes(c));
  }
  // "a pledge by Brazil to finance a bridge into Bolivia", "supplies were airlifted to Nepal by India", "the
  // bombardment of Gori by Russian aircraft": with no subject acting, the agent after "by" in the act's own
  // clause does, when the act is a noun or in the passive
  if (actor.length === 0 && byGroup && rel(byGroup.start) < clauseEnd && !byGroup.compared
    && (!!v.nouns?.includes(ts) || /\b(?:was|were|been|being|is|are|be)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|ung|ought|id|ade)\b/u.test(v.text.slice(rel(ts) - 20 > 0 ? rel(ts) - 20 : 0, rel(byGroup.start))))) {
    actor = byGroup.codes.slice();
    recipient = recipient.filter((c) => !actor.includes(c));
    if (!recipient.length) {
      const other = right.find((g) => g !== byGroup && !g.venue && !g.compared && rel(g.start) < clauseEnd && g.codes.some((c) => !actor.includes(c)))
        ?? right.find((g) => g !== byGroup && g.venue && (g.prep === 'to' || g.prep === 'into') && rel(g.start) < clauseEnd && g.codes.some((c) => !actor.includes(c) && c !== 'IGO'));
      if (other) recipient = other.codes.filter((c) => !actor.includes(c));
    }
  }
  // ", a deployment Sudan called provocative": the one who judges an act named before it judges the act's author, the sentence's subject
  if (subject && DESCRIBING_VERB.test(v.text.slice(rel(subject.end), rel(te)))) {
    const lead = DESCRIBED.exec(v.text.slice(0, rel(subject.start)));
    const author = lead ? subjectOf(left.filter((g) => rel(g.end) <= lead.index)) : null;
    if (author && author.codes.some((c) => !actor.includes(c))) recipient = author.codes.filter((c) => !actor.includes(c));
  }
  if (roles === 'mutual' && recipient.length) {
    actor = uniq([...actor, ...recipient]);
    recipient = [];
  }
  actor = uniq(actor);
  recipient = uniq(recipient);
  // ("Pakistan and China began their annual exercise in Xinjiang, near the Chinese borders with Tajikistan and Kyrgyzstan":
  // the states by whose borders two states drill together are no targets of their drill)
  if (actor.length >= 2 && DRILL.test(v.text.slice(rel(ts), rel(te)))) {
    const byBorder = new Set(v.groups.filter((g) => g.atBorder && g.start > ts).flatMap((g) => g.codes));
    recipient = recipient.filter((c) => !byBorder.has(c));
  }
  return { actor, recipient, inferred, ...(nominalSubjectAt !== undefined ? { nominalSubject: true } : {}) };
}
