// The story-context refinements, each on a hand-built context (no nlp): what they change and when they keep out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PloverType } from '../../core/types.ts';
import type { Group, Roleplay } from './actors.ts';
import { refineRoles, type Report, type RoleContext } from './context.ts';

function group(text: string, surface: string, codes: string[], prep: string | null = null, from = 0): Group {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, codes, venue: false, person: false, kind: 'mention', prep, appositive: false };
}

function ctx(text: string, trigger: string, type: PloverType, over: Partial<RoleContext> = {}): RoleContext {
  const start = text.indexOf(trigger);
  return {
    text, sentence: { index: 0, start: 0, end: text.length }, hit: { start, end: start + trigger.length }, type, roles: 'subject', w: 0.7,
    pos: 'VERB', subordinate: false, groups: [], dyad: [], sentenceMode: false, reports: [], code: (t) => t, ...over,
  };
}

const roles = (actor: string[], recipient: string[] = []): Roleplay => ({ actor, recipient, inferred: false });

test('storyPartner: a lone state of the story acting with no other state named takes the other as recipient', () => {
  const text = 'Ecuador deployed extra troops to the border.';
  const r = roles(['ECU']);
  refineRoles(ctx(text, 'deployed', 'MOBILIZE', { groups: [group(text, 'Ecuador', ['ECU'])], dyad: ['COL', 'ECU'] }), r);
  assert.deepEqual([r.recipient, r.inferred], [['COL'], true]);
  const s = roles(['ECU']);
  refineRoles(ctx(text, 'deployed', 'MOBILIZE', { groups: [group(text, 'Ecuador', ['ECU'])], dyad: ['COL', 'ECU'], sentenceMode: true }), s);
  assert.deepEqual(s.recipient, []); // sentence mode codes only what the sentence says
});

test('jointActInPlace: a ceremony in a state takes the parties of the act already reported there', () => {
  const text = 'The signing ceremony was held in Kabul.';
  const earlier: Report = { type: 'SUPPORT', actor: ['AFG', 'TKM', 'AZE'], recipient: [], sentence: 0 };
  const r = roles([]);
  refineRoles(ctx(text, 'signing ceremony', 'SUPPORT', { groups: [group(text, 'Kabul', ['AFG'], 'in')], dyad: ['AFG', 'AZE'], reports: [earlier] }), r);
  assert.deepEqual(r.actor, ['AFG', 'TKM', 'AZE']);
});

test('jointActInPlace: aid to the one state named, with no giver, comes from the story\'s other state', () => {
  const text = 'One of them delivered 30 tonnes of supplies to Cuba on Thursday.';
  const r = roles([], ['CUB']);
  refineRoles(ctx(text, 'delivered 30 tonnes of supplies to', 'AID', { groups: [group(text, 'Cuba', ['CUB'], 'to')], dyad: ['CUB', 'RUS'] }), r);
  assert.deepEqual([r.actor, r.recipient], [['RUS'], ['CUB']]);
  // near miss: a trigger running over a comma is no act aimed at the state after it
  const t2 = 'Shipping in the channel, which leads to Iraq\'s port, went on.';
  const s = roles([], ['IRQ']);
  refineRoles(ctx(t2, 'Shipping in the channel, which leads to', 'AID', { groups: [group(t2, 'Iraq', ['IRQ'], 'to')], dyad: ['IRQ', 'KWT'] }), s);
  assert.deepEqual([s.actor, s.recipient], [['IRQ', 'KWT'], []]);
});

test('thatClauseTarget, theseCharges, complaintForum, reactionToAct', () => {
  let text = 'Chile protested, alleging that some countries were secretly supporting Peru.';
  let r = roles(['CHL'], ['PER']);
  refineRoles(ctx(text, 'alleging', 'ACCUSE', { groups: [group(text, 'Chile', ['CHL']), group(text, 'Peru', ['PER'])] }), r);
  assert.deepEqual(r.recipient, []);

  text = 'Peru firmly rejects these accusations.';
  r = roles(['PER']);
  refineRoles(ctx(text, 'rejects', 'REJECT', { reports: [{ type: 'ACCUSE', actor: ['CHL'], recipient: ['PER'], sentence: 0 }] }), r);
  assert.deepEqual(r.recipient, ['CHL']);

  text = 'Chile complained to the United Nations over Peruvian border incursions.';
  r = roles(['CHL'], ['IGO']);
  refineRoles(ctx(text, 'complained', 'ACCUSE', { groups: [group(text, 'Chile', ['CHL']), group(text, 'United Nations', ['IGO'], 'to'), group(text, 'Peruvian', ['PER'], 'over')] }), r);
  assert.deepEqual(r.recipient, ['PER']);

  text = 'Brazil condemned the attack on Peru.';
  r = roles(['BRA'], ['PER']);
  refineRoles(ctx(text, 'condemned', 'ACCUSE', { reports: [{ type: 'ASSAULT', actor: ['CHL'], recipient: ['PER'], sentence: 0 }] }), r);
  assert.deepEqual(r.recipient, ['CHL']);
});

