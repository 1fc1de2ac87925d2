import { registerEnumType } from 'type-graphql';

/** Every field that carries case data belongs to exactly one category (ACCESS.md). */
export enum Category {
  CASE = 'CASE',
  IDENTITY = 'IDENTITY',
  IDENTIFIER = 'IDENTIFIER',
  ASSESSMENT = 'ASSESSMENT',
  HEALTH = 'HEALTH',
  SAFETY = 'SAFETY',
  FAMILY = 'FAMILY',
  CHILD_VOICE = 'CHILD_VOICE',
  PLAN = 'PLAN',
  FOLLOW_UP = 'FOLLOW_UP',
  PLACEMENT = 'PLACEMENT',
}
registerEnumType(Category, { name: 'Category', description: 'A data category of the access policy' });
