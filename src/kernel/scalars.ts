import { GraphQLScalarType, ValueNode } from 'graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

/**
 * Dates this domain can hold: from 1800 (the oldest personal codes) to 2999. Outside that range a
 * value is refused as bad input where it is parsed, before it reaches SQL (PostgreSQL has no year 0).
 */
const EARLIEST_YEAR = 1800;
const LATEST_YEAR = 2999;

function withinYears<T extends GraphQLScalarType>(scalar: T, yearOf: (value: never) => number,
  fastSerialize: (value: unknown) => string | undefined, specifiedByURL: string): GraphQLScalarType {
  const check = <V>(value: V): V => {
    const year = yearOf(value as never);
    if (!(year >= EARLIEST_YEAR && year <= LATEST_YEAR)) {
      throw new TypeError(`${scalar.name} must be from the year ${EARLIEST_YEAR} to ${LATEST_YEAR}`);
    }
    return value;
  };
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    // printed as @specifiedBy(url:) and given in introspection, so client generators know the format
    specifiedByURL,
    serialize: (value: unknown) => fastSerialize(value) ?? config.serialize(value),
    parseValue: (value: unknown) => check(config.parseValue?.(value) ?? value),
    parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) =>
      check(config.parseLiteral?.(ast, variables) ?? null),
  });
}

/*
 * What the hub's own rows hold is already well-formed (PostgreSQL dates come back as `YYYY-MM-DD`,
 * timestamps as Dates), so a value of that shape is written out without the full validation, which
 * costs more than most else per field of a large answer; anything else is validated as before.
 */
const localDateOut = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const instantOut = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : undefined);

/** A calendar date, `YYYY-MM-DD` (no time zone): visit dates, deadlines, birth dates. */
export const LocalDate = withinYears(LocalDateResolver, (value: string) => Number(value.slice(0, 4)), localDateOut,
  'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6');
/** An instant, ISO 8601 with offset: record timestamps. */
export const DateTime = withinYears(DateTimeISOResolver, (value: Date) => value.getUTCFullYear(), instantOut,
  'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6');