test('denials: "any involvement", "a claim X has denied"; reactions name the act\'s author when the object does', () => {
  let text = 'Chad denies any involvement.';
  let r = roles(['TCD']);
  refineRoles(ctx(text, 'denies', 'REJECT', { reports: [{ type: 'ACCUSE', actor: ['SDN'], recipient: ['TCD'], sentence: 0 }] }), r);
  assert.deepEqual(r.recipient, ['SDN']);

  text = 'Niger accused Benin of hosting troops, a claim Benin has denied.';
  r = roles(['BEN']);
  refineRoles(ctx(text, 'denied', 'REJECT', { reports: [{ type: 'ACCUSE', actor: ['NER'], recipient: ['BEN'], sentence: 0 }] }), r);
  assert.deepEqual([r.actor, r.recipient], [['BEN'], ['NER']]);

  text = 'The United States condemned the Iranian strike.';
  r = roles(['USA']);
  refineRoles(ctx(text, 'condemned', 'ACCUSE', { groups: [group(text, 'United States', ['USA']), group(text, 'Iranian', ['IRN'])], reports: [{ type: 'ASSAULT', actor: ['PAK'], recipient: ['IRN'], sentence: 0 }] }), r);
  assert.deepEqual(r.recipient, ['IRN']);
});

test('meetingHost: talks of two sides hosted by a third state have it as host, but not a city of talks or a summit city', () => {
  let text = 'Armenia and Azerbaijan ended two days of talks in Almaty on Saturday.';
  let r = roles(['ARM', 'AZE']);
  const venue = (g: Group): Group => ({ ...g, venue: true });
  refineRoles(ctx(text, 'talks', 'CONSULT', { groups: [group(text, 'Armenia and Azerbaijan', ['ARM', 'AZE']), venue(group(text, 'Almaty', ['KAZ'], 'in'))] }), r);
  assert.deepEqual(r.recipient, []);
  text = 'Armenia and Azerbaijan held talks hosted by Kazakhstan on Saturday.';
  r = roles(['ARM', 'AZE']);
  refineRoles(ctx(text, 'talks', 'CONSULT', { groups: [group(text, 'Armenia and Azerbaijan', ['ARM', 'AZE']), group(text, 'Kazakhstan', ['KAZ'], 'by')] }), r);
  assert.deepEqual(r.recipient, ['KAZ']);
  text = 'The two presidents spoke on the sidelines of the summit in Astana.';
  r = roles(['KGZ', 'TJK']);
  refineRoles(ctx(text, 'spoke', 'CONSULT', { groups: [venue(group(text, 'Astana', ['KAZ'], 'in'))] }), r);
  assert.deepEqual(r.recipient, []);
});

test('gatheringVenue: the state an organization\'s summit is held in is its venue; a state attending one is coded with it', () => {
  let text = 'The president will attend the ASEAN summit in Laos next week.';
  let r = roles(['IGO'], ['LAO']);
  refineRoles(ctx(text, 'summit', 'CONSULT', { groups: [group(text, 'ASEAN', ['IGO']), group(text, 'Laos', ['LAO'], 'in')] }), r);
  assert.deepEqual(r.recipient, []);
  text = 'It ended at a GCC summit in the Saudi city of Al-Ula.';
  r = roles(['IGO'], ['SAU']);
  refineRoles(ctx(text, 'summit', 'CONSULT', { groups: [group(text, 'GCC', ['IGO']), group(text, 'Saudi', ['SAU'])] }), r);
  assert.deepEqual(r.recipient, []);
  text = 'Chinese leaders went to a summit in Kazakhstan.';
  r = roles(['CHN'], ['KAZ']);
  refineRoles(ctx(text, 'summit', 'CONSULT', { groups: [group(text, 'Chinese', ['CHN']), group(text, 'Kazakhstan', ['KAZ'], 'in')] }), r);
  assert.deepEqual(r.recipient, ['KAZ'], 'a state at a summit in another');
  text = 'The EU summit with Japan ended.';
  r = roles(['IGO'], ['JPN']);
  refineRoles(ctx(text, 'summit', 'CONSULT', { groups: [group(text, 'EU', ['IGO']), group(text, 'Japan', ['JPN'], 'with')] }), r);
  assert.deepEqual(r.recipient, ['JPN'], 'a summit with a state');
});

test('reactionToAct: rejections and welcomes of measures reported before are aimed at their author', () => {
  const sanction: Report = { type: 'SANCTION', actor: ['IGO'], recipient: ['VEN'], sentence: 0 };
  let text = 'Caracas rejected the measures as unlawful.';
  let r = roles(['VEN'], ['CUB']); // a wrong story partner is replaced
  refineRoles(ctx(text, 'rejected', 'REJECT', { groups: [group(text, 'Caracas', ['VEN'])], reports: [sanction] }), r);
  assert.deepEqual(r.recipient, ['IGO']);
  // the object inside the trigger: "welcomed the decision"
  text = 'Colombia, which had lobbied for months, welcomed the decision.';
  r = roles(['COL']);
  refineRoles(ctx(text, 'welcomed the decision', 'SUPPORT', { groups: [group(text, 'Colombia', ['COL'])], reports: [sanction] }), r);
  assert.deepEqual(r.recipient, ['IGO']);
  // no act reported before: nothing to point back to
  r = roles(['COL']);
  refineRoles(ctx(text, 'welcomed the decision', 'SUPPORT', { groups: [group(text, 'Colombia', ['COL'])] }), r);
  assert.deepEqual(r.recipient, []);
});

