/** The data-quality score (seed 003's case file quality, measurable): per municipality and agency for analysts, per case for its manager. */
import { defineModule } from '../kernel/module';
import { QualityResolver } from './quality.resolver';

export const qualityModule = defineModule({ name: 'quality', resolvers: [QualityResolver],
  referenceCodes: { 'Query.dataQuality.region': 'region' } });
