import { Category } from '../kernel/categories';
import { sensitiveCategories } from './policy';

/** The names of the input fields a write filled (dotted for nested inputs); never their values. */
export function providedFields(input: object, prefix = ''): string[] {
  return Object.entries(input).flatMap(([key, value]) => {
    if (value === undefined || value === null || key === 'caseId') return [];
    const name = `${prefix}${key}`;
    if (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) return providedFields(value, `${name}.`);
    return [name];
  });
}

/** The categories a write touched: its own, plus those of the sensitive input fields it filled. */
export function writtenCategories(inputType: string, input: object, base: Category): Category[] {
  return [base, ...sensitiveCategories(inputType, input as Record<string, unknown>)];
}