test('thatClauseTarget: a warning that the speaker itself will act is aimed at the other state of the story', () => {
  const text = 'Kenya said Ugandan troops had crossed the border and warned that Nairobi would defend its land.';
  const groups = [group(text, 'Kenya', ['KEN']), group(text, 'Ugandan', ['UGA']), group(text, 'Nairobi', ['KEN'])];
  const r = roles(['KEN'], ['KEN']);
  refineRoles(ctx(text, 'warned that', 'THREATEN', { groups, dyad: ['KEN', 'UGA'] }), r);
  assert.deepEqual(r.recipient, ['UGA']);
  // a warning about another state keeps it
  const t2 = 'Kenya warned that Uganda would pay a price.';
  const s = roles(['KEN'], ['UGA']);
  refineRoles(ctx(t2, 'warned that', 'THREATEN', { groups: [group(t2, 'Kenya', ['KEN']), group(t2, 'Uganda', ['UGA'])], dyad: ['KEN', 'UGA'] }), s);
  assert.deepEqual(s.recipient, ['UGA']);
});

test('domesticAppeal: lawmakers urging "the government" address their own state, not the court named later', () => {
  const text = 'Chilean lawmakers urged the government to take the dispute to the International Court of Justice.';
  const groups = [group(text, 'Chilean', ['CHL']), group(text, 'International Court of Justice', ['IGO'], 'to')];
  const r = roles(['CHL'], ['IGO']);
  refineRoles(ctx(text, 'urged', 'REQUEST', { groups, dyad: ['BOL', 'CHL'] }), r);
  assert.deepEqual(r.recipient, ['CHL']);
  // a state urging "the government" of the story's other state is no domestic appeal
  const t2 = 'Chile urged the government to return to the talks.';
  const s = roles(['CHL']);
  refineRoles(ctx(t2, 'urged', 'REQUEST', { groups: [group(t2, 'Chile', ['CHL'])], dyad: ['BOL', 'CHL'] }), s);
  assert.deepEqual(s.recipient, ['BOL']);
});

test('storyPartner: an act aimed at an armed group does not take the story\'s other state', () => {
  const text = 'Chad kept 900 soldiers in Niger to fight jihadist groups.';
  const groups = [group(text, 'Chad', ['TCD']), group(text, 'Niger', ['NER'], 'in')];
  const r = roles(['TCD']);
  refineRoles(ctx(text, 'fight', 'FIGHT', { groups, dyad: ['NER', 'TCD'] }), r);
  assert.deepEqual(r.recipient, []);
  const t2 = 'Chad moved 900 soldiers to the frontier.';
  const s = roles(['TCD']);
  refineRoles(ctx(t2, 'moved', 'MOBILIZE', { groups: [group(t2, 'Chad', ['TCD'])], dyad: ['NER', 'TCD'] }), s);
  assert.deepEqual(s.recipient, ['NER']);
});

test('apposedObject: a nominal act does not take a state named in an apposition after it', () => {
  const text = 'Norway paid for the Kenyan deployment, a contribution Sweden has said it will match.';
  const groups = [group(text, 'Norway', ['NOR']), group(text, 'Kenyan', ['KEN']), group(text, 'Sweden', ['SWE'])];
  const r = roles(['KEN'], ['SWE']);
  refineRoles(ctx(text, 'deployment', 'MOBILIZE', { groups, pos: 'NOUN' }), r);
  assert.deepEqual(r.recipient, []);
  // a verb keeps it ("recalled its envoy, a decision Sweden regrets")
  const s = roles(['KEN'], ['SWE']);
  refineRoles(ctx(text, 'deployment', 'MOBILIZE', { groups, pos: 'VERB' }), s);
  assert.deepEqual(s.recipient, ['SWE']);
});

test('missionHost: troops for an organisation\'s mission in a state go to that state', () => {
  const text = 'Ghana offered to send 800 troops to a new United Nations mission in Mali.';
  const groups = [group(text, 'Ghana', ['GHA']), group(text, 'United Nations', ['IGO'], 'to'), group(text, 'Mali', ['MLI'], 'in')];
  const r = roles(['GHA'], ['IGO']);
  refineRoles(ctx(text, 'offered', 'AGREE', { groups }), r);
  assert.deepEqual(r.recipient, ['MLI']);
  // a meeting of the organisation held in a state is no mission there
  const t2 = 'Ghana sent a delegation to the United Nations meeting in Mali.';
  const g2 = [group(t2, 'Ghana', ['GHA']), group(t2, 'United Nations', ['IGO'], 'to'), group(t2, 'Mali', ['MLI'], 'in')];
  const s = roles(['GHA'], ['IGO']);
  refineRoles(ctx(t2, 'sent', 'AGREE', { groups: g2 }), s);
  assert.deepEqual(s.recipient, ['IGO']);
});

