import { GraphQLFormattedError, GraphQLSchema, isEnumType } from 'graphql';
import { suggest } from '../kernel/suggest';

/** graphql-js's messages for a value an enum does not have (from a variable, or a literal of the document). */
const NOT_A_VALUE = /Value "(.*?)" does not exist in "(\w+)" enum\.(?: Did you mean [^?]*\?)?/s;
const NOT_AN_ENUM_LITERAL = /Enum "(\w+)" cannot represent non-enum value: "(.*?)"\.(?: Did you mean [^?]*\?)?/s;
/** A value is repeated in the answer only when it looks like an enum value: anything else may be personal data. */
const ENUM_SHAPED = /^[A-Z_][A-Z0-9_]{0,63}$/;

const quoted = (values: string[]) => values.map((v) => `"${v}"`).join(', ').replace(/, ([^,]*)$/, ' or $1');

/**
 * Replaces graphql-js's own "Did you mean" of an enum coercion error (lexical distance, a short
 * list) with the best matches over the enum's whole value list (kernel/suggest.ts): `VISIT` →
 * HOME_VISIT. These name only values of the type the caller already uses, so they are given in
 * production too; field suggestions stay hidden outside development (limits.ts).
 */
export function enumSuggestions(schema: GraphQLSchema): (formatted: GraphQLFormattedError) => GraphQLFormattedError {
  const valuesOf = (typeName: string) => {
    const type = schema.getType(typeName);
    return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
  };
  const hint = (typeName: string, typed: string) => {
    const best = suggest(typed, valuesOf(typeName));
    return best.length > 0 ? ` Did you mean the enum value ${quoted(best)}?` : '';
  };
  return (formatted) => {
    const message = formatted.message
      .replace(NOT_A_VALUE, (_all, typed: string, typeName: string) =>
        `${ENUM_SHAPED.test(typed) ? `Value "${typed}"` : 'The value'} does not exist in "${typeName}" enum.${hint(typeName, typed)}`)
      .replace(NOT_AN_ENUM_LITERAL, (_all, typeName: string, typed: string) =>
        `Enum "${typeName}" cannot represent non-enum value: ${ENUM_SHAPED.test(typed) ? `"${typed}"` : 'a string'}.${hint(typeName, typed)}`);
    return message === formatted.message ? formatted : { ...formatted, message };
  };
}
