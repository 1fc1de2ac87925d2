import { registerEnumType } from 'type-graphql';

/** What a figure's values count or measure. */
export enum FigureUnit {
  CLIENTS = 'CLIENTS',
  MOVES = 'MOVES',
  PLANS = 'PLANS',
  CARERS = 'CARERS',
  EUR_PER_MONTH = 'EUR_PER_MONTH',
  MONTHS = 'MONTHS',
  EXITS = 'EXITS',
  PLACES = 'PLACES',
  GOALS = 'GOALS',
  DAYS = 'DAYS',
}

registerEnumType(FigureUnit, {
  name: 'FigureUnit',
  description: "What a figure's cells count or measure",
  valuesConfig: {
    CLIENTS: { description: 'A number of clients (whole number)' },
    MOVES: { description: 'A number of moves between providers (whole number)' },
    PLANS: { description: 'A number of support plans (whole number)' },
    CARERS: { description: 'A number of foster carers (whole number)' },
    EUR_PER_MONTH: { description: 'Euros a month, with cents' },
    MONTHS: { description: 'A number of months (a median: may have a half)' },
    EXITS: { description: 'A number of exits from out-of-family care (whole number)' },
    PLACES: { description: "A number of providers' service places (whole number)" },
    GOALS: { description: 'A number of support plan goals (whole number)' },
    DAYS: { description: 'A number of days (a mean: with one decimal)' },
  },
});
