// Families of PLOVER types that the event rules treat alike, in one place.
import type { PloverType } from '../../core/types.ts';

/** Cooperative acts: promised or hypothetical, they are coded AGREE. */
export const COOPERATIVE: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);
/** Cooperative acts and agreements to them: an AGREE governs the friendly acts it promises. */
export const FRIENDLY: ReadonlySet<PloverType> = new Set<PloverType>([...COOPERATIVE, 'AGREE']);
/** Types whose trigger takes another act as its content: the act is not an event of its own. */
export const GOVERNING: ReadonlySet<PloverType> = new Set<PloverType>(['THREATEN', 'REJECT', 'REQUEST', 'ACCUSE', 'DEMAND', 'DISAPPROVE', 'INVESTIGATE']);
/** Hostile acts that, held out for the future, are threats. */
export const HOSTILE: ReadonlySet<PloverType> = new Set<PloverType>(['SANCTION', 'COERCE', 'ASSAULT', 'FIGHT']);
/** Verbal reactions to an act or a text that may name it by a pronoun ("rejected it", "ratified it", "condemned it"). */
export const TEXT_REACTIONS: ReadonlySet<PloverType> = new Set<PloverType>(['ACCUSE', 'DISAPPROVE', 'REJECT', 'SUPPORT']);
