import {
  GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType,
} from 'graphql';
import { DESCRIPTIONS } from './catalog';
import { conventionalArgumentDescription, conventionalFieldDescription, conventionalTypeDescription } from './conventions';

export { DESCRIPTIONS } from './catalog';

/** Every element of the schema a description belongs to, by coordinate, with a way to read and set it. */
export interface Documented {
  coordinate: string;
  description: string | null | undefined;
  conventional: string | undefined;
  set(description: string): void;
}

export function documentedElements(schema: GraphQLSchema): Documented[] {
  const out: Documented[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    out.push({ coordinate: type.name, description: type.description, conventional: conventionalTypeDescription(type),
      set: (d) => { type.description = d; } });
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        out.push({ coordinate: `${type.name}.${field.name}`, description: field.description,
          conventional: conventionalFieldDescription(type.name, field), set: (d) => { field.description = d; } });
        for (const arg of 'args' in field ? field.args : []) {
          out.push({ coordinate: `${type.name}.${field.name}(${arg.name}:)`, description: arg.description,
            conventional: conventionalArgumentDescription(type.name, field.name, arg), set: (d) => { arg.description = d; } });
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        out.push({ coordinate: `${type.name}.${value.name}`, description: value.description, conventional: undefined,
          set: (d) => { value.description = d; } });
      }
    }
  }
  return out;
}

/**
 * Fills in the descriptions the code does not give: the catalog's, else the schema's conventions
 * (connections, ids, page arguments). A description in the code always wins. Returns the same schema.
 */
export function describeSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const element of documentedElements(schema)) {
    if (element.description) continue;
    const description = DESCRIPTIONS[element.coordinate] ?? element.conventional;
    if (description) element.set(description);
  }
  return schema;
}
