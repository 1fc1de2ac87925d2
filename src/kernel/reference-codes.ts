import { AppError, badInput } from './errors';

/**
 * Codes of the public registers (regions, municipalities, agencies, a support centre's services) that inputs name. Every input
 * field or argument that takes one is declared by its feature (FeatureModule.referenceCodes), and
 * the app checks them all before any rule decides: a code that is not in the register answers
 * BAD_USER_INPUT naming the field, the same whoever asks, since the registers are public.
 */
export type ReferenceKind = 'municipality' | 'agency' | 'region' | 'centre service';

/** What a code of any register looks like (the tables' own checks allow no more). */
export const REFERENCE_CODE_SHAPE = /^[A-Z0-9][A-Z0-9_-]{0,63}$/;

/** A code an input named, where it named it. */
export interface CodeInInput {
  path: string;
  kind: ReferenceKind;
  code: string;
}

/**
 * "unknown municipality code ATLANTIDA", naming the field. The code is repeated only when it is
 * shaped like one and starts with a letter, as every register's codes do: a personal code or a name
 * typed into the wrong field is not echoed back.
 */
export function unknownCode(path: string, kind: ReferenceKind, code: string): AppError {
  const shown = /^[A-Z]/.test(code) && REFERENCE_CODE_SHAPE.test(code) ? ` ${code}` : '';
  return badInput(path, `unknown ${kind} code${shown}`);
}
