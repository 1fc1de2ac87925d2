import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CaseStatus, TargetGroup } from '../cases';
import { Category } from '../kernel/categories';
import { PageInfo } from '../kernel/connection';
import { LocalDate } from '../kernel/scalars';
import { ScopeLevel } from '../kernel/scope-level';
import { Cell } from '../reporting';
import { QualityKind } from './checks';

export enum QualityGroupBy {
  MUNICIPALITY = 'MUNICIPALITY',
  /** the agency whose record each check looks at: the case manager, the orphan court, the previous provider */
  AGENCY = 'AGENCY',
}
registerEnumType(QualityGroupBy, { name: 'QualityGroupBy' });

@ObjectType({ description: 'One check of the data-quality score (the check table, src/quality/checks.ts)' })
export class QualityCheckInfo {
  @Field()
  id!: string;

  @Field(() => QualityKind)
  kind!: QualityKind;

  @Field()
  description!: string;

  @Field(() => [CaseStatus], { description: 'The stages of a case it applies in' })
  stages!: CaseStatus[];

  @Field(() => [TargetGroup], { description: 'The target groups it applies to' })
  targetGroups!: TargetGroup[];

  @Field(() => Category, { description: 'The data it reads' })
  category!: Category;

  @Field({ description: 'Whose record it is: CASE_MANAGER, ORPHAN_COURT or PREVIOUS_PROVIDER' })
  keeper!: string;

  @Field(() => Int)
  weight!: number;

  @Field({ description: 'Counted in aggregates only: it reads other cases, so it is never named on a case' })
  aggregateOnly!: boolean;
}

@ObjectType({ description: 'The data-quality score of one municipality or agency, after disclosure control' })
export class DataQualityRow {
  @Field()
  areaCode!: string;

  @Field()
  areaName!: string;

  @Field(() => Cell, { description: 'Open cases scored; 1 to the threshold minus one: suppressed, and so is every score of the row' })
  cases!: Cell;

  @Field(() => Cell, { description: 'The weight of the checks passed, in % of the weight of the checks that apply' })
  score!: Cell;

  @Field(() => Cell)
  completeness!: Cell;

  @Field(() => Cell)
  timeliness!: Cell;

  @Field(() => Cell)
  consistency!: Cell;
}

@ObjectType({ description: 'The data-quality score of open cases (seed 003: case file quality), within the caller’s scope' })
export class DataQuality {
  @Field(() => ScopeLevel, { description: 'The reach of the figures: the caller’s scope' })
  scopeLevel!: ScopeLevel;

  @Field(() => String, { nullable: true })
  scopeCode!: string | null;

  @Field(() => QualityGroupBy)
  groupBy!: QualityGroupBy;

  @Field(() => LocalDate, { description: 'The day judged (today)' })
  asOf!: string;

  @Field(() => Int, { description: 'Groups of 1 to this minus one cases are suppressed' })
  suppressionThreshold!: number;

  @Field(() => [QualityCheckInfo])
  checks!: QualityCheckInfo[];

  @Field(() => [DataQualityRow])
  rows!: DataQualityRow[];
}

@ObjectType({ description: 'A check a case does not pass' })
export class QualityGap {
  caseId!: string;

  @Field(() => String, { nullable: true, description: 'The check id' })
  check!: string;

  @Field(() => QualityKind, { nullable: true })
  kind!: QualityKind;

  @Field(() => String, { nullable: true })
  description!: string;

  @Field(() => Category, { nullable: true, description: 'The data the check reads; a gap is shown only to whoever may read it' })
  category!: Category;
}

@ObjectType({ description: "The data-quality score of one of the caller's managed cases, and what is missing" })
export class CaseQuality {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Float, { nullable: true, description: 'The weight of the checks passed, in % of the weight of the checks that apply' })
  score!: number | null;

  @Field(() => Float, { nullable: true, description: 'Null where no check of the kind applies' })
  completeness!: number | null;

  @Field(() => Float, { nullable: true })
  timeliness!: number | null;

  @Field(() => Float, { nullable: true })
  consistency!: number | null;

  @Field(() => [QualityGap], { nullable: true })
  missing!: QualityGap[];
}

@ObjectType()
export class CaseQualityEdge {
  @Field()
  cursor!: string;

  @Field(() => CaseQuality)
  node!: CaseQuality;
}

@ObjectType({ description: 'A page of the caller’s managed cases by data-quality score, lowest first' })
export class CaseQualityConnection {
  @Field(() => [CaseQualityEdge])
  edges!: CaseQualityEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
