import type { AppModule } from '../../app-module.ts';
import { registerBatchRoutes } from './batches.routes.ts';
import { registerReviewerRoutes } from './reviewers.routes.ts';
import { registerRubricRoutes } from './rubrics.routes.ts';
import { registerScoringRoutes } from './scoring.routes.ts';

/** Case-file review (/api/case-reviews): rubrics, batches, reviewers, scoring, results. */
export const caseReviewsModule: AppModule = {
  name: 'case-reviews',
  prefix: '/api/case-reviews',
  register: (app, { services }) => {
    const reviews = services.caseReviews;
    registerRubricRoutes(app, reviews.rubrics);
    registerBatchRoutes(app, reviews.batches, reviews.results);
    registerReviewerRoutes(app, reviews.reviewers, reviews.results);
    registerScoringRoutes(app, reviews.scoring, reviews.agency);
  },
};