test('theseCharges: "rejected the criticism" answers the protests reported before', () => {
  const text = 'The Chilean government rejected the criticism.';
  const r = roles(['CHL']);
  refineRoles(ctx(text, 'rejected', 'REJECT', { reports: [{ type: 'PROTEST', actor: ['BOL'], recipient: ['CHL'], sentence: 0 }] }), r);
  assert.deepEqual(r.recipient, ['BOL']);
  // "rejected the plan" is no answer to a charge
  const s = roles(['CHL']);
  refineRoles(ctx('The Chilean government rejected the plan.', 'rejected', 'REJECT', { reports: [{ type: 'PROTEST', actor: ['BOL'], recipient: ['CHL'], sentence: 0 }] }), s);
  assert.deepEqual(s.recipient, []);
});

test('answeredProposal: a refusal answers the invitation or request addressed to the refuser', () => {
  const invited: Report = { type: 'AGREE', actor: ['AUT'], recipient: ['SVN'], sentence: 0 };
  let text = 'Vienna invited the premier to talks, an invitation the Slovenian leader declined.';
  let r = roles(['SVN'], ['SVN']);
  refineRoles(ctx(text, 'invitation the Slovenian leader declined', 'REJECT', { reports: [invited] }), r);
  assert.deepEqual(r.recipient, ['AUT']);
  text = 'Slovenia turned down the request on Friday.';
  r = roles(['SVN']);
  refineRoles(ctx(text, 'turned down', 'REJECT', { reports: [{ type: 'REQUEST', actor: ['HRV'], recipient: ['SVN'], sentence: 0 }] }), r);
  assert.deepEqual(r.recipient, ['HRV']);
  // a request addressed to another state is not the one refused
  r = roles(['SVN']);
  refineRoles(ctx(text, 'turned down', 'REJECT', { reports: [{ type: 'REQUEST', actor: ['HRV'], recipient: ['ITA'], sentence: 0 }] }), r);
  assert.deepEqual(r.recipient, []);
});

test('addressedPair: an offer by a third state in a sentence naming the pair is addressed to the pair', () => {
  const text = 'Qatar, which has close ties with both countries, offered to host talks.';
  const collective: Group = { ...group(text, 'both countries', ['ETH', 'ERI']), kind: 'collective' };
  const r = roles(['QAT']);
  refineRoles(ctx(text, 'offered', 'AGREE', { groups: [group(text, 'Qatar', ['QAT']), collective], dyad: ['ERI', 'ETH'] }), r);
  assert.deepEqual(r.recipient, ['ERI', 'ETH']);
  // with no pair named, an offer to host talks goes to the story's pair (hostOffer) ...
  const t2 = 'Qatar offered to host talks.';
  const s = roles(['QAT']);
  refineRoles(ctx(t2, 'offered', 'AGREE', { groups: [group(t2, 'Qatar', ['QAT'])], dyad: ['ERI', 'ETH'] }), s);
  assert.deepEqual(s.recipient, ['ERI', 'ETH']);
  // ... unless the offering state is one of that pair
  const q = roles(['QAT']);
  refineRoles(ctx(t2, 'offered', 'AGREE', { groups: [group(t2, 'Qatar', ['QAT'])], dyad: ['QAT', 'ETH'] }), q);
  assert.ok(q.recipient.length <= 1, q.recipient.join());
});

test('jointActInPlace: a state that is the object right after the act is not the place of a joint act', () => {
  const text = 'Its member states stood firmly behind Belize\'s territorial integrity.';
  const r = roles([], ['BLZ']);
  refineRoles(ctx(text, 'stood firmly behind', 'SUPPORT', { groups: [group(text, 'Belize', ['BLZ'])], dyad: ['BLZ', 'GTM'] }), r);
  assert.deepEqual(r.actor, []);
  // named as the place, the story's pair
  const t2 = 'Joint assembly of the trucks is under way in Belize.';
  const s = roles([]);
  refineRoles(ctx(t2, 'Joint assembly', 'COOPERATE', { groups: [group(t2, 'Belize', ['BLZ'], 'in')], dyad: ['BLZ', 'GTM'] }), s);
  assert.deepEqual(s.actor, ['BLZ', 'GTM']);
});

test('possessedDemand: a demand for "their departure" is aimed at the state named before', () => {
  const text = 'The last Belgian troops left Mali after the junta demanded their departure.';
  const groups = [group(text, 'Belgian', ['BEL']), group(text, 'Mali', ['MLI'])];
  const r = roles(['MLI']);
  refineRoles(ctx(text, 'demanded', 'DEMAND', { groups, subordinate: true }), r);
  assert.deepEqual(r.recipient, ['BEL']);
  // a demand about something else keeps no recipient
  const s = roles(['MLI']);
  refineRoles(ctx('The last Belgian troops left Mali after the junta demanded new elections.', 'demanded', 'DEMAND', { groups, subordinate: true }), s);
  assert.deepEqual(s.recipient, []);
});

