import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TargetGroup } from '../cases';
import { LocalDate } from '../kernel/scalars';
import { ScopeLevel } from '../kernel/scope-level';
import { FigureUnit } from './figure-unit';
import { Metric } from './metrics';

export enum GroupBy {
  REGION = 'REGION',
  MUNICIPALITY = 'MUNICIPALITY',
}
registerEnumType(GroupBy, { name: 'GroupBy' });

/** A published figure: a number, suppressed (never a small number), or unknown (never a made-up 0). */
@ObjectType({ description: 'A published figure: a value, or suppressed, or unknown (then value is null)' })
export class Cell {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field()
  suppressed!: boolean;

  @Field({ description: 'No value can be given: money for services none of which has a price on the date (see SERVICES_PRICE_UNKNOWN), '
    + 'or a score with nothing to measure' })
  unknown!: boolean;
}

@ObjectType({ description: 'One area (municipality or region) of a figure' })
export class FigureRow {
  @Field()
  areaCode!: string;

  @Field()
  areaName!: string;

  @Field(() => [Cell], { description: 'One per column' })
  cells!: Cell[];

  @Field(() => Cell, { nullable: true, description: 'The sum over the columns; absent for single-column figures' })
  total!: Cell | null;
}

@ObjectType({ description: 'One DI monitoring figure: areas × columns, with totals, after disclosure control' })
export class Figure {
  @Field(() => Metric)
  metric!: Metric;

  @Field(() => FigureUnit, { description: 'What the cells count or measure' })
  unit!: FigureUnit;

  @Field(() => [String], { description: 'Target groups, service types, foster forms, care scenarios (care level and where the client lives), or ALL' })
  columns!: string[];

  @Field(() => [FigureRow])
  rows!: FigureRow[];

  @Field(() => [Cell], { description: 'Per column, over all areas; absent (empty) for single-row figures' })
  columnTotals!: Cell[];

  @Field(() => Cell)
  total!: Cell;
}

@ObjectType({ description: 'The DI monitoring figures for a period, within the caller’s scope' })
export class RegionalSummary {
  @Field(() => ScopeLevel, { description: 'The reach of the figures: the caller’s scope' })
  scopeLevel!: ScopeLevel;

  @Field(() => String, { nullable: true })
  scopeCode!: string | null;

  @Field(() => GroupBy)
  groupBy!: GroupBy;

  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;

  @Field(() => Int, { description: 'Counts from 1 to this minus one are suppressed' })
  suppressionThreshold!: number;

  @Field(() => [Figure])
  figures!: Figure[];
}

@InputType()
export class PeriodInput {
  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;
}

/** What a summary is asked for (the arguments of `regionalSummary` and of the CSV download). */
export interface SummaryArgs {
  period: PeriodInput;
  groupBy: GroupBy;
  region: string | null;
  targetGroup: TargetGroup | null;
  metrics: Metric[] | null;
}

@ObjectType({ description: 'One month of a trend: the figure for that month (the current month up to today)' })
export class TrendPoint {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;

  @Field(() => Figure)
  figure!: Figure;
}

/** What a trend is asked for. */
export interface TrendArgs {
  metric: Metric;
  groupBy: GroupBy;
  months: number;
  region: string | null;
  targetGroup: TargetGroup | null;
}
