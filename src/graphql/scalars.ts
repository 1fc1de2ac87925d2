import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar date, `YYYY-MM-DD` (no time zone): visit dates, deadlines, birth dates. */
export const LocalDate = LocalDateResolver;
/** An instant, ISO 8601 with offset: record timestamps. */
export const DateTime = DateTimeISOResolver;