test('storyPartner: the counterpart of the actor\'s act just reported comes before the story\'s other state', () => {
  const text = 'Minsk warned that European hauliers could face new checks.';
  const groups = [group(text, 'Minsk', ['BLR'])];
  const r = roles(['BLR']);
  refineRoles(ctx(text, 'warned that', 'THREATEN', { groups, dyad: ['BLR', 'CHN'], sentence: { index: 3, start: 0, end: text.length },
    reports: [{ type: 'REJECT', actor: ['BLR'], recipient: ['IGO'], sentence: 2 }] }), r);
  assert.deepEqual(r.recipient, ['IGO']);
  // an act reported long before does not count
  const s = roles(['BLR']);
  refineRoles(ctx(text, 'warned that', 'THREATEN', { groups, dyad: ['BLR', 'CHN'], sentence: { index: 9, start: 0, end: text.length },
    reports: [{ type: 'REJECT', actor: ['BLR'], recipient: ['IGO'], sentence: 2 }] }), s);
  assert.deepEqual(s.recipient, ['CHN']);
});

test('struckPlace: a hostile act with no state as its object hits the state of the city it strikes', () => {
  const text = 'Israeli jets struck targets near Damascus overnight.';
  const venue: Group = { ...group(text, 'Damascus', ['SYR'], 'near'), venue: true };
  const r = roles(['ISR']);
  refineRoles(ctx(text, 'struck', 'ASSAULT', { groups: [group(text, 'Israeli', ['ISR']), venue] }), r);
  assert.deepEqual(r.recipient, ['SYR']);
  // a friendly act in a city is hosted, not struck
  const t2 = 'Israeli diplomats held talks near Damascus.';
  const s = roles(['ISR']);
  refineRoles(ctx(t2, 'held talks', 'CONSULT', { groups: [group(t2, 'Israeli', ['ISR']), { ...group(t2, 'Damascus', ['SYR'], 'near'), venue: true }] }), s);
  assert.deepEqual(s.recipient, []);
});

test('unnamedAddressee: a state named in what an unnamed addressee is asked to do is not the one asked', () => {
  const text = 'Peru called on the international community to keep sending aid to Haiti.';
  const groups = [group(text, 'Peru', ['PER']), group(text, 'Haiti', ['HTI'], 'to')];
  const r = roles(['PER'], ['HTI']);
  refineRoles(ctx(text, 'called on', 'REQUEST', { groups, dyad: ['CHL', 'PER'] }), r);
  assert.deepEqual(r.recipient, []); // and no story partner guessed
  // a named addressee stays
  const t2 = 'Peru called on the government of Chile to reopen the border.';
  const s = roles(['PER'], ['CHL']);
  refineRoles(ctx(t2, 'called on', 'REQUEST', { groups: [group(t2, 'Peru', ['PER']), group(t2, 'Chile', ['CHL'], 'of')], dyad: ['CHL', 'PER'] }), s);
  assert.deepEqual(s.recipient, ['CHL']);
});

test('storyPartner: an actor outside the story\'s pair takes the counterpart of its act just reported in the sentence', () => {
  const text = 'Turkey sent a delegation to Tripoli, and a Turkish minister signed a memorandum during his stay.';
  const groups = [group(text, 'Turkey', ['TUR']), { ...group(text, 'Tripoli', ['LBY'], 'to'), venue: true }, group(text, 'Turkish', ['TUR'])];
  const r = roles(['TUR']);
  refineRoles(ctx(text, 'signed a memorandum', 'SUPPORT', { groups, dyad: ['LBY', 'EGY'], reports: [{ type: 'CONSULT', actor: ['TUR'], recipient: ['LBY'], sentence: 0 }] }), r);
  assert.deepEqual(r.recipient, ['LBY']);
  // with no act reported, an actor outside the pair gets no partner
  const s = roles(['TUR']);
  refineRoles(ctx(text, 'signed a memorandum', 'SUPPORT', { groups, dyad: ['LBY', 'EGY'] }), s);
  assert.deepEqual(s.recipient, []);
});

