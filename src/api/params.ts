// Query and path parameters, validated with zod. Every schema is strict: an unknown parameter is a 400.
import { z, type ZodTypeAny } from 'zod';
import { PLOVER_TYPES } from '../core/types.ts';

export const MAX_LIMIT = 500;

const code = z.string().trim().toUpperCase().pipe(z.string().regex(/^[A-Z0-9]{2,8}$/, 'a state code such as AZE (ISO 3166-1 alpha-3) or IGO'));
const pair = z.string().trim().toUpperCase()
  .pipe(z.string().regex(/^[A-Z0-9]{2,8}-[A-Z0-9]{2,8}$/, 'a pair of state codes such as AZE-RUS'))
  .refine((p) => { const [a, b] = p.split('-'); return a !== b; }, 'a pair needs two different states');
const date = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD');
const word = z.string().regex(/^[a-z][a-z_]{0,39}$/, 'a lower-case word such as military');

const page = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};
const range = { since: date.optional(), until: date.optional() };
const sinceBeforeUntil = (q: { since?: string; until?: string }) => !(q.since && q.until && q.since > q.until);
const ORDER = { message: 'since must not be after until', path: ['since'] };

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const eventType = z.enum(PLOVER_TYPES as unknown as [string, ...string[]]);
export const eventStatus = z.enum(['occurred', 'future', 'hypothetical', 'negated']);
export const figureMetric = z.enum(['trade_turnover', 'exports', 'imports', 'investment', 'transit_volume', 'production', 'defense_production', 'defense_exports', 'aid', 'other']);

const eventFilter = { pair: pair.optional(), country: code.optional(), type: eventType.optional(), context: word.optional(), status: eventStatus.optional(), ...range };
const figureFilter = { pair: pair.optional(), metric: figureMetric.optional(), country: code.optional(), status: z.enum(['actual', 'target', 'forecast', 'capacity']).optional(), ...range };

export const Q = {
  documents: z.object({ ...page, country: code.optional(), outlet: z.string().min(1).max(200).optional(), ...range }).strict().refine(sinceBeforeUntil, ORDER),
  search: z.object({ ...page, q: z.string().trim().min(1, 'q must not be empty').max(300) }).strict(),
  events: z.object({ ...page, ...eventFilter }).strict().refine(sinceBeforeUntil, ORDER),
  pairs: z.object({ ...page, ...range, country: code.optional(), status: eventStatus.optional(), monthly: booleanFlag.optional() }).strict().refine(sinceBeforeUntil, ORDER),
  pair: z.object({ ...range, status: eventStatus.optional() }).strict().refine(sinceBeforeUntil, ORDER),
  figures: z.object({ ...page, ...figureFilter }).strict().refine(sinceBeforeUntil, ORDER),
  arms: z.object({
    ...page, pair: pair.optional(), country: code.optional(), supplier: code.optional(), recipient: code.optional(),
    category: z.string().min(1).max(60).optional(), status: z.enum(['delivered', 'ordered', 'licensed_production', 'offered', 'planned']).optional(), ...range,
  }).strict().refine(sinceBeforeUntil, ORDER),
  agreements: z.object({ ...page, pair: pair.optional(), country: code.optional(), status: z.enum(['signed', 'planned', 'in_implementation', 'ratified']).optional(), ...range }).strict().refine(sinceBeforeUntil, ORDER),
  people: z.object({ ...page, pair: pair.optional(), country: code.optional(), name: z.string().min(1).max(200).optional() }).strict(),
  none: z.object({}).strict(),
  exportEvents: z.object(eventFilter).strict().refine(sinceBeforeUntil, ORDER),
  exportFigures: z.object(figureFilter).strict().refine(sinceBeforeUntil, ORDER),
};

export const P = {
  id: z.object({ id: z.coerce.number({ invalid_type_error: 'id must be a number' }).int().positive().max(Number.MAX_SAFE_INTEGER) }).strict(),
  pair: z.object({ pair }).strict(),
};

// ------------------------------------------------------------ OpenAPI description of the zod schemas
/** JSON Schema for the documentation only (zod does the validating); covers the shapes used above. */
export function toJsonSchema(s: ZodTypeAny): Record<string, unknown> {
  const def = s._def as any;
  switch (def.typeName) {
    case 'ZodObject': {
      const properties: Record<string, unknown> = {};
      const required: string[] = [];
      for (const [k, v] of Object.entries(s._def.shape() as Record<string, ZodTypeAny>)) {
        properties[k] = toJsonSchema(v);
        if (!v.isOptional()) required.push(k);
      }
      return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
    }
    case 'ZodEffects': return toJsonSchema(def.schema);
    case 'ZodPipeline': return toJsonSchema(def.out);
    case 'ZodOptional': return toJsonSchema(def.innerType);
    case 'ZodDefault': return { ...toJsonSchema(def.innerType), default: def.defaultValue() };
    case 'ZodEnum': return { type: 'string', enum: def.values };
    case 'ZodNumber': {
      const out: Record<string, unknown> = { type: 'number' };
      for (const c of def.checks) {
        if (c.kind === 'int') out.type = 'integer';
        if (c.kind === 'min') out.minimum = c.value;
        if (c.kind === 'max') out.maximum = c.value;
      }
      return out;
    }
    case 'ZodString': {
      const out: Record<string, unknown> = { type: 'string' };
      for (const c of def.checks) {
        if (c.kind === 'regex') out.pattern = c.regex.source;
        if (c.kind === 'min') out.minLength = c.value;
        if (c.kind === 'max') out.maxLength = c.value;
      }
      return out;
    }
    default: return {};
  }
}