test('reactionToAct: a welcome or condemnation of an accord, truce or talks reported before is aimed at its parties', () => {
  const text = 'Ghana welcomed the accord on Friday.';
  const reports: Report[] = [{ type: 'SUPPORT', actor: ['CIV', 'BFA'], recipient: [], sentence: 0 }];
  const r = roles(['GHA']);
  refineRoles(ctx(text, 'welcomed', 'SUPPORT', { groups: [group(text, 'Ghana', ['GHA'])], reports, sentence: { index: 1, start: 0, end: text.length } }), r);
  assert.deepEqual(r.recipient.slice().sort(), ['BFA', 'CIV']);
  // the parties the sentence names after the reaction are the ones addressed ...
  const named = 'Togo welcomed the accord with Burkina Faso.';
  const t = roles(['TGO']);
  refineRoles(ctx(named, 'welcomed', 'SUPPORT', { groups: [group(named, 'Togo', ['TGO']), group(named, 'Burkina Faso', ['BFA'], 'with')], reports, sentence: { index: 1, start: 0, end: named.length } }), t);
  assert.deepEqual(t.recipient, ['BFA']);
  // ... a party named in an aside before it does not narrow them
  const aside = 'Togo, which borders Burkina Faso, welcomed the accord.';
  const a = roles(['TGO']);
  refineRoles(ctx(aside, 'welcomed', 'SUPPORT', { groups: [group(aside, 'Togo', ['TGO']), group(aside, 'Burkina Faso', ['BFA'])], reports, sentence: { index: 1, start: 0, end: aside.length } }), a);
  assert.deepEqual(a.recipient.slice().sort(), ['BFA', 'CIV']);
  // no accord reported before: nothing guessed
  const u = roles(['GHA']);
  refineRoles(ctx(text, 'welcomed', 'SUPPORT', { groups: [group(text, 'Ghana', ['GHA'])] }), u);
  assert.deepEqual(u.recipient, []);
});

test('reactionToAct: a reaction to a summit, rapprochement or joint operation answers its parties; a hostile operation its author; a welcome is no act to react to', () => {
  const text = 'Chile criticised the plan on Monday.';
  const ctxOf = (reports: Report[], r: Roleplay, extra = {}) => refineRoles(ctx(text, 'criticised', 'ACCUSE', { groups: [group(text, 'Chile', ['CHL'])], reports, sentence: { index: 2, start: 0, end: text.length }, ...extra }), r);
  // the plan two states agreed on, not the welcome a third state gave it
  const agreed: Report = { type: 'AGREE', actor: ['ARG', 'BRA'], recipient: [], sentence: 0, trigger: 'agreed to' };
  const welcomed: Report = { type: 'SUPPORT', actor: ['URY'], recipient: ['ARG', 'BRA'], sentence: 1, trigger: 'welcomed the plan' };
  let r = roles(['CHL']);
  ctxOf([agreed, welcomed], r);
  assert.deepEqual(r.recipient.slice().sort(), ['ARG', 'BRA']);
  // a partner guessed from the story's pair gives way to the act answered
  r = { actor: ['CHL'], recipient: ['ARG'], inferred: true };
  ctxOf([agreed], r, { dyad: ['CHL', 'ARG'] });
  assert.deepEqual(r.recipient.slice().sort(), ['ARG', 'BRA']);
  // a hostile operation done to someone answers its author only
  const op = 'Peru condemned the operation.';
  const raid: Report = { type: 'ASSAULT', actor: ['ECU'], recipient: ['COL'], sentence: 0, trigger: 'launched an operation' };
  r = roles(['PER']);
  refineRoles(ctx(op, 'condemned', 'ACCUSE', { groups: [group(op, 'Peru', ['PER'])], reports: [raid], sentence: { index: 1, start: 0, end: op.length } }), r);
  assert.deepEqual(r.recipient, ['ECU']);
});

test('a nominal act that is the subject of its clause takes no partner of the story, nor a struck place after its verb', () => {
  const text = 'Fighting near the frontier has pushed refugees into Laos.';
  const r: Roleplay = { actor: ['KHM'], recipient: [], inferred: false, nominalSubject: true };
  refineRoles(ctx(text, 'Fighting', 'FIGHT', { groups: [group(text, 'Laos', ['LAO'], 'into')], dyad: ['KHM', 'LAO'], pos: 'VERB' }), r);
  assert.deepEqual(r.recipient, []);
  assert.deepEqual(r.actor, ['KHM']);
  // without the mark, the story's partner is taken (storyPartner)
  const s: Roleplay = { actor: ['KHM'], recipient: [], inferred: false };
  refineRoles(ctx(text, 'Fighting', 'FIGHT', { groups: [group(text, 'Laos', ['LAO'], 'into')], dyad: ['KHM', 'LAO'], pos: 'VERB' }), s);
  assert.deepEqual(s.recipient, ['LAO']);
});

test('deniedCharge: a denial in apposition to a charge answers the state that made it; a charge by no state has none to answer', () => {
  const accuse = (actor: string[], recipient: string[]): Report => ({ type: 'ACCUSE', actor, recipient, sentence: 0 });
  // a named body as the denier ("the Kremlin", "the Chilean government")
  let text = 'Vilnius accused Moscow of meddling, an accusation the Kremlin rejected.';
  let r = roles(['RUS'], ['LTU']);
  refineRoles(ctx(text, 'rejected', 'REJECT', { reports: [accuse(['LTU'], ['RUS'])] }), r);
  assert.deepEqual([r.actor, r.recipient], [['RUS'], ['LTU']]);
  text = 'Peru accused Chile of spying, a charge the Chilean government has flatly denied.';
  r = roles(['CHL']);
  refineRoles(ctx(text, 'denied', 'REJECT', { reports: [accuse(['PER'], ['CHL'])] }), r);
  assert.deepEqual(r.recipient, ['PER']);
  // a complaint, too
  text = 'Argentina criticised Brazil over the tariffs, criticism Brasilia dismissed.';
  r = roles(['BRA']);
  refineRoles(ctx(text, 'dismissed', 'REJECT', { reports: [{ type: 'DISAPPROVE', actor: ['ARG'], recipient: ['BRA'], sentence: 0 }] }), r);
  assert.deepEqual(r.recipient, ['ARG']);
  // a charge made by an armed group: no state answered, whatever the story's partner
  text = 'The militia accused Egyptian jets of bombing its camps, a claim Egypt denies.';
  r = roles(['EGY'], ['SDN']);
  refineRoles(ctx(text, 'denies', 'REJECT', { dyad: ['EGY', 'SDN'] }), r);
  assert.deepEqual(r.recipient, []);
});

test('deniedCharge: "a charge both deny" answers the accuser of the same sentence', () => {
  const text = 'Quito accuses Lima and Bogota of hiding the rebels, a charge both deny.';
  const reports: Report[] = [{ type: 'ACCUSE', actor: ['ECU'], recipient: ['PER', 'COL'], sentence: 0 }];
  const r = roles(['PER', 'COL']);
  refineRoles(ctx(text, 'deny', 'REJECT', { groups: [group(text, 'Quito', ['ECU']), group(text, 'Lima and Bogota', ['PER', 'COL'])], reports }), r);
  assert.deepEqual([r.actor, r.recipient], [['PER', 'COL'], ['ECU']]);
});

test('protestPlace: a protest by people named for no state is the act of the state where it takes place', () => {
  const venue = (text: string, surface: string, codes: string[], prep: string): Group => ({ ...group(text, surface, codes, prep), venue: true });
  const text = 'Exiles rallied outside the Chilean embassy in Lima on Sunday.';
  const r = roles([], ['CHL']);
  refineRoles(ctx(text, 'rallied outside the Chilean embassy', 'PROTEST', { groups: [group(text, 'Chilean', ['CHL']), venue(text, 'Lima', ['PER'], 'in')] }), r);
  assert.deepEqual(r.actor, ['PER']);
  const fronted = 'In Osaka, activists gathered outside the Chinese consulate.';
  const f = roles([], ['CHN']);
  refineRoles(ctx(fronted, 'gathered outside the Chinese consulate', 'PROTEST', { groups: [venue(fronted, 'Osaka', ['JPN'], 'in'), group(fronted, 'Chinese', ['CHN'])] }), f);
  assert.deepEqual(f.actor, ['JPN']);
  // a place of the target state itself, a named protester, or another type keep their roles
  const home = 'Exiles rallied outside the Chilean embassy in Santiago.';
  const h = roles([], ['CHL']);
  refineRoles(ctx(home, 'rallied outside the Chilean embassy', 'PROTEST', { groups: [group(home, 'Chilean', ['CHL']), venue(home, 'Santiago', ['CHL'], 'in')] }), h);
  assert.deepEqual(h.actor, []);
  const named = roles(['BOL'], ['CHL']);
  refineRoles(ctx(text, 'rallied outside the Chilean embassy', 'PROTEST', { groups: [group(text, 'Chilean', ['CHL']), venue(text, 'Lima', ['PER'], 'in')] }), named);
  assert.deepEqual(named.actor, ['BOL']);
  const acc = roles([], ['CHL']);
  refineRoles(ctx(text, 'rallied outside the Chilean embassy', 'ACCUSE', { groups: [group(text, 'Chilean', ['CHL']), venue(text, 'Lima', ['PER'], 'in')] }), acc);
  assert.deepEqual(acc.actor, []);
});

test('reactionToAct: a condemnation of a launch, test or incursion answers an act that named only its author', () => {
  const launch: Report = { type: 'FIGHT', actor: ['PRK'], recipient: [], sentence: 0 };
  const text = 'Tokyo and Canberra condemned the launch as a breach of the resolutions.';
  const r = roles(['JPN', 'AUS']);
  refineRoles(ctx(text, 'condemned', 'ACCUSE', { groups: [group(text, 'Tokyo and Canberra', ['JPN', 'AUS'])], loneActs: [launch] }), r);
  assert.deepEqual(r.recipient, ['PRK']);
  const probe = 'Oslo condemned the incursion by the drones.';
  const m = roles(['NOR']);
  refineRoles(ctx(probe, 'condemned', 'ACCUSE', { groups: [group(probe, 'Oslo', ['NOR'])], loneActs: [{ type: 'MOBILIZE', actor: ['RUS'], recipient: [], sentence: 1 }] }), m);
  assert.deepEqual(m.recipient, ['RUS']);
  // the reacting state's own act, or an act of another kind, is not answered
  const own = roles(['PRK']);
  refineRoles(ctx('Pyongyang praised the launch.', 'praised', 'SUPPORT', { groups: [group('Pyongyang praised the launch.', 'Pyongyang', ['PRK'])], loneActs: [launch] }), own);
  assert.deepEqual(own.recipient, []);
  const other = roles(['JPN', 'AUS']);
  refineRoles(ctx(text, 'condemned', 'ACCUSE', { groups: [group(text, 'Tokyo and Canberra', ['JPN', 'AUS'])], loneActs: [{ type: 'SUPPORT', actor: ['PRK'], recipient: [], sentence: 0 }] }), other);
  assert.deepEqual(other.recipient, []);
});

test('storyPartner: a named jihadist group is an armed group too, and a threat to fight one names no state', () => {
  const text = 'Chad kept 900 soldiers in Niger to fight against Islamic State.';
  const r = roles(['TCD']);
  refineRoles(ctx(text, 'fight', 'FIGHT', { groups: [group(text, 'Chad', ['TCD']), group(text, 'Niger', ['NER'], 'in')], dyad: ['NER', 'TCD'] }), r);
  assert.deepEqual(r.recipient, []);
  const t2 = 'Chad vowed to fight al-Qaeda.';
  const s = roles(['TCD']);
  refineRoles(ctx(t2, 'vowed to fight', 'THREATEN', { groups: [group(t2, 'Chad', ['TCD'])], dyad: ['NER', 'TCD'] }), s);
  assert.deepEqual(s.recipient, []);
  // near miss: a threat to fight a state is aimed at the story's other state
  const t3 = 'Chad vowed to fight back.';
  const q = roles(['TCD']);
  refineRoles(ctx(t3, 'vowed to fight', 'THREATEN', { groups: [group(t3, 'Chad', ['TCD'])], dyad: ['NER', 'TCD'] }), q);
  assert.deepEqual(q.recipient, ['NER']);
});

test('unnamedAddressee: people addressed by a bare plural are no state, and none is guessed for them', () => {
  const text = 'Canada urged citizens to leave Lebanon.';
  const r = roles(['CAN'], ['LBN']);
  refineRoles(ctx(text, 'urged', 'REQUEST', { groups: [group(text, 'Canada', ['CAN']), group(text, 'Lebanon', ['LBN'])], dyad: ['CAN', 'LBN'] }), r);
  assert.deepEqual(r.recipient, []);
  const t2 = 'Austria will invite architects to submit plans.';
  const s = roles(['AUT']);
  refineRoles(ctx(t2, 'invite', 'AGREE', { groups: [group(t2, 'Austria', ['AUT'])], dyad: ['AUT', 'DEU'] }), s);
  assert.deepEqual(s.recipient, []);
  // near miss: a state addressed is the one asked
  const t3 = 'Canada urged Lebanon to hold elections.';
  const q = roles(['CAN'], ['LBN']);
  refineRoles(ctx(t3, 'urged', 'REQUEST', { groups: [group(t3, 'Canada', ['CAN']), group(t3, 'Lebanon', ['LBN'])], dyad: ['CAN', 'LBN'] }), q);
  assert.deepEqual(q.recipient, ['LBN']);
});

test('jointActInPlace: a state named otherwise than as a place or by its leader is no place of a joint act', () => {
  const text = 'Protesters believe the extradition bill is an example of eroding autonomy under Beijing.';
  const r = roles([]);
  refineRoles(ctx(text, 'extradition', 'COOPERATE', { groups: [group(text, 'Beijing', ['CHN'], 'under')], dyad: ['CHN', 'GBR'] }), r);
  assert.deepEqual(r.actor, []);
  // a leader named stands for a party, as a place does
  const t2 = 'The deal was signed in the Cabinet Room since Trump returned to office.';
  const s = roles([]);
  refineRoles(ctx(t2, 'deal was signed', 'SUPPORT', { groups: [{ ...group(t2, 'Trump', ['USA']), person: true }], dyad: ['AUS', 'USA'] }), s);
  assert.deepEqual(s.actor, ['AUS', 'USA']);
});

test('storyPartner: an appeal or charge aimed at the actor\'s own people or bodies guesses no other state', () => {
  const text = 'Chile urged the Chilean public not to travel.';
  const r = roles(['CHL']);
  refineRoles(ctx(text, 'urged', 'REQUEST', { groups: [group(text, 'Chile', ['CHL']), group(text, 'Chilean', ['CHL'])], dyad: ['CHL', 'PER'] }), r);
  assert.deepEqual(r.recipient, []);
  const t2 = 'Chilean lawyers are demanding the PDI summon him.';
  const s = roles(['CHL']);
  refineRoles(ctx(t2, 'demanding', 'REQUEST', { groups: [group(t2, 'Chilean', ['CHL']), group(t2, 'PDI', ['CHL'])], dyad: ['CHL', 'PER'] }), s);
  assert.deepEqual(s.recipient, []);
  // near miss: an appeal with no object named still answers the story's other state
  const t3 = 'Chile urged restraint.';
  const q = roles(['CHL']);
  refineRoles(ctx(t3, 'urged', 'REQUEST', { groups: [group(t3, 'Chile', ['CHL'])], dyad: ['CHL', 'PER'] }), q);
  assert.deepEqual(q.recipient, ['PER']);
});
